// The link stage for entities: a mention → the entity it names (kind + key + display name).
// Keys keep diacritics (lower case, canonical tone placement) rather than folding them away:
// folded keys would merge different Vietnamese names (Lâm/Lam, Hải/Hài), and a wrong merge is worse
// than a missed one, since every figure on an entity page must be about that entity.
import type { LegalRefMention, OrganizationMention, PersonMention, PlaceMention } from '../extract/facts.ts';
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
