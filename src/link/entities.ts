// The link stage for entities: a mention → the entity it names (kind + key + display name).
// Keys keep diacritics (lower case, canonical tone placement) rather than folding them away:
// folded keys would merge different Vietnamese names (Lâm/Lam, Hải/Hài), and a wrong merge is worse
// than a missed one, since every figure on an entity page must be about that entity.
import type { FactRecord, LegalRefMention, OrganizationMention, PersonMention, PlaceMention } from '../extract/facts.ts';
import { matchKey } from '../text/tones.ts';

export type EntityKind = 'person' | 'organization' | 'place' | 'legalRef';

export interface EntityRef {
  kind: EntityKind;
  /** Unique within its kind. */
  key: string;
  name: string;
}

export type LinkableMention = PersonMention | OrganizationMention | PlaceMention | LegalRefMention;

/** The legal-document key: the canonical id, else the law's name (laws cited without a number). */
function legalRefEntity(m: LegalRefMention): EntityRef | null {
  if (m.id) return { kind: 'legalRef', key: m.id, name: m.id };
  if (m.lawName) return { kind: 'legalRef', key: `law:${matchKey(m.lawName)}`, name: m.lawName };
  return null;
}

export function entityOf(m: LinkableMention): EntityRef | null {
  switch (m.kind) {
    case 'legalRef':
      return legalRefEntity(m);
    case 'place': {
      // Places are written as the text writes them (`Mỹ`); the gazetteer's name (`Hoa Kỳ`) is their identity.
      const name = (m.canonical ?? m.name).trim();
      return name ? { kind: m.kind, key: matchKey(name), name } : null;
    }
    case 'person':
    case 'organization':
      return m.name.trim() ? { kind: m.kind, key: matchKey(m.name), name: m.name } : null;
  }
}

/** Longer surface texts are whole clauses, not names anyone would look up. */
const MAX_ALIAS_LENGTH = 160;

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

/** What the store records for one mention: the entity it names and the names it adds to it; null when it names none. */
export function entityLinkOf(m: FactRecord): { ref: EntityRef; aliases: string[] } | null {
  if (!isLinkable(m)) return null;
  const ref = refOf(m);
  return ref ? { ref, aliases: aliasesOf(m, ref) } : null;
}
