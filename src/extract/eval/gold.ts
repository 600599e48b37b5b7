// The gold-annotation format (test/gold/*.gold.json, described in test/gold/README.md) and its loader.
import type { DocumentField } from '../../records.ts';
import type { DatePeriod, QuantityQualifier } from '../facts.ts';

/** A gold attribute may list several accepted values (`issuer: ["Trung ương", "Bộ Chính trị"]`). */
export type OneOrMany<T> = T | T[];

interface GoldMentionBase {
  field: DocumentField;
  index: number;
  /** The exact substring of the paragraph. */
  text: string;
  /** 0-based, when `text` occurs more than once in the paragraph. */
  occurrence?: number;
  /** First 30 characters of the paragraph: detects paragraph-indexing mismatches. */
  fieldTextStart?: string;
  /** UTF-16 offsets into the paragraph; filled in by `resolveGold` (or given by synthetic tests). */
  start?: number;
  end?: number;
}

export interface GoldPerson extends GoldMentionBase {
  kind: 'person';
  name: string;
  title?: string | null;
}

export interface GoldOrganization extends GoldMentionBase {
  kind: 'organization';
  name: string;
  altNames?: string[];
  orgType?: OneOrMany<string>;
}

export interface GoldPlace extends GoldMentionBase {
  kind: 'place';
  name: string;
  altNames?: string[];
  placeType?: string;
  unit?: OneOrMany<string | null>;
}

export interface GoldLegalRef extends GoldMentionBase {
  kind: 'legalRef';
  id: string | null;
  lawName?: string | null;
  /** For a numbered reference whose full id the text does not fix (`Nghị định 308`). */
  number?: string;
  type?: OneOrMany<string | null>;
  issuer?: OneOrMany<string | null>;
  date?: string | null;
}

export interface GoldDate extends GoldMentionBase {
  kind: 'date';
  /** ISO date, ISO period, or `--MM-DD` for a day whose year the text does not give. */
  value: string | DatePeriod;
  yearFrom?: OneOrMany<string>;
  impliedYear?: number;
}

export interface GoldQuantity extends GoldMentionBase {
  kind: 'quantity';
  value: number;
  valueMax?: number | null;
  of?: number | null;
  unit?: OneOrMany<string | null>;
  qualifier?: OneOrMany<QuantityQualifier>;
  stance?: OneOrMany<'reported' | 'target'>;
}

export type GoldMention = GoldPerson | GoldOrganization | GoldPlace | GoldLegalRef | GoldDate | GoldQuantity;
export type GoldMentionKind = GoldMention['kind'];
export const MENTION_KINDS: readonly GoldMentionKind[] = ['person', 'organization', 'place', 'legalRef', 'date', 'quantity'];

export interface GoldDocument {
  index: number;
  kind: string;
  published: string | null;
  parent?: number;
  /** First 30 characters of the document's first field (title, else lede, else body[0]). */
  textStart?: string;
  fieldCounts?: Record<DocumentField, number>;
  mentions: GoldMention[];
  /** Topic ids clearly present in the document. */
  topics: string[];
}

export interface GoldFile {
  source: string;
  /** Input format of the source: `ledes` or `page`. */
  format?: string;
  documents: GoldDocument[];
}

const FIELDS = new Set(['title', 'lede', 'body', 'caption']);

/** Parses and checks a gold file; throws with the JSON path of the first problem. */
export function parseGold(json: unknown, origin = 'gold'): GoldFile {
  const fail = (where: string, what: string): never => {
    throw new Error(`${origin}: ${where}: ${what}`);
  };
  if (!json || typeof json !== 'object') fail('$', 'not an object');
  const file = json as GoldFile;
  if (typeof file.source !== 'string') fail('$.source', 'missing');
  if (!Array.isArray(file.documents)) fail('$.documents', 'missing');
  file.documents.forEach((doc, d) => {
    const at = `$.documents[${d}]`;
    if (typeof doc.index !== 'number') fail(at, 'index missing');
    if (!Array.isArray(doc.mentions)) fail(at, 'mentions missing');
    if (!Array.isArray(doc.topics)) fail(at, 'topics missing');
    doc.mentions.forEach((m, i) => {
      const mat = `${at}.mentions[${i}]`;
      if (!MENTION_KINDS.includes(m.kind)) fail(mat, `unknown kind ${String((m as { kind?: unknown }).kind)}`);
      if (!FIELDS.has(m.field)) fail(mat, `unknown field ${String(m.field)}`);
      if (typeof m.index !== 'number') fail(mat, 'index missing');
      if (typeof m.text !== 'string' || !m.text) fail(mat, 'text missing');
      if (m.kind === 'quantity' && typeof m.value !== 'number') fail(mat, 'quantity value must be a number');
      if (m.kind === 'date' && m.value === undefined) fail(mat, 'date value missing');
      if ((m.kind === 'person' || m.kind === 'organization' || m.kind === 'place') && !m.name) fail(mat, 'name missing');
    });
  });
  return file;
}
