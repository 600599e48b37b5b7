// Reading entities: lookup by name or alias without diacritics, and one entity's documents and
// mentions over time. Counts are read from the mentions (index mentions_entity), never stored, so
// they cannot drift when documents are saved again.
import { sql } from 'kysely';
import type { SqlExecutor } from './dialect.ts';
import { entityNameKey } from './entities-link.ts';
import type { EntityDetail, EntityKind, EntityQuery, EntitySummary } from './types.ts';

export const DEFAULT_ENTITY_LIMIT = 50;
/** Documents listed in an entity's detail; the monthly counts cover all of them. */
export const ENTITY_DOCUMENT_LIMIT = 200;

const MONTH = /^\d{4}-\d{2}$/;

/**
 * Ids of the entities called `name`: those with an alias equal to it once folded; only when there
 * are none, those with an alias containing it as whole words (`lâm` finds Tô Lâm and Lâm Đồng
 * alike, so a partial match may list several entities).
 */
export async function entityIdsNamed(exec: SqlExecutor, name: string, query: EntityQuery = {}): Promise<number[]> {
  const key = entityNameKey(name);
  if (key === '') return [];
  const limit = Math.max(1, Math.trunc(query.limit ?? DEFAULT_ENTITY_LIMIT));
  const find = async (whole: boolean) => {
    let q = exec.db
      .selectFrom('entity_aliases')
      .innerJoin('entities', 'entities.id', 'entity_aliases.entity_id')
      .select('entities.id')
      .distinct()
      .where(
        whole
          ? sql<boolean>`entity_aliases.alias_key = ${key}`
          : sql<boolean>`(' ' || entity_aliases.alias_key || ' ') LIKE ${`% ${key} %`}`,
      );
    if (query.kind !== undefined) q = q.where('entities.kind', '=', query.kind);
    return (await exec.all(q.orderBy('entities.id').limit(limit))).map((r) => r.id);
  };
  const whole = await find(true);
  return whole.length > 0 ? whole : await find(false);
}

/** Summaries of the given entities that still have mentions, most mentioned first. */
export async function entitySummaries(exec: SqlExecutor, ids: readonly number[]): Promise<EntitySummary[]> {
  if (ids.length === 0) return [];
  const { db } = exec;
  const rows = await exec.all(
    db
      .selectFrom('entities')
      .innerJoin('mentions', 'mentions.entity_id', 'entities.id')
      .select((eb) => [
        'entities.id as id',
        'entities.kind as kind',
        'entities.key as key',
        'entities.name as name',
        'entities.first_seen as firstSeen',
        'entities.last_seen as lastSeen',
        eb.fn.countAll<number>().as('mentionCount'),
        eb.fn.count<number>('mentions.document_id').distinct().as('documentCount'),
      ])
      .where('entities.id', 'in', ids)
      .groupBy(['entities.id', 'entities.kind', 'entities.key', 'entities.name', 'entities.first_seen', 'entities.last_seen']),
  );
  const aliases = new Map<number, string[]>();
  for (const a of await exec.all(
    db.selectFrom('entity_aliases').select(['entity_id', 'alias']).where('entity_id', 'in', ids).orderBy('alias'),
  )) {
    aliases.set(a.entity_id, [...(aliases.get(a.entity_id) ?? []), a.alias]);
  }
  return rows
    .map((r) => ({
      ...r,
      kind: r.kind as EntityKind,
      aliases: (aliases.get(r.id) ?? []).filter((a) => a !== r.name),
      mentionCount: Number(r.mentionCount),
      documentCount: Number(r.documentCount),
    }))
    .sort((a, b) => b.mentionCount - a.mentionCount || a.id - b.id);
}

export async function findEntities(exec: SqlExecutor, name: string, query: EntityQuery = {}): Promise<EntitySummary[]> {
  return entitySummaries(exec, await entityIdsNamed(exec, name, query));
}

export async function entityDetail(exec: SqlExecutor, id: number): Promise<EntityDetail | null> {
  const [summary] = await entitySummaries(exec, [id]);
  if (!summary) return null;
  const { db } = exec;
  const documents = (await exec
    .all(
      db
        .selectFrom('mentions')
        .innerJoin('documents', 'documents.id', 'mentions.document_id')
        .select((eb) => [
          'documents.id as id',
          'documents.title as title',
          'documents.published as published',
          eb.fn.countAll<number>().as('mentions'),
        ])
        .where('mentions.entity_id', '=', id)
        .groupBy(['documents.id', 'documents.title', 'documents.published'])
        .orderBy('documents.published', (ob) => ob.desc().nullsLast())
        .orderBy('documents.id', 'desc')
        .limit(ENTITY_DOCUMENT_LIMIT),
    ))
    .map((d) => ({ ...d, mentions: Number(d.mentions) }));
  const months = await exec.all(
    db
      .selectFrom('mentions')
      .innerJoin('documents', 'documents.id', 'mentions.document_id')
      .select((eb) => [sql<string | null>`substr(documents.published, 1, 7)`.as('month'), eb.fn.countAll<number>().as('n')])
      .where('mentions.entity_id', '=', id)
      .groupBy(sql`substr(documents.published, 1, 7)`),
  );
  const byMonth: EntityDetail['byMonth'] = [];
  let undatedMentions = 0;
  for (const m of months) {
    // A year alone (`2025`) says nothing about the month: counted with the undated.
    if (m.month !== null && MONTH.test(m.month)) byMonth.push({ month: m.month, mentions: Number(m.n) });
    else undatedMentions += Number(m.n);
  }
  byMonth.sort((a, b) => a.month.localeCompare(b.month));
  return { ...summary, documents, byMonth, undatedMentions };
}

/** The most mentioned entities (of a kind), for browsing without a name. */
export async function topEntities(exec: SqlExecutor, query: EntityQuery = {}): Promise<EntitySummary[]> {
  let q = exec.db
    .selectFrom('mentions')
    .innerJoin('entities', 'entities.id', 'mentions.entity_id')
    .select((eb) => ['entities.id as id', eb.fn.countAll<number>().as('n')])
    .groupBy('entities.id')
    .orderBy('n', 'desc')
    .orderBy('entities.id')
    .limit(Math.max(1, query.limit ?? 50));
  if (query.kind) q = q.where('entities.kind', '=', query.kind);
  return entitySummaries(exec, (await exec.all(q)).map((r) => r.id));
}
