// Tài liệu: one clean article with its facts highlighted in place, the observations taken from it,
// the documents around it (parent page, teasers, near-duplicates) and where it came from.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { DocLink } from '../components/DocRef.tsx';
import { FactDetail, FactLegend, FACT_KINDS } from '../components/FactPanel.tsx';
import { FactText } from '../components/FactText.tsx';
import { ErrorBox, Loading } from '../components/Feedback.tsx';
import { observationValue, scopeLabel } from '../format.ts';
import { useI18n } from '../i18n.ts';
import { topicName } from '../topics.ts';
import type { DocumentDetail, DocumentField, FactKind, MentionFact, StoredDocument, TopicFact } from '../types.ts';
import { useApi } from '../use-api.ts';
import { useIndicators } from '../use-indicators.ts';
import { useTitle } from '../use-title.ts';
import { ExternalLink } from '../components/ExternalLink.tsx';
import { externalHref } from '../links.ts';

type FieldFacts = (field: DocumentField, index: number) => MentionFact[];

/** Where an evidence link points: a field's paragraph and the figure's offsets in it. */
interface EvidenceAt {
  field: string;
  index: number;
  start: number;
  end: number;
}

function evidenceAt(query: Record<string, string>): EvidenceAt | null {
  const [index, start, end] = [query.index, query.start, query.end].map((v) => (v && /^\d+$/.test(v) ? Number(v) : NaN));
  if (!query.field || [index, start, end].some((n) => Number.isNaN(n))) return null;
  return { field: query.field, index: index!, start: start!, end: end! };
}

/** The sentence around [start, end) of a paragraph: from after the previous full stop to the next one. */
export function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let from = 0;
  for (const m of text.slice(0, start).matchAll(/[.!?…]["”»)]*\s+/gu)) from = m.index + m[0].length;
  const after = /[.!?…]["”»)]*(?=\s|$)/u.exec(text.slice(end));
  return [from, after ? end + after.index + after[0].length : text.length];
}

/**
 * Marks the figure's sentence with the CSS Custom Highlight API, which draws over text split across
 * the fact marks without changing the DOM; where the API is missing the paragraph's own highlight stays.
 */
function highlightSentence(el: Element, at: EvidenceAt): void {
  const highlights = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
  const HighlightCtor = (window as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (!highlights || !HighlightCtor) return;
  const [from, to] = sentenceBounds(el.textContent ?? '', at.start, at.end);
  const range = document.createRange();
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let offset = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (from >= offset && from <= offset + length) range.setStart(node, from - offset);
    if (to >= offset && to <= offset + length) {
      range.setEnd(node, to - offset);
      break;
    }
    offset += length;
  }
  highlights.set('evidence-sentence', new HighlightCtor(range));
}

function Article({ doc, factsOf, selected, onSelect, at }: { doc: StoredDocument; factsOf: FieldFacts; selected: number | null; onSelect: (f: MentionFact) => void; at: EvidenceAt | null }) {
  const { t, date } = useI18n();
  const text = (field: DocumentField, index: number, value: string) => {
    const facts = <FactText text={value} facts={factsOf(field, index)} selected={selected} onSelect={onSelect} />;
    return at && at.field === field && at.index === index ? (
      <span class="evidence-at" data-testid="evidence-at">
        {facts}
      </span>
    ) : (
      facts
    );
  };
  return (
    <article class="article">
      {/* Briefs have no title: name them by kind and number rather than "(untitled)". */}
      <h1 class="article-title">{doc.title ? text('title', 0, doc.title) : `${t(`kind.${doc.kind}`)} #${doc.id}`}</h1>
      <dl class="article-meta">
        {doc.published && (
          <div>
            <dt>{t('doc.published')}</dt>
            <dd>{date(doc.published)}</dd>
          </div>
        )}
        {doc.author && (
          <div>
            <dt>{t('doc.author')}</dt>
            <dd>
              {doc.author}
              {doc.authorNote ? ` (${doc.authorNote})` : ''}
            </dd>
          </div>
        )}
        {doc.site && (
          <div>
            <dt>{t('doc.site')}</dt>
            <dd>{doc.site}</dd>
          </div>
        )}
        {doc.category && (
          <div>
            <dt>{t('doc.category')}</dt>
            <dd>{doc.category}</dd>
          </div>
        )}
        <div>
          <dt class="visually-hidden">{t('entity.kind')}</dt>
          <dd>
            <span class={`kind kind-${doc.kind}`}>{t(`kind.${doc.kind}`)}</span>
          </dd>
        </div>
      </dl>
      <div class="article-body" data-testid="document-body">
        {doc.lede && <p class="lede">{text('lede', 0, doc.lede)}</p>}
        {doc.body.map((p, i) => (
          <p key={i}>{text('body', i, p)}</p>
        ))}
      </div>
      {doc.captions.length > 0 && (
        <section class="captions" aria-label={t('doc.captions')}>
          <h2>{t('doc.captions')}</h2>
          <ul>
            {doc.captions.map((c, i) => (
              <li key={i}>
                {text('caption', i, c.text)}
                {c.credit && <span class="muted"> — {c.credit}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {doc.related.length > 0 && (
        <section class="related">
          <h2>{t('doc.related')}</h2>
          <ul>
            {doc.related.map((r, i) => (
              <li key={i}>
                <ExternalLink url={r.url}>{r.title}</ExternalLink>
              </li>
            ))}
          </ul>
        </section>
      )}
      {doc.url && (
        <p class="source-url">
          {t('doc.sourceUrl')}:{' '}
          <ExternalLink url={doc.url} />
        </p>
      )}
    </article>
  );
}

function Observations({ data }: { data: DocumentDetail }) {
  const i18n = useI18n();
  const { t, date, name } = i18n;
  const indicators = useIndicators();
  if (data.observations.length === 0) return null;
  return (
    <section class="panel">
      <h2>{t('doc.observations')}</h2>
      <ul class="plain-list">
        {data.observations.map((o) => (
          <li key={o.key} class={o.review?.verdict === 'rejected' ? 'rejected' : undefined}>
            <a href={`/programme?indicator=${encodeURIComponent(o.indicator)}`}>{name(indicators.get(o.indicator)?.name) || o.indicator}</a>
            <div>
              <strong>{observationValue(i18n, o, indicators.get(o.indicator)?.unit)}</strong> · {date(o.asOf)} · {scopeLabel(i18n, o.scope)} · {t(`prog.stance.${o.stance}`)}
              {o.review && <span class="muted"> · {t(`review.verdict.${o.review.verdict}`)}</span>}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Related({ data }: { data: DocumentDetail }) {
  const { t, num } = useI18n();
  return (
    <>
      {data.parent && (
        <section class="panel">
          <h2>{t('doc.parent')}</h2>
          <DocLink doc={data.parent} />
        </section>
      )}
      {data.children.length > 0 && (
        <section class="panel">
          <h2>{t('doc.children')}</h2>
          <ul class="plain-list">
            {data.children.map((c) => (
              <li key={c.id}>
                <DocLink doc={c} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {data.similar.length > 0 && (
        <section class="panel">
          <h2>{t('doc.similar')}</h2>
          <ul class="plain-list">
            {data.similar.map((c) => (
              <li key={c.id}>
                <DocLink doc={c} />
                {typeof c.similarity === 'number' && <span class="muted"> · {num(c.similarity * 100, 0)} %</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function Provenance({ data }: { data: DocumentDetail }) {
  const { t, dateTime } = useI18n();
  const d = data.document;
  const urls = data.urls.filter((u) => u !== d.url);
  return (
    <section class="panel">
      <h2>{t('doc.provenance')}</h2>
      <dl class="pairs">
        <dt>{t('doc.sourceFile')}</dt>
        <dd class="break">{externalHref(d.source) ? <ExternalLink url={d.source} /> : <code>{d.source}</code>}</dd>
        {d.url && (
          <>
            <dt>{t('doc.sourceUrl')}</dt>
            <dd class="break">
              <ExternalLink url={d.url} />
            </dd>
          </>
        )}
        {urls.length > 0 && (
          <>
            <dt>{t('doc.urls')}</dt>
            <dd class="break">
              {urls.map((u) => (
                <div key={u}>
                  <ExternalLink url={u} />
                </div>
              ))}
            </dd>
          </>
        )}
        <dt>{t('doc.ingested')}</dt>
        <dd>{dateTime(d.createdAt)}</dd>
        {d.updatedAt && d.updatedAt !== d.createdAt && (
          <>
            <dt>{t('doc.updated')}</dt>
            <dd>{dateTime(d.updatedAt)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

export function DocumentPage({ id }: { id?: string }) {
  const i18n = useI18n();
  const { t, num } = i18n;
  const { query } = useLocation();
  const at = evidenceAt(query);
  const { data, error, loading, reload } = useApi<DocumentDetail>(id && /^\d+$/.test(id) ? `/documents/${id}` : null);
  const [enabled, setEnabled] = useState<Set<FactKind>>(() => new Set(FACT_KINDS));
  const [selected, setSelected] = useState<MentionFact | null>(null);
  useTitle(data?.document.title ?? `${t('doc.title')} #${id ?? ''}`);

  const mentions = useMemo(() => (data?.facts ?? []).filter((f): f is MentionFact => f.kind !== 'topic' && typeof (f as MentionFact).start === 'number'), [data]);
  const topics = useMemo(() => (data?.facts ?? []).filter((f): f is TopicFact => f.kind === 'topic'), [data]);
  // After a review the document is read again: show the selected fact as it is now.
  const selectedNow = selected ? (mentions.find((m) => m.mentionId === selected.mentionId) ?? selected) : null;
  const counts = useMemo(() => {
    const c = Object.fromEntries(FACT_KINDS.map((k) => [k, 0])) as Record<FactKind, number>;
    for (const f of mentions) c[f.kind] = (c[f.kind] ?? 0) + 1;
    return c;
  }, [mentions]);
  const byField = useMemo(() => {
    const map = new Map<string, MentionFact[]>();
    for (const f of mentions) {
      if (!enabled.has(f.kind)) continue;
      const key = `${f.field}:${f.index}`;
      const list = map.get(key);
      if (list) list.push(f);
      else map.set(key, [f]);
    }
    return map;
  }, [mentions, enabled]);

  // Opened from a figure's evidence: select its fact (the panel opens beside it) and bring it into view.
  const atKey = at ? `${id}:${at.field}:${at.index}:${at.start}:${at.end}` : '';
  useEffect(() => {
    if (!at || mentions.length === 0) return;
    const inside = mentions.filter((m) => m.field === at.field && m.index === at.index && m.start <= at.start && m.end >= at.end);
    const fact = inside.find((m) => m.start === at.start && m.end === at.end) ?? inside.sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    if (fact) setSelected(fact);
    requestAnimationFrame(() => {
      const el = document.querySelector('.evidence-at');
      if (!el) return;
      highlightSentence(el, at);
      el.scrollIntoView({ block: 'center' });
    });
  }, [atKey, mentions]);

  if (!id || !/^\d+$/.test(id)) return <p class="notice notice-warning">{t('doc.notFound')}</p>;
  if (loading && !data) return <Loading />;
  if (error) return <ErrorBox error={error} onRetry={reload} />;
  if (!data) return null;

  const toggle = (k: FactKind) => {
    const next = new Set(enabled);
    if (next.has(k)) next.delete(k);
    else next.add(k);
    setEnabled(next);
    if (selected && !next.has(selected.kind)) setSelected(null);
  };

  return (
    <div class="document-page">
      <p class="breadcrumb">
        <a href="/search">{t('nav.search')}</a> / {t('doc.title')} #{data.document.id}
      </p>
      <div class="two-col">
        <Article doc={data.document} factsOf={(field, index) => byField.get(`${field}:${index}`) ?? []} selected={selected?.mentionId ?? null} onSelect={setSelected} at={at} />
        <aside class="side">
          <section class="panel">
            <h2>{t('doc.facts')}</h2>
            <FactLegend counts={counts} enabled={enabled} onToggle={toggle} />
            <div class={`fact-detail-wrap${selected ? ' has-selection' : ''}`} aria-live="polite">
              <h3 class="visually-hidden">{t('doc.factDetail')}</h3>
              <FactDetail fact={selectedNow} onClose={() => setSelected(null)} onReviewed={reload} />
            </div>
          </section>
          {topics.length > 0 && (
            <section class="panel">
              <h2>{t('doc.topics')}</h2>
              <ul class="tag-list">
                {topics.map((tp) => (
                  <li key={tp.id} class="tag">
                    {topicName(i18n, tp.id, tp.name)} <span class="muted">{num(tp.score * 100, 0)} %</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {(data.cites?.length ?? 0) > 0 && (
            <section class="panel">
              <h2>{t('entity.cites')}</h2>
              <ul class="tag-list">
                {data.cites!.map((c) => (
                  <li key={c} class="tag">
                    <a href={`/entities?q=${encodeURIComponent(c)}&kind=legalRef`}>{c}</a>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <Observations data={data} />
          <Related data={data} />
          <Provenance data={data} />
        </aside>
      </div>
    </div>
  );
}
