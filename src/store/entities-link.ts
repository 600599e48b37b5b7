// Linking at save time: every person, organisation, place and legal-reference mention gets the id
// of the entity it names (entityOf in link/entities.ts decides which), creating the entity on first
// sight, and the entity learns the names and surface texts it was seen under (its aliases).
import { entityOf, type EntityRef, type LinkableMention } from '../link/entities.ts';
import { foldForSearch } from '../text/fold.ts';
import type { SqlExecutor } from './dialect.ts';
import { linkStatements } from './entities-statements.ts';
import { words } from './search-text.ts';
import type { FactRecord } from './types.ts';

/** Longer surface texts are whole clauses, not names anyone would look up. */
const MAX_ALIAS_LENGTH = 160;

/**
 * Lookup key of a name: folded (no diacritics, đ → d, lower case) and reduced to its words, so that
 * `to lam`, `Tô Lâm` and `TÔ LÂM` meet, as do `57-NQ/TW` and `57 nq tw`.
 */
export function entityNameKey(name: string): string {
  return words(foldForSearch(name)).join(' ');
}

const refCache = new Map<string, EntityRef | null>();
const MAX_CACHED_REFS = 50_000;

/**
 * entityOf, remembered by kind and name: its key computation (tone placement) was the larger part
 * of linking, and a collection names the same few thousand people, bodies and places again and again.
 */
function refOf(m: LinkableMention): EntityRef | null {
  if (m.kind === 'legalRef') return entityOf(m);
  const cacheKey = `${m.kind}\u0000${m.name}`;
  let ref = refCache.get(cacheKey);
  if (ref === undefined) {
    ref = entityOf(m);
    if (refCache.size >= MAX_CACHED_REFS) refCache.clear();
    refCache.set(cacheKey, ref);
  }
  return ref;
}

function isLinkable(m: FactRecord): m is LinkableMention {
  return m.kind === 'person' || m.kind === 'organization' || m.kind === 'place' || m.kind === 'legalRef';
}

/**
 * Names an entity is known by, from one mention. A person mention's text carries the title
 * (`Tổng Bí thư Tô Lâm`), so only the name is kept; an organisation's or place's text is often the
 * short form readers type (`Bộ KH&CN`, `TP.HCM`), and a legal reference's its written form.
 */
function aliasesOf(m: LinkableMention, ref: EntityRef): string[] {
  const names = [ref.name];
  if (m.kind === 'person') names.push(m.name);
  else names.push(m.text);
  if (m.kind === 'legalRef' && m.lawName) names.push(m.lawName);
  return names.map((n) => n.trim()).filter((n) => n !== '' && n.length <= MAX_ALIAS_LENGTH);
}

/**
 * Entity ids for `mentions`, in order (null for mentions that name no entity). One upsert per
 * distinct entity of the document and one insert per new (entity, alias) pair: run inside the
 * caller's transaction.
 */
export async function linkMentions(exec: SqlExecutor, mentions: readonly FactRecord[], now: string): Promise<(number | null)[]> {
  const { upsertEntity, insertAlias } = linkStatements(exec);
  const ids = new Map<string, number>();
  const aliases = new Map<number, Set<string>>();
  const linked: (number | null)[] = [];
  for (const m of mentions) {
    const ref = isLinkable(m) ? refOf(m) : null;
    if (!isLinkable(m) || !ref) {
      linked.push(null);
      continue;
    }
    const identity = `${ref.kind}\u0000${ref.key}`;
    let id = ids.get(identity);
    if (id === undefined) {
      const row = await exec.first<{ id: number }>(upsertEntity.bind({ kind: ref.kind, key: ref.key, name: ref.name, seen: now }));
      if (!row) throw new Error(`entity ${ref.kind} ${ref.key} was not saved`);
      id = row.id;
      ids.set(identity, id);
    }
    let seen = aliases.get(id);
    if (!seen) aliases.set(id, (seen = new Set()));
    for (const alias of aliasesOf(m, ref)) {
      if (seen.has(alias)) continue;
      seen.add(alias);
      await exec.run(insertAlias.bind({ entity_id: id, alias, alias_key: entityNameKey(alias) }));
    }
    linked.push(id);
  }
  return linked;
}

/** Removes entities that no mention names any more (their aliases go with them). */
export async function dropUnmentioned(exec: SqlExecutor, entityIds: readonly number[]): Promise<void> {
  if (entityIds.length === 0) return;
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
