// One row of the results: a search hit (with its highlighted snippet) or, for the "latest" list, a
// stored document (with the start of its lede).
import { useI18n } from '../i18n.ts';
import type { DocumentSummary, SearchHit } from '../types.ts';
import { Snippet } from './Snippet.tsx';

function isHit(row: SearchHit | DocumentSummary): row is SearchHit {
  return typeof (row as SearchHit).snippet === 'string';
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : text;
}

function excerpt(doc: DocumentSummary): string {
  return clip(doc.lede || doc.firstParagraph || '', 260);
}

/** Briefs have no title: their first words stand in for one, as a reader would quote them. */
function displayTitle(row: SearchHit | DocumentSummary): string | null {
  if (row.title) return row.title;
  const text = isHit(row) ? row.snippet.replace(/[\u0002\u0003]/g, '').replace(/^…/, '') : row.lede || row.firstParagraph || '';
  return text ? clip(text, isHit(row) ? 90 : 200) : null;
}

export function SearchResult({ row }: { row: SearchHit | DocumentSummary }) {
  const { t, date } = useI18n();
  const hit = isHit(row) ? row : null;
  return (
    <li class="result" data-testid="search-result" data-document-id={row.id}>
      <h3 class="result-title">
        <a href={`/documents/${row.id}`} class={row.title ? undefined : 'untitled'}>
          {displayTitle(row) ?? t('common.untitled')}
        </a>
      </h3>
      <p class="result-meta">
        <span class={`kind kind-${row.kind}`}>{t(`kind.${row.kind}`)}</span>
        {row.published && <span>{date(row.published)}</span>}
        {row.site && <span>{row.site}</span>}
        {hit && hit.similar > 0 && (
          <span class="similar" data-testid="search-similar">
            {t('search.similar', { n: hit.similar })}
          </span>
        )}
      </p>
      {hit ? <Snippet text={hit.snippet} /> : row.title && excerpt(row as DocumentSummary) && <p class="snippet">{excerpt(row as DocumentSummary)}</p>}
    </li>
  );
}
