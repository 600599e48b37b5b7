// Mentions found by the extract stage, kept with their provenance. The span and extractor fields
// are columns (queried and indexed); the kind-specific rest is one JSON value. A topic score has no
// span of its own: its row takes the first evidence span, and its evidence list goes in the value.
import type { DocumentFacts } from '../extract/facts.ts';
import { recordLegalIdentity } from './citations.ts';
import type { SqlExecutor } from './dialect.ts';
import { dropUnmentioned, EntityCache, linkMentions } from './entities-link.ts';
import { linkStatements } from './entities-statements.ts';
import { insertMentionRows } from './mention-rows.ts';
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
    ...(facts.tasks ?? []),
  ];
}

/** Recorded for mentions whose producing extractor version was not given. */
export const UNKNOWN_EXTRACTION_VERSION = 'unknown';

export interface SaveMentionsOptions {
  /**
   * EXTRACTION_VERSION of the code that produced the mentions, given by the caller (the store does
   * not run extractors, so it cannot know). Without it the mentions are recorded as of an unknown
   * version, which `radar57 reextract` treats as out of date.
   */
  extractionVersion?: string;
  /** ISO time stamped on entities and on the version record. */
  now?: string;
  /** The document was inserted in this transaction: it has no earlier mentions to replace. */
  fresh?: boolean;
  /** Entities the batch transaction has written already (see EntityCache). */
  entities?: EntityCache;
}

/**
 * Replaces the mentions (and topic scores) of one document, links them to entities, records the
 * extraction version and whether the document is a legal document itself. One transaction (a
 * savepoint inside saveFile's). Entities left without any mention are removed, so every count read
 * from the mentions stays right when a document is saved again.
 */
export async function saveMentions(
  exec: SqlExecutor,
  documentId: number,
  mentions: readonly FactRecord[],
  options: SaveMentionsOptions = {},
): Promise<void> {
  const { linkedEntities, deleteMentions, recordVersion } = linkStatements(exec);
  const now = options.now ?? new Date().toISOString();
  await exec.transaction(async () => {
    const previous = options.fresh
      ? []
      : (await exec.all<{ entity_id: number }>(linkedEntities.bind({ document_id: documentId }))).map((r) => r.entity_id);
    if (!options.fresh) await exec.run(deleteMentions.bind({ document_id: documentId }));
    const entityIds = await linkMentions(exec, mentions, now, options.entities);
    await insertMentionRows(
      exec,
      mentions.map((m, i) => ({ document_id: documentId, ...mentionRow(m), entity_id: entityIds[i] ?? null })),
    );
    await dropUnmentioned(exec, previous, options.entities);
    await recordLegalIdentity(exec, documentId, mentions, options.fresh);
    await exec.run(
      recordVersion.bind({
        document_id: documentId,
        extraction_version: options.extractionVersion ?? UNKNOWN_EXTRACTION_VERSION,
        extracted_at: now,
      }),
    );
  });
}

export async function listMentions(exec: SqlExecutor, filter: MentionFilter = {}): Promise<StoredMention[]> {
  let query = exec.db.selectFrom('mentions').selectAll().orderBy('document_id').orderBy('id');
  if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
  if (filter.kinds !== undefined) query = query.where('kind', 'in', filter.kinds.length > 0 ? [...filter.kinds] : ['']);
  if (filter.documentId !== undefined) query = query.where('document_id', '=', filter.documentId);
  if (filter.limit !== undefined || filter.offset !== undefined) {
    // SQLite takes an OFFSET only after a LIMIT; -1 means none.
    const limit = filter.limit === undefined ? -1 : Math.max(0, Math.trunc(filter.limit));
    query = query.limit(limit).offset(Math.max(0, Math.trunc(filter.offset ?? 0)));
  }
  return (await exec.all(query)).map((r): StoredMention => {
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
