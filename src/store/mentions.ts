// Mentions found by the extract stage, kept with their provenance. The span and extractor fields
// are columns (queried and indexed); the kind-specific rest is one JSON value. A topic score has no
// span of its own: its row takes the first evidence span, and its evidence list goes in the value.
import type { DocumentFacts } from '../extract/facts.ts';
import type { SqlExecutor } from './dialect.ts';
import type { FactRecord, MentionFilter, StoredMention } from './types.ts';

function mentionRow(m: FactRecord) {
  if (m.kind === 'topic') {
    const { kind, extractor, extractorVersion, ...value } = m;
    const span = m.evidence[0];
    return {
      kind,
      field: span?.field ?? 'title',
      idx: span?.index ?? 0,
      start: span?.start ?? 0,
      end: span?.end ?? 0,
      text: span?.text ?? '',
      confidence: m.score,
      extractor,
      extractor_version: extractorVersion,
      value: JSON.stringify(value),
    };
  }
  const { kind, field, index, start, end, text, confidence, extractor, extractorVersion, ...value } = m;
  return {
    kind,
    field,
    idx: index,
    start,
    end,
    text,
    confidence,
    extractor,
    extractor_version: extractorVersion,
    value: JSON.stringify(value),
  };
}

/** All facts of one document as one list, in the order the extract stage groups them. */
export function factRecords(facts: DocumentFacts): FactRecord[] {
  return [
    ...facts.persons,
    ...facts.organizations,
    ...facts.places,
    ...facts.legalRefs,
    ...facts.dates,
    ...facts.quantities,
    ...facts.topics,
  ];
}

export function saveMentions(exec: SqlExecutor, documentId: number, mentions: readonly FactRecord[]): void {
  exec.transaction(() => {
    exec.run(exec.db.deleteFrom('mentions').where('document_id', '=', documentId));
    for (const m of mentions) {
      exec.run(exec.db.insertInto('mentions').values({ document_id: documentId, ...mentionRow(m) }));
    }
  });
}

export function listMentions(exec: SqlExecutor, filter: MentionFilter = {}): StoredMention[] {
  let query = exec.db.selectFrom('mentions').selectAll().orderBy('document_id').orderBy('id');
  if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
  if (filter.documentId !== undefined) query = query.where('document_id', '=', filter.documentId);
  return exec.all(query).map((r): StoredMention => {
    const value = JSON.parse(r.value) as object;
    const common = { mentionId: r.id, documentId: r.document_id, extractor: r.extractor, extractorVersion: r.extractor_version };
    if (r.kind === 'topic') return { ...value, kind: 'topic', ...common } as StoredMention;
    return {
      ...value,
      ...common,
      kind: r.kind,
      field: r.field,
      index: r.idx,
      start: r.start,
      end: r.end,
      text: r.text,
      confidence: r.confidence,
    } as StoredMention;
  });
}
