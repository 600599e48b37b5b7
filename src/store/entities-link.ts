// Linking at save time, the SQL half: every person, organisation, place and legal-reference mention
// gets the id of the entity it names, the entity created on first sight, and the entity learns the
// names it was seen under. Which entity and which names is decided in link/entities.ts (entityLinkOf).
import { entityLinkOf } from '../link/entities.ts';
import { foldForSearch } from '../text/fold.ts';
import type { SqlExecutor } from './dialect.ts';
import { linkStatements } from './entities-statements.ts';
import { words } from './search-text.ts';
import type { FactRecord } from './types.ts';

/**
 * Lookup key of a name: folded (no diacritics, đ → d, lower case) and reduced to its words, so that
 * `to lam`, `Tô Lâm` and `TÔ LÂM` meet, as do `57-NQ/TW` and `57 nq tw`.
 */
export function entityNameKey(name: string): string {
  return words(foldForSearch(name)).join(' ');
}

/**
 * Entities and aliases written earlier in the same batch transaction (ingest saves many files in
 * one), so that an entity named by a hundred documents of the batch is upserted once, not a hundred
 * times. Valid only while every row it remembers is still there: the batch clears it when a file
 * rolls back (its savepoint may have created some of them) and when entities are dropped. An entity
 * found here keeps the last_seen stamped by its first document of the batch (milliseconds earlier).
 */
export class EntityCache {
  readonly ids = new Map<string, number>();
  readonly aliases = new Set<string>();
  clear(): void {
    this.ids.clear();
    this.aliases.clear();
  }
}

/**
 * Entity ids for `mentions`, in order (null for mentions that name no entity). One upsert per
 * distinct entity of the document and one insert per new (entity, alias) pair, fewer when `cache`
 * (the batch's) knows them already: run inside the caller's transaction.
 */
export async function linkMentions(exec: SqlExecutor, mentions: readonly FactRecord[], now: string, cache: EntityCache = new EntityCache()): Promise<(number | null)[]> {
  const { upsertEntity, insertAlias } = linkStatements(exec);
  const { ids, aliases } = cache;
  const linked: (number | null)[] = [];
  for (const m of mentions) {
    const link = entityLinkOf(m);
    if (!link) {
      linked.push(null);
      continue;
    }
    const { ref } = link;
    const identity = `${ref.kind}\u0000${ref.key}`;
    let id = ids.get(identity);
    if (id === undefined) {
      const row = await exec.first<{ id: number }>(upsertEntity.bind({ kind: ref.kind, key: ref.key, name: ref.name, seen: now }));
      if (!row) throw new Error(`entity ${ref.kind} ${ref.key} was not saved`);
      id = row.id;
      ids.set(identity, id);
    }
    for (const alias of link.aliases) {
      const pair = `${id}\u0000${alias}`;
      if (aliases.has(pair)) continue;
      aliases.add(pair);
      await exec.run(insertAlias.bind({ entity_id: id, alias, alias_key: entityNameKey(alias) }));
    }
    linked.push(id);
  }
  return linked;
}

/** Removes entities that no mention names any more (their aliases go with them); `cache` forgets them. */
export async function dropUnmentioned(exec: SqlExecutor, entityIds: readonly number[], cache?: EntityCache): Promise<void> {
  if (entityIds.length === 0) return;
  cache?.clear();
  const { db } = exec;
  await exec.run(
    db
      .deleteFrom('entities')
      .where('id', 'in', entityIds)
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('mentions').select('mentions.id').whereRef('mentions.entity_id', '=', 'entities.id'))),
      ),
  );
}
