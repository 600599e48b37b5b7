// Organisation mentions: known bodies by name or alias, then names read off generic heads
// (`Trường Đại học …`, `Viện …`, `Sở … tỉnh X`, `UBND tỉnh X`). An acronym or short name in
// parentheses right after a full name (`Trung tâm Internet Việt Nam (VNNIC)`) becomes an alias for
// the rest of the document: later bare `VNNIC` resolves to the full name. A name and the alias in
// parentheses after it are one mention whose span covers both. A term suffix (`Quốc hội Khóa XV`) is
// in the span, not in the name.
import type { StructuredDocument } from '../records.ts';
import { fieldsOf, type ExtractContext, type FieldText, type OrganizationMention } from './facts.ts';
import { KNOWN_ORGANIZATIONS, type KnownOrganization, type OrgType } from './gazetteer/organizations.ts';
import { placeIndex } from './gazetteer/places.ts';
import { PhraseIndex } from './names/phrase-index.ts';
import { tokenize, isShouting, type Token } from './names/tokens.ts';
import { nameKey } from './names/tone-key.ts';
import { orgHeadIndex, startsVenueName } from './names/org-words.ts';
import { afterTermSuffix, ellipticalSiblings, pluralBefore, provincialType, trailingProvince } from './names/org-context.ts';
import { canonicalText, isNameWord, readName } from './names/org-name-reader.ts';

export const EXTRACTOR = { name: 'organizations', version: '1.0.0' } as const;

interface Resolved {
  name: string;
  orgType: OrgType;
  known: KnownOrganization | null;
}

/** An organisation found in one field, in token indices. */
interface OrgHit extends Resolved {
  from: number;
  to: number;
  confidence: number;
  /** The parenthesised alias right after the name, if any. */
  alias: string | null;
  /** For a body named after a province: its name without the province (`Sở Khoa học và Công nghệ`). */
  stem: string | null;
}

let known: PhraseIndex<Resolved> | null = null;

function knownIndex(): PhraseIndex<Resolved> {
  if (known) return known;
  known = new PhraseIndex<Resolved>();
  for (const k of KNOWN_ORGANIZATIONS) {
    const value: Resolved = { name: k.name, orgType: k.orgType, known: k };
    for (const alias of [k.name, ...k.aliases]) known.add(alias, value);
  }
  return known;
}

/** An acronym glued to a document number (`02-KH/BCĐTW`) is part of that number, not a mention. */
function gluedToCode(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const prev = tokens[from - 1];
  const next = tokens[to];
  const gluedBefore = !!prev && !(tokens[from] as Token).spaceBefore && /^[-/.]$|\w/u.test(prev.text);
  const gluedAfter = !!next && !next.spaceBefore && /^[-/]$/u.test(next.text);
  return gluedBefore || gluedAfter;
}

/** `(VNNIC)` or `(Ban Chỉ đạo)` right after a name: capitalised words only, at most six. */
function readParenAlias(tokens: readonly Token[], at: number): { start: number; end: number; to: number } | null {
  if (tokens[at]?.text !== '(') return null;
  let j = at + 1;
  while (j < tokens.length && tokens[j]?.text !== ')' && j - at <= 7) j++;
  const inner = tokens.slice(at + 1, j);
  if (tokens[j]?.text !== ')' || inner.length === 0 || inner.length > 6) return null;
  const first = inner[0] as Token;
  if (!isNameWord(first) || inner.some((t) => !t.isWord && t.text !== '&' && t.key !== '-')) return null;
  const last = inner[inner.length - 1] as Token;
  return { start: first.start, end: last.end, to: j + 1 };
}

/** Organisations in one tokenised field; `docAliases` are names learnt earlier in the document. */
function findOrganizations(tokens: readonly Token[], text: string, docAliases: PhraseIndex<Resolved>): OrgHit[] {
  const hits: OrgHit[] = [];
  if (isShouting(text)) return hits;
  for (let i = 0; i < tokens.length; ) {
    const hit = bestAt(tokens, i, docAliases);
    if (!hit) {
      i++;
      continue;
    }
    extendWithPlace(tokens, hit);
    hit.to = afterTermSuffix(tokens, hit.to);
    const paren = readParenAlias(tokens, hit.to);
    if (paren) {
      hit.alias = text.slice(paren.start, paren.end);
      hit.to = paren.to;
    }
    hits.push(hit);
    i = hit.to;
    if (hit.stem && pluralBefore(tokens, hit.from)) {
      for (const sibling of ellipticalSiblings(tokens, i)) {
        hits.push({ ...hit, name: `${hit.stem} ${sibling.placeName}`, from: sibling.from, to: sibling.to, confidence: 0.7, alias: null });
        i = sibling.to;
      }
    }
  }
  return hits;
}

/** A company's local arm carries the country or province in its name: `Samsung Việt Nam`. */
function extendWithPlace(tokens: readonly Token[], hit: OrgHit): void {
  const next = tokens[hit.to];
  if (hit.orgType !== 'company' || !next?.spaceBefore || !next.capitalised) return;
  const place = placeIndex().matchAt(tokens, hit.to);
  if (!place || (place.value.placeType !== 'country' && place.value.unit === null)) return;
  hit.name = `${hit.name} ${place.value.name}`;
  hit.known = null;
  hit.to = place.to;
}

/**
 * `Ban …` is an organisation when it is a Party board, a steering or management board; an event's
 * `Ban Tổ chức` or `Ban Giám khảo` is not named as one.
 */
const PARTY_OR_MANAGEMENT_BOARD = /Trung ương|Đảng|Chỉ đạo|Quản lý|Tuyên giáo|Dân vận|Nội chính|Kinh tế|Đối ngoại/u;

/** `Đảng ủy`, `Đảng Dân chủ`: a one-word name continued into another word. */
function continuedWord(tokens: readonly Token[], after: number, known: KnownOrganization | null): boolean {
  const next = tokens[after];
  if (!known?.notFollowedBy || !next?.isWord || !next.spaceBefore) return false;
  return next.capitalised || known.notFollowedBy.includes(next.key);
}

/** A name read off a generic head (`Viện …`, `Sở … tỉnh X`), or null. */
function genericAt(tokens: readonly Token[], i: number): OrgHit | null {
  // A place whose name starts with a head word (`Hội An`, `Trường Sa`) is not an organisation.
  const h = placeIndex().matchAt(tokens, i) ? null : orgHeadIndex().matchAt(tokens, i);
  if (!h || (h.value.canonical === 'Trung tâm' && startsVenueName(tokens, h.to))) return null;
  const end = readName(tokens, h.to, h.value);
  if (end === null) return null;
  const rest = canonicalText(tokens, h.to, end);
  if (h.value.canonical === 'Ban' && !PARTY_OR_MANAGEMENT_BOARD.test(rest)) return null;
  const province = trailingProvince(tokens, h.to, end);
  const headType = h.value.canonical === 'Ban' && /Trung ương|Đảng/u.test(rest) ? 'party' : h.value.orgType;
  const stemRest = province === null ? '' : canonicalText(tokens, h.to, province).replace(/\s*(tỉnh|thành phố)$/u, '');
  return {
    name: `${h.value.canonical} ${rest}`,
    // Heads that always take a province (`Thành đoàn`, `Tỉnh ủy`) already say what they are.
    orgType: h.value.needsPlace ? headType : provincialType(headType, province !== null),
    known: null,
    from: i,
    to: end,
    confidence: h.value.needsPlace ? 0.9 : 0.75,
    alias: null,
    stem: province === null ? null : `${h.value.canonical}${stemRest ? ` ${stemRest}` : ''}`,
  };
}

function bestAt(tokens: readonly Token[], i: number, docAliases: PhraseIndex<Resolved>): OrgHit | null {
  const candidates: OrgHit[] = [];
  // What the document itself taught (`Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank)`) comes first.
  const d = docAliases.matchAt(tokens, i);
  if (d && !gluedToCode(tokens, d.from, d.to)) candidates.push({ ...d.value, from: i, to: d.to, confidence: 0.9, alias: null, stem: null });
  const k = knownIndex().matchAt(tokens, i);
  if (k && !gluedToCode(tokens, k.from, k.to) && !continuedWord(tokens, k.to, k.value.known)) {
    candidates.push({ ...k.value, from: i, to: k.to, confidence: 0.95, alias: null, stem: null });
  }
  const generic = genericAt(tokens, i);
  if (generic) candidates.push(generic);
  // Longest wins; on a tie the earlier (document alias, then known, then generic) wins.
  return candidates.reduce<OrgHit | null>((best, c) => (!best || c.to > best.to ? c : best), null);
}

function toMention(hit: OrgHit, tokens: readonly Token[], field: { field: OrganizationMention['field']; index: number; text: string }): OrganizationMention {
  const start = (tokens[hit.from] as Token).start;
  const end = (tokens[hit.to - 1] as Token).end;
  return {
    kind: 'organization',
    field: field.field,
    index: field.index,
    start,
    end,
    text: field.text.slice(start, end),
    name: hit.name,
    orgType: hit.orgType,
    confidence: hit.confidence,
    extractor: EXTRACTOR.name,
    extractorVersion: EXTRACTOR.version,
  };
}

/** One field read without the document's aliases: the first pass, which also teaches them. */
interface FirstPass {
  field: FieldText;
  tokens: readonly Token[];
  hits: OrgHit[];
}

/** Aliases a document teaches: parenthesised short names, and short forms of bodies it names in full. */
function learnAliases(passes: readonly FirstPass[]): PhraseIndex<Resolved> {
  const aliases = new PhraseIndex<Resolved>();
  for (const { hits } of passes) {
    for (const hit of hits) {
      const resolved: Resolved = { name: hit.name, orgType: hit.orgType, known: hit.known };
      if (hit.alias && !placeIndex().matchAt(tokenize(hit.alias), 0)) aliases.add(hit.alias, resolved);
      for (const short of hit.known?.shortForms ?? []) aliases.add(short, resolved);
    }
  }
  return aliases;
}

/**
 * Persons and places mask organisation names, so the same document is asked for three times in a
 * row: results are kept per document object (records are not mutated after the structure stage).
 */
const cache = new WeakMap<StructuredDocument, OrganizationMention[]>();

export function extractOrganizations(doc: StructuredDocument, _ctx: ExtractContext): OrganizationMention[] {
  const cached = cache.get(doc);
  if (cached) return cached.map((m) => ({ ...m }));
  const out = computeOrganizations(doc);
  cache.set(doc, out);
  return out.map((m) => ({ ...m }));
}

function computeOrganizations(doc: StructuredDocument): OrganizationMention[] {
  const empty = new PhraseIndex<Resolved>();
  const passes: FirstPass[] = fieldsOf(doc).map((field) => {
    const tokens = tokenize(field.text);
    return { field, tokens, hits: findOrganizations(tokens, field.text, empty) };
  });
  const aliases = learnAliases(passes);
  const out: OrganizationMention[] = [];
  for (const { field, tokens, hits } of passes) {
    // Aliases only change a field where one of them could start; elsewhere the first pass stands.
    const final = aliases.mayMatchIn(tokens) ? findOrganizations(tokens, field.text, aliases) : hits;
    for (const hit of final) out.push(toMention(hit, tokens, field));
  }
  return out;
}

/**
 * Identity key for entity resolution across documents: a known alias maps to its body's full name;
 * otherwise abbreviations are expanded; then case and tone placement are ignored.
 */
export function organizationKey(name: string): string {
  const tokens = tokenize(name);
  const match = knownIndex().matchAt(tokens, 0);
  if (match && match.to === tokens.length) return nameKey(match.value.name);
  return nameKey(canonicalText(tokens, 0, tokens.length));
}
