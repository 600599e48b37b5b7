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
import { tokenize, isAcronym, isShouting, type Token } from './names/tokens.ts';
import { nameKey } from './names/tone-key.ts';
import { ABBREVIATIONS, NAME_INNER_WORDS, orgHeadIndex, startsVenueName } from './names/org-words.ts';
import { documentLocalPlaces } from './names/document-places.ts';
import { UNIT_SYMBOLS } from '../text/units.ts';
import { localNameEnd } from './names/local-names.ts';
import { afterTermSuffix, ellipticalSiblings, pluralBefore, provincialType, trailingProvince } from './names/org-context.ts';
import { canonicalText, isNameWord, readNameDetail, type InnerOrgAt } from './names/org-name-reader.ts';

export const EXTRACTOR = { name: 'organizations', version: '2.0.1' } as const;

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
    // Long names are matched whatever the case of their inner words (see PhraseIndex.add).
    for (const alias of [k.name, ...k.aliases]) known.add(alias, value, alias.split(/\s+/u).length >= 5);
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
  // `Công an quận Hoàn Kiếm (Hà Nội)`: a place in parentheses locates the body; it is no alias.
  const place = placeIndex().matchAt(tokens, at + 1);
  if (place && place.to === j) return null;
  const last = inner[inner.length - 1] as Token;
  return { start: first.start, end: last.end, to: j + 1 };
}

/** Organisations in one tokenised field; `docAliases` are names learnt earlier in the document. */
function findOrganizations(
  tokens: readonly Token[], text: string, docAliases: PhraseIndex<Resolved>, localPlaces: PhraseIndex<true>,
): OrgHit[] {
  const hits: OrgHit[] = [];
  if (isShouting(text)) return hits;
  for (let i = 0; i < tokens.length; ) {
    const hit = bestAt(tokens, i, docAliases);
    if (!hit) {
      i++;
      continue;
    }
    extendCompany(tokens, hit, localPlaces);
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
  const listed = companiesInLists(tokens, hits);
  return listed.length === 0 ? hits : [...hits, ...listed].sort((a, b) => a.from - b.from);
}

/**
 * Words that continue a company's name into one of its arms or its full corporate name: `Intel
 * Products Việt Nam`, `Amkor Technology`, `FPT Semiconductor`, `Hana Micron Vina`, `Infineon
 * Technologies AG`. A product name after a brand (`Samsung Galaxy`) is not among them.
 */
const CORPORATE_WORDS = new Set(
  ('Products Product Technology Technologies Tech Semiconductor Semiconductors Software Telecom Telecommunications ' +
    'Vina Vietnam Group Corporation Corp Inc Ltd Limited AG SE GmbH JSC Co Holdings Holding Solutions Systems ' +
    'Electronics Electric Display Digital Global International Services Service Networks Network Cloud Data ' +
    'Post Pay Money Capital Securities Investment Energy Media Labs Research Manufacturing Industries Industrial')
    .split(' '),
);
/** Suffixes that alone make a run of Latin-script capitals a company (`Victory Giant Technology`). */
const COMPANY_SUFFIXES = new Set(
  'Technology Technologies Semiconductor Semiconductors Corporation Corp Inc Ltd Limited AG GmbH JSC Holdings Group Electronics'.split(' '),
);

/** A word in Latin script only (`Infineon`, `VNChip`): foreign and brand names, never a Vietnamese syllable. */
function isLatinName(t: Token | undefined): boolean {
  return !!t && t.isWord && t.capitalised && /^[A-Z][A-Za-z0-9&]*$/u.test(t.text);
}

/**
 * A company's arm carries its country, province, district or a corporate word after the brand:
 * `Samsung Việt Nam`, `Viettel Lai Châu`, `Viettel Bát Xát` (a district the story names), `Intel
 * Products Việt Nam`. The arm is its own organisation; the brand alone stays the parent.
 */
function extendCompany(tokens: readonly Token[], hit: OrgHit, localPlaces: PhraseIndex<true>): void {
  if (extendBranch(tokens, hit)) return;
  if (hit.orgType !== 'company') return;
  let j = hit.to;
  let words = 0;
  while (words < 4) {
    const next = tokens[j];
    if (!next?.isWord || !next.spaceBefore || !next.capitalised) break;
    const place = placeIndex().matchAt(tokens, j);
    if (place && (place.value.placeType === 'country' || place.value.unit !== null)) {
      j = place.to;
      words++;
      break;
    }
    const local = localPlaces.matchAt(tokens, j);
    if (local) {
      j = local.to;
      words++;
      break;
    }
    if (!CORPORATE_WORDS.has(next.text)) break;
    j++;
    words++;
  }
  if (j === hit.to) return;
  hit.name = canonicalText(tokens, hit.from, j);
  hit.known = null;
  hit.to = j;
}

/**
 * `VCCI Chi nhánh Nghệ An - Hà Tĩnh - Quảng Bình`: a body's branch, named by the places it covers,
 * is an organisation of its own. True when the hit was extended.
 */
function extendBranch(tokens: readonly Token[], hit: OrgHit): boolean {
  if (tokens[hit.to]?.key !== 'chi' || tokens[hit.to + 1]?.key !== 'nhánh') return false;
  let j = hit.to + 2;
  let end = j;
  for (;;) {
    const place = placeIndex().matchAt(tokens, j);
    const to = place ? place.to : localNameEnd(tokens, j);
    if (to === null) break;
    end = to;
    if (tokens[to]?.key !== '-') break;
    j = to + 1;
  }
  if (end === hit.to + 2) return false;
  hit.name = canonicalText(tokens, hit.from, end);
  hit.known = null;
  hit.to = end;
  return true;
}

/** `Infineon Technologies AG`, `Victory Giant Technology`: Latin-script capitals ending in a corporate suffix. */
function suffixedCompanyAt(tokens: readonly Token[], i: number): OrgHit | null {
  if (!isLatinName(tokens[i]) || (i > 0 && isLatinName(tokens[i - 1]) && tokens[i]?.spaceBefore)) return null;
  let j = i;
  let suffixAt = -1;
  while (j - i < 5 && isLatinName(tokens[j]) && (j === i || tokens[j]?.spaceBefore)) {
    if (j > i && COMPANY_SUFFIXES.has((tokens[j] as Token).text)) suffixAt = j;
    j++;
  }
  if (suffixAt < 0) return null;
  const to = suffixAt + 1;
  const name = tokens.slice(i, to).map((t) => t.text).join(' ');
  return { name, orgType: 'company', known: null, from: i, to, confidence: 0.8, alias: null, stem: null };
}

/**
 * `Marvell, Synopsys, Cadence`, `Viettel, FPT, VNChip…`: a lone Latin-script name listed next to
 * companies is a company too. Coordination is read both ways, once each.
 */
function companiesInLists(tokens: readonly Token[], hits: OrgHit[]): OrgHit[] {
  const companyEnds = new Set(hits.filter((h) => h.orgType === 'company').map((h) => h.to));
  const companyStarts = new Set(hits.filter((h) => h.orgType === 'company').map((h) => h.from));
  if (companyEnds.size === 0) return [];
  const covered = new Set<number>();
  for (const h of hits) for (let k = h.from; k < h.to; k++) covered.add(k);
  const isJoin = (t: Token | undefined): boolean => !!t && (t.text === ',' || t.key === 'và' || t.text === ';');
  // A list item stands alone: no capitalised word glued before or after it (`Lào Cai` is not `Cai`).
  const capitalisedWord = (t: Token | undefined): boolean => !!t && t.isWord && t.capitalised;
  // Nor a unit after a number (`96,57 Mbps, VNPT …`).
  const lone = (k: number): boolean =>
    isLatinName(tokens[k]) && !covered.has(k) && !placeIndex().matchAt(tokens, k) && !capitalisedWord(tokens[k - 1]) &&
    !UNIT_SYMBOLS.has((tokens[k] as Token).text) && !/\d$/u.test(tokens[k - 1]?.text ?? '') &&
    !(capitalisedWord(tokens[k + 1]) && tokens[k + 1]?.spaceBefore);
  const added: OrgHit[] = [];
  const add = (k: number): void => {
    added.push({ name: (tokens[k] as Token).text, orgType: 'company', known: null, from: k, to: k + 1, confidence: 0.6, alias: null, stem: null });
    covered.add(k);
    companyEnds.add(k + 1);
    companyStarts.add(k);
  };
  for (let k = 2; k < tokens.length; k++) if (lone(k) && isJoin(tokens[k - 1]) && companyEnds.has(k - 1)) add(k);
  for (let k = tokens.length - 3; k >= 0; k--) if (lone(k) && isJoin(tokens[k + 1]) && companyStarts.has(k + 2)) add(k);
  return added;
}

/**
 * `Ban …` is an organisation when it is a Party board, a steering or management board; an event's
 * `Ban Tổ chức` or `Ban Giám khảo` is not named as one.
 */
const PARTY_OR_MANAGEMENT_BOARD = /Trung ương|Đảng|Chỉ đạo|Quản lý|Tuyên giáo|Dân vận|Nội chính|Kinh tế|Đối ngoại|Thường vụ|Chấp hành/u;
/** A board named by its function alone (`Ban Chỉ đạo`) is a back-reference: a body only when the document resolves it. */
const FUNCTION_ONLY = /^(?:Chỉ đạo|Quản lý|Thường vụ|Chấp hành|Tổ chức)$/u;

/**
 * A name continued into another word: `Chính phủ số` (e-government), and for a one-word name any
 * capitalised word (`Đảng Dân chủ`).
 */
function continuedWord(tokens: readonly Token[], from: number, after: number, known: KnownOrganization | null): boolean {
  const next = tokens[after];
  if (!known?.notFollowedBy || !next?.isWord || !next.spaceBefore) return false;
  return (next.capitalised && after - from === 1) || known.notFollowedBy.includes(next.key);
}

/** Words of a steering committee's remit: `(về) phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số`. */
const REMIT_WORDS = new Set(['về', 'phát', 'triển', 'và', 'đề', 'án'].map(nameKey));

/**
 * A steering committee is named by its remit (`Ban Chỉ đạo phát triển khoa học công nghệ, đổi mới
 * sáng tạo và chuyển đổi số của tỉnh`): lower-case topic words, commas and `và`, a project number,
 * then whose it is. Returns the token index after the remit, or `at` when none follows.
 */
function remitEnd(tokens: readonly Token[], at: number): number {
  const opener = tokens[at]?.key;
  if (opener !== 'về' && opener !== 'phát') return at;
  let j = at;
  let words = 0;
  let end = at;
  while (j < tokens.length && j - at < 30) {
    const t = tokens[j] as Token;
    const topic = t.isWord && !t.capitalised && (NAME_INNER_WORDS.has(t.key) || REMIT_WORDS.has(t.key));
    const projectNumber = /^\d+$/u.test(t.text) && tokens[j - 1]?.key === 'án';
    const projectWord = t.key === 'đề' && tokens[j + 1]?.key === 'án';
    if (topic || projectNumber || (projectWord && t.capitalised)) {
      j++;
      words++;
      if (t.key !== 'và' && t.key !== 'về') end = j;
      continue;
    }
    if (t.isWord && t.capitalised && tokens[j + 1]?.key === 'án') {
      j++;
      continue;
    }
    if (t.text === ',' && tokens[j + 1]?.isWord) {
      j++;
      continue;
    }
    break;
  }
  if (words < 3) return at;
  // Whose it is: `của tỉnh`, `của thành phố`, `tỉnh X`, `quốc gia`.
  const owner = tokens[end]?.key === 'của' ? end + 1 : end;
  const level = tokens[owner]?.key;
  if (level === 'tỉnh' || (level === 'thành' && tokens[owner + 1]?.key === 'phố')) {
    let k = owner + (level === 'tỉnh' ? 1 : 2);
    const place = placeIndex().matchAt(tokens, k);
    if (place) k = place.to;
    return k;
  }
  return end;
}

/** A name read off a generic head (`Viện …`, `Sở … tỉnh X`), or null. */
function genericAt(tokens: readonly Token[], i: number, innerOrgAt: InnerOrgAt): OrgHit | null {
  // A place whose name starts with a head word (`Hội An`, `Trường Sa`) is not an organisation.
  const h = placeIndex().matchAt(tokens, i) ? null : orgHeadIndex().matchAt(tokens, i);
  if (!h || (h.value.canonical === 'Trung tâm' && startsVenueName(tokens, h.to))) return null;
  const read = readNameDetail(tokens, h.to, h.value, innerOrgAt);
  if (read === null) return null;
  let end = read.end;
  let rest = canonicalText(tokens, h.to, end);
  const board = h.value.canonical === 'Ban';
  if (board && !PARTY_OR_MANAGEMENT_BOARD.test(rest)) return null;
  if (board && /^Chỉ đạo/u.test(rest)) {
    end = remitEnd(tokens, end);
    rest = canonicalText(tokens, h.to, end);
  }
  if (board && FUNCTION_ONLY.test(rest)) return null;
  const province = read.bare ? null : trailingProvince(tokens, h.to, end);
  const headType = board && /Trung ương|Đảng|Thường vụ|Chấp hành/u.test(rest) ? 'party' : h.value.orgType;
  const stemRest = province === null ? '' : canonicalText(tokens, h.to, province).replace(/\s*(tỉnh|thành phố)$/u, '');
  return {
    name: rest ? `${h.value.canonical} ${rest}` : h.value.canonical,
    // Heads that always take a province (`Thành đoàn`, `Tỉnh ủy`) already say what they are.
    orgType: h.value.needsPlace ? headType : provincialType(headType, province !== null),
    known: null,
    from: i,
    to: end,
    // A body named without its place (`UBND tỉnh`) is sure to be a body, less sure to be the one meant.
    confidence: read.bare ? 0.7 : h.value.needsPlace ? 0.9 : 0.75,
    alias: null,
    stem: province === null ? null : `${h.value.canonical}${stemRest ? ` ${stemRest}` : ''}`,
  };
}

/** Token index after a known or generic body starting at `at` (one nested inside a longer name), or null. */
const innerOrgAt: InnerOrgAt = (tokens, at) => {
  const k = knownIndex().matchAt(tokens, at);
  const g = orgHeadIndex().matchAt(tokens, at) ? genericAt(tokens, at, innerOrgAt) : null;
  const end = Math.max(k && !continuedWord(tokens, k.from, k.to, k.value.known) ? k.to : -1, g?.to ?? -1);
  return end > at ? end : null;
};

/** Words a name may add after a known body's name and still be that body's longer name: no lower-case words. */
function extendsKnownByName(tokens: readonly Token[], knownEnd: number, genericEnd: number): boolean {
  for (let j = knownEnd; j < genericEnd; j++) {
    const t = tokens[j] as Token;
    if (t.isWord && !t.capitalised && !isAcronym(t)) return false;
  }
  return true;
}

function bestAt(tokens: readonly Token[], i: number, docAliases: PhraseIndex<Resolved>): OrgHit | null {
  const candidates: OrgHit[] = [];
  // What the document itself taught (`Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank)`) comes first.
  const d = docAliases.matchAt(tokens, i);
  if (d && !gluedToCode(tokens, d.from, d.to)) candidates.push({ ...d.value, from: i, to: d.to, confidence: 0.9, alias: null, stem: null });
  const k = knownIndex().matchAt(tokens, i);
  const knownOk = k && !gluedToCode(tokens, k.from, k.to) && !continuedWord(tokens, k.from, k.to, k.value.known);
  if (knownOk) candidates.push({ ...k.value, from: i, to: k.to, confidence: 0.95, alias: null, stem: null });
  const found = genericAt(tokens, i, innerOrgAt);
  const generic = found && !gluedToCode(tokens, found.from, found.to) ? found : null; // `154/KH-UBND`
  // `Ban Kinh tế Trung ương` | `trình bày Báo cáo`: a known name is not run on into the sentence.
  if (generic && !(knownOk && k && generic.to > k.to && !extendsKnownByName(tokens, k.to, generic.to))) candidates.push(generic);
  const suffixed = candidates.length === 0 ? suffixedCompanyAt(tokens, i) : null;
  if (suffixed) candidates.push(suffixed);
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
      // `Sở Khoa học và Công nghệ (KH&CN)`: the parentheses abbreviate the field, not the body.
      if (hit.alias && !placeIndex().matchAt(tokenize(hit.alias), 0) && !(hit.alias in ABBREVIATIONS)) aliases.add(hit.alias, resolved);
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

export function extractOrganizations(doc: StructuredDocument, ctx: ExtractContext): OrganizationMention[] {
  return organizationsOf(doc, ctx).map((m) => ({ ...m }));
}

/** The document's organisations as computed once, not copied: for extractors that only read them (masks). */
export function organizationsOf(doc: StructuredDocument, _ctx: ExtractContext): readonly OrganizationMention[] {
  let found = cache.get(doc);
  if (!found) {
    found = computeOrganizations(doc);
    cache.set(doc, found);
  }
  return found;
}

function computeOrganizations(doc: StructuredDocument): OrganizationMention[] {
  const empty = new PhraseIndex<Resolved>();
  const fields = fieldsOf(doc).map((field) => ({ field, tokens: tokenize(field.text) }));
  const localPlaces = documentLocalPlaces(doc);
  const passes: FirstPass[] = fields.map(({ field, tokens }) => ({ field, tokens, hits: findOrganizations(tokens, field.text, empty, localPlaces) }));
  const aliases = learnAliases(passes);
  const out: OrganizationMention[] = [];
  for (const { field, tokens, hits } of passes) {
    // Aliases only change a field where one of them could start; elsewhere the first pass stands.
    const final = aliases.mayMatchIn(tokens) ? findOrganizations(tokens, field.text, aliases, localPlaces) : hits;
    for (const hit of final) out.push(toMention(hit, tokens, field));
  }
  return out;
}

/** Is this the canonical name of a body in the gazetteer? */
export function knownOrganization(name: string): boolean {
  const tokens = tokenize(name);
  const match = knownIndex().matchAt(tokens, 0);
  return !!match && match.to === tokens.length && match.value.name === name;
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
