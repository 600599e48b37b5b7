// A link to a stored document, with its date when known: used wherever one document names another.
import { useI18n } from '../i18n.ts';
import type { DocumentRef } from '../types.ts';

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : text;
}

/** Untitled documents (briefs) are named by the start of their lede when the API sends it. */
export function DocLink({ doc }: { doc: DocumentRef | number }) {
  const { t, date } = useI18n();
  const ref: DocumentRef = typeof doc === 'number' ? { id: doc } : doc;
  return (
    <span class="doc-link">
      <a href={`/documents/${ref.id}`}>{ref.title || ref.label || (ref.lede ? clip(ref.lede, 110) : `${t('doc.title')} #${ref.id}`)}</a>
      {ref.published && <span class="muted"> · {date(ref.published)}</span>}
    </span>
  );
}
