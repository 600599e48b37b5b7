// Agencies in a field's text, as a task names them: single bodies (by the project's gazetteer, the
// pack's names, the organisation extractor's generic names), provinces as agencies (`UBND tỉnh
// Điện Biên`, `thành phố Hải Phòng`), and collectives (`các bộ, ngành, địa phương`).
import type { OrganizationMention } from '../facts.ts';
import { KNOWN_ORGANIZATIONS } from '../gazetteer/organizations.ts';
import { PhraseIndex } from '../names/phrase-index.ts';
import { tokenize, type Token } from '../names/tokens.ts';
import { ABBREVIATIONS } from '../names/org-words.ts';
import type { AgencyDirectory } from './agency-directory.ts';
import { COLLECTIVE_GROUPS, COLLECTIVE_PHRASES, MERGED_GROUPS, type CollectiveGroup } from './collectives.ts';
import { ASSIGNING_VERBS, HEAD_TITLES } from './vocabulary.ts';
import { PhraseList, skipSpaces, type MatchText } from './phrases.ts';

export interface AgencyHit {
  /** Offsets in the field text. */
  start: number;
  end: number;
  name: string;
  agencyId: string | null;
  group: CollectiveGroup | null;
  /** Province id of a provincial body (`UBND tỉnh X`, `Sở … tỉnh X`, `tỉnh X`). */
  provinceId: string | null;
  /** How the province was written (`tỉnh`, `thành phố`), for naming its departments. */
  provinceWord: string | null;
  /** A provincial department written without its province (`Sở Tài chính`): the context supplies it. */
  needsProvince: boolean;
  /** `UBND tỉnh` without a name: the government of the province the context names. */
  homeGovernment?: boolean;
}

/**
 * Bodies that are given tasks but are missing from the organisation gazetteer: national agencies
 * under the Government, Party committees of the central bloc, the Government's cipher board.
 */
const EXTRA_AGENCIES = [
  'Bảo hiểm xã hội Việt Nam', 'Đài Truyền hình Việt Nam', 'Đài Tiếng nói Việt Nam', 'Ban Cơ yếu Chính phủ',
  'Ủy ban Quản lý vốn nhà nước tại doanh nghiệp', 'Đảng ủy Quốc hội', 'Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương',
  'Đảng ủy các cơ quan Đảng Trung ương', 'Quân ủy Trung ương', 'Đảng ủy Công an Trung ương',
  'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'Hội đồng Dân tộc', 'Hội Liên hiệp Phụ nữ Việt Nam',
  'Học viện Chính trị quốc gia Hồ Chí Minh', 'Viện Hàn lâm Khoa học và Công nghệ Việt Nam',
];

/** Gazetteer entries that are not assignees of state tasks: international bodies; `Đảng` alone is the Party, never a task's lead. */
const NOT_ASSIGNEES = new Set(['Đảng']);

/** Bodies formed on another body's name: the Party committee of a ministry (`Đảng ủy Bộ Khoa học và Công nghệ`). */
const BODY_PREFIX_BEFORE = /(?<![\p{L}])(Ban Thường vụ Đảng ủy|Đảng ủy|Ban cán sự đảng|Đảng đoàn)\s+$/u;

/** Province bodies: how a province's government or the province itself is written before its name. */
const PROVINCE_BODY_FORMS: ReadonlyArray<readonly [string, string]> = [
  ['Ủy ban nhân dân tỉnh', 'tỉnh'], ['UBND tỉnh', 'tỉnh'], ['Ủy ban nhân dân thành phố', 'thành phố'],
  ['UBND thành phố', 'thành phố'], ['UBND TP', 'thành phố'], ['UBND TP.', 'thành phố'], ['Tỉnh ủy', 'tỉnh'],
  ['Thành ủy', 'thành phố'], ['tỉnh', 'tỉnh'], ['thành phố', 'thành phố'], ['TP', 'thành phố'], ['TP.', 'thành phố'],
];

interface IndexEntry {
  name: string;
  agencyId: string | null;
  group: CollectiveGroup | null;
  provinceId: string | null;
  provinceWord: string | null;
  /** A provincial department (`Sở Tài chính`): its province comes from the words after it or the context. */
  needsProvince?: boolean;
  /** `tỉnh X`, `thành phố X`: also qualifies a body's name (`Sở Y tế tỉnh X`), so it does not end one. */
  qualifier?: boolean;
  homeGovernment?: boolean;
}

/** A province's government named without the province, in a province's own texts (`UBND tỉnh có trách nhiệm …`). */
const HOME_GOVERNMENTS = ['Ủy ban nhân dân tỉnh', 'UBND tỉnh', 'Ủy ban nhân dân thành phố', 'UBND thành phố', 'UBND TP'];

/**
 * Provincial departments mirror the ministries (`Sở Tài chính`, `Sở KH&CN`), plus the few with no
 * ministry of their own. Their names are derived from the ministries' names and short forms.
 */
const PROVINCIAL_ONLY_DEPARTMENTS = [
  'Sở Ngoại vụ', 'Sở Du lịch', 'Sở Văn hóa và Thể thao', 'Ban Dân tộc', 'Sở KH-CN', 'Sở TT-TT', 'Sở GD-ĐT',
  // Bodies named after the province's own institutions: the province's name follows their name directly.
  'Văn phòng Tỉnh ủy', 'Văn phòng Thành ủy', 'Văn phòng UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh', 'Văn phòng UBND thành phố',
  'Văn phòng Ủy ban nhân dân thành phố', 'Ban Tổ chức Tỉnh ủy', 'Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy',
  'Công an tỉnh', 'Công an thành phố', 'Thanh tra tỉnh', 'Bộ Chỉ huy Quân sự tỉnh', 'Ban Quản lý Khu kinh tế tỉnh',
  'Tỉnh ủy', 'Thành ủy', 'Ban Thường vụ Tỉnh ủy', 'Ban Thường vụ Thành ủy', 'Ban Chấp hành Đảng bộ tỉnh',
];

const indexes = new WeakMap<AgencyDirectory, PhraseIndex<IndexEntry>>();

function expandAbbreviations(text: string): string {
  return text.replace(/\S+/gu, (w) => ABBREVIATIONS[w] ?? w).replace(/\bTP\.?(?=\s)/gu, 'thành phố');
}

function buildIndex(dir: AgencyDirectory): PhraseIndex<IndexEntry> {
  const index = new PhraseIndex<IndexEntry>();
  const single = (name: string, agencyId: string | null): IndexEntry => ({ name, agencyId, group: null, provinceId: null, provinceWord: null });
  for (const [phrase, group] of COLLECTIVE_PHRASES) {
    // Titles and `Trung ương` are written in either case (`chủ tịch UBND các tỉnh`, `Chủ tịch …`).
    const value = { name: phrase.replace(/^Chủ tịch\s+/iu, ''), agencyId: null, group, provinceId: null, provinceWord: null };
    index.add(phrase, value);
    index.add(phrase.toLowerCase(), value);
  }
  // Provinces: the units in force first, so that a name shared with a former province resolves to the unit.
  const provinces = [...dir.provinces].sort((a, b) => Number(b.current) - Number(a.current));
  const taken = new Set<string>();
  for (const p of provinces) {
    for (const written of p.writtenNames) {
      if (taken.has(written)) continue;
      taken.add(written);
      for (const [form, word] of PROVINCE_BODY_FORMS) {
        const bare = /^(tỉnh|thành phố|TP\.?)$/u.test(form);
        const name = bare ? p.name : `${expandAbbreviations(form)} ${written}`;
        index.add(`${form} ${written}`, { name, agencyId: p.id, group: null, provinceId: p.id, provinceWord: word, qualifier: bare });
      }
      // `Thành phố Hồ Chí Minh`, `TP.HCM`: the city's own name already says what it is.
      if (p.name.startsWith('Thành phố')) index.add(p.name, { name: p.name, agencyId: p.id, group: null, provinceId: p.id, provinceWord: 'thành phố' });
    }
  }
  const hcm = provinces.find((p) => p.name === 'Thành phố Hồ Chí Minh');
  if (hcm) {
    for (const alias of ['TP.HCM', 'TP. HCM', 'TPHCM', 'TP HCM', 'UBND TP.HCM', 'UBND TP. HCM', 'UBND TPHCM']) {
      index.add(alias, { name: alias.startsWith('UBND') ? 'Ủy ban nhân dân Thành phố Hồ Chí Minh' : hcm.name, agencyId: hcm.id, group: null, provinceId: hcm.id, provinceWord: 'thành phố' });
    }
  }
  for (const k of KNOWN_ORGANIZATIONS) {
    if (k.orgType === 'international') continue;
    const id = dir.idOf(k.name);
    for (const alias of [k.name, ...k.aliases]) if (!NOT_ASSIGNEES.has(alias)) index.add(alias, single(k.name, id));
  }
  for (const [name, id] of dir.agencyNames) index.add(name, single(dir.nameOf(id) ?? name, id));
  for (const name of EXTRA_AGENCIES) index.add(name, single(name, dir.idOf(name)));
  for (const form of HOME_GOVERNMENTS) index.add(form, { ...single(expandAbbreviations(form), null), homeGovernment: true });
  const department = (name: string): IndexEntry => ({ ...single(expandAbbreviations(name), null), needsProvince: true });
  for (const k of KNOWN_ORGANIZATIONS) {
    if (k.orgType !== 'ministry') continue;
    for (const alias of [k.name, ...k.aliases]) if (alias.startsWith('Bộ ')) index.add(`Sở ${alias.slice(3)}`, department(`Sở ${k.name.slice(3)}`));
  }
  for (const name of PROVINCIAL_ONLY_DEPARTMENTS) index.add(name, department(name.replace('KH-CN', 'KH&CN').replace('TT-TT', 'TT&TT').replace('GD-ĐT', 'GD&ĐT')));
  return index;
}

function indexFor(dir: AgencyDirectory): PhraseIndex<IndexEntry> {
  let index = indexes.get(dir);
  if (!index) {
    index = buildIndex(dir);
    indexes.set(dir, index);
  }
  return index;
}

/** `Cơ quan … (Viettel)`, `Bộ … (cơ quan thường trực)`: a short parenthesis after a name belongs to it. */
function afterParenthesis(text: string, end: number): number {
  const m = /^\s*\(([^()]{1,60})\)/u.exec(text.slice(end, end + 70));
  return m && (m[1] as string).split(/\s+/u).length <= 8 ? end + m[0].length : end;
}

const PROVINCE_SUFFIX = /\s(tỉnh|thành phố)\s+(.+)$/u;

/**
 * Where a name read off a generic head must stop: at a table cell's edge (a tab, a bar, a line
 * break), or at a lower-case assigning verb or lead marker (`Ban Chỉ đạo Trung ương giao Văn phòng
 * …`: `giao` also occurs inside names, as in `giao thông`, so the organisation reader reads on).
 */
const NAME_STOPS = new PhraseList([...ASSIGNING_VERBS, 'chủ trì', 'phối hợp', 'có trách nhiệm', 'chịu trách nhiệm', 'khẩn trương']);

function clipped(m: OrganizationMention, text: string): { end: number; name: string } | null {
  let end = m.end;
  const edge = /[\t|\n]/u.exec(text.slice(m.start, m.end));
  if (edge) end = m.start + edge.index;
  const key: MatchText = { raw: text, key: text };
  for (const stop of NAME_STOPS.all(key, m.start + 1, end)) {
    if (/^\p{Ll}/u.test(text.slice(stop.start, stop.start + 1))) {
      end = stop.start;
      break;
    }
  }
  while (end > m.start && /[\s,;]/u.test(text[end - 1] as string)) end--;
  if (end === m.end) return { end, name: m.name };
  if (text.slice(m.start, end).split(/\s+/u).length < 2) return null;
  return { end, name: expandAbbreviations(text.slice(m.start, end)) };
}

function fromOrganization(m: OrganizationMention, text: string, dir: AgencyDirectory): AgencyHit | null {
  if (m.orgType === 'international') return null;
  const clip = clipped(m, text);
  if (!clip) return null;
  const provinceMatch = PROVINCE_SUFFIX.exec(clip.name);
  const province = provinceMatch ? dir.provinces.find((p) => p.writtenNames.includes(provinceMatch[2] as string)) : undefined;
  return {
    start: m.start,
    end: clip.end,
    name: clip.name,
    agencyId: dir.idOf(clip.name),
    group: null,
    provinceId: province?.id ?? null,
    provinceWord: province ? (provinceMatch?.[1] as string) : null,
    needsProvince: clip.name.startsWith('Sở ') && !provinceMatch,
  };
}

/**
 * `Các Bộ: Tài chính, Khoa học và Công nghệ, Giáo dục và Đào tạo`, `Ủy ban nhân dân các tỉnh, thành
 * phố: Hà Nội, Đà Nẵng và Cần Thơ`: official texts name several ministries or provinces after one
 * shared head. Each named body becomes an agency of its own.
 */
const MINISTRY_HEAD = /(?<![\p{L}])(?:(?:[Bb]ộ trưởng|[Ll]ãnh đạo)\s+)?(?:[Cc]ác\s+)?[Bb]ộ\s*:\s*/gu;
const PROVINCE_HEAD = /(?<![\p{L}])(?:(?:[Cc]hủ tịch)\s+)?(?:Ủy ban nhân dân|UBND)\s+(?:các\s+)?(?:tỉnh,\s*thành phố|tỉnh|thành phố)(?:\s+trực thuộc [Tt]rung ương)?\s*:\s*/gu;

interface ShortName {
  name: string;
  agencyId: string | null;
  provinceId: string | null;
}

const shortNameIndexes = new WeakMap<AgencyDirectory, { ministries: PhraseIndex<ShortName>; provinces: PhraseIndex<ShortName> }>();

function shortNames(dir: AgencyDirectory): { ministries: PhraseIndex<ShortName>; provinces: PhraseIndex<ShortName> } {
  let found = shortNameIndexes.get(dir);
  if (found) return found;
  const ministries = new PhraseIndex<ShortName>();
  const names = new Set([...dir.agencyNames.map(([n]) => n), ...KNOWN_ORGANIZATIONS.filter((k) => k.orgType === 'ministry').map((k) => k.name)]);
  for (const name of names) {
    if (name.startsWith('Bộ ')) ministries.add(name.slice(3), { name, agencyId: dir.idOf(name), provinceId: null });
  }
  const provinces = new PhraseIndex<ShortName>();
  for (const p of [...dir.provinces].sort((a, b) => Number(b.current) - Number(a.current))) {
    for (const written of p.writtenNames) provinces.add(written, { name: p.name, agencyId: p.id, provinceId: p.id });
  }
  found = { ministries, provinces };
  shortNameIndexes.set(dir, found);
  return found;
}

function enumeratedBodies(text: string, tokens: readonly Token[], dir: AgencyDirectory): AgencyHit[] {
  const hits: AgencyHit[] = [];
  const indexes = shortNames(dir);
  for (const [head, index, word] of [[MINISTRY_HEAD, indexes.ministries, null], [PROVINCE_HEAD, indexes.provinces, 'tỉnh']] as const) {
    for (const m of text.matchAll(head)) {
      let pos = m.index + m[0].length;
      let first = true;
      for (;;) {
        const at = tokens.findIndex((t) => t.start >= pos);
        const found = at >= 0 ? index.matchAt(tokens, at) : null;
        if (!found) break;
        const end = (tokens[found.to - 1] as Token).end;
        const v = found.value;
        hits.push({ start: first ? m.index : (tokens[at] as Token).start, end, name: v.name, agencyId: v.agencyId, group: null, provinceId: v.provinceId, provinceWord: v.provinceId ? word : null, needsProvince: false });
        first = false;
        const sep = /^\s*(?:,\s*và|,|và)\s*/u.exec(text.slice(end, end + 8));
        if (!sep) break;
        pos = end + sep[0].length;
      }
    }
  }
  return hits;
}

/** The agencies of one field, left to right, without overlaps (the longest reading wins). */
export function findAgencies(text: string, orgs: readonly OrganizationMention[], dir: AgencyDirectory): AgencyHit[] {
  const tokens: readonly Token[] = tokenize(text);
  const index = indexFor(dir);
  const candidates: AgencyHit[] = [];
  const boundaries: number[] = [];
  for (const m of index.findAll(tokens)) {
    const v = m.value;
    const start = (tokens[m.from] as Token).start;
    const end = (tokens[m.to - 1] as Token).end;
    candidates.push({
      start, end, name: v.name, agencyId: v.agencyId, group: v.group, provinceId: v.provinceId, provinceWord: v.provinceWord,
      needsProvince: v.needsProvince ?? false, ...(v.homeGovernment ? { homeGovernment: true } : {}),
    });
    if (!v.qualifier) boundaries.push(start);
  }
  for (const m of orgs) {
    // A known name starting inside a name read off a generic head ends it: in a table row joined by
    // spaces, `Sở Y tế Sở Giáo dục và Đào tạo` is two bodies.
    const boundary = boundaries.find((b) => b > m.start && b < m.end);
    // The words joining the two names (`… Hà Nội và Đại học …`) belong to neither.
    const cut = boundary === undefined ? m.end : m.start + text.slice(m.start, boundary).replace(/(?:[\s,;]+(?:và|cùng|với|cùng với))*[\s,;]*$/u, '').length;
    const hit = fromOrganization(boundary === undefined ? m : { ...m, end: cut, name: expandAbbreviations(text.slice(m.start, cut)) }, text, dir);
    if (hit) candidates.push(hit);
  }
  // Bodies named after a shared head win over whatever else reads the same words.
  const enumerated = enumeratedBodies(text, tokens, dir);
  const free = candidates.filter((c) => !enumerated.some((e) => c.start < e.end && c.end > e.start));
  free.push(...enumerated);
  free.sort((a, b) => a.start - b.start || b.end - a.end);
  const hits: AgencyHit[] = [];
  for (const c of free) {
    const last = hits[hits.length - 1];
    if (last && c.start < last.end) {
      // Overlap: keep the longer; on a tie the gazetteer's (earlier in the list) stays.
      if (c.end - c.start > last.end - last.start) hits[hits.length - 1] = c;
      continue;
    }
    hits.push(c);
  }
  return hits.map((h) => withPrefix(text, { ...h, end: afterParenthesis(text, h.end) }));
}

/** `Đảng ủy Bộ Khoa học và Công nghệ`: the prefix makes another body, with no id of its own. */
function withPrefix(text: string, hit: AgencyHit): AgencyHit {
  if (hit.group) return hit;
  const before = text.slice(Math.max(0, hit.start - 30), hit.start);
  const m = BODY_PREFIX_BEFORE.exec(before);
  if (!m || hit.name.startsWith(m[1] as string)) return hit;
  return { ...hit, start: hit.start - m[0].length, name: `${m[1] as string} ${hit.name}`, agencyId: null, provinceId: null };
}

const TITLES = new PhraseList(HEAD_TITLES);

/** Reading agencies at given places of one field. */
export class FieldAgencies {
  private readonly byStart: Map<number, AgencyHit>;

  constructor(
    readonly text: MatchText,
    readonly hits: readonly AgencyHit[],
  ) {
    this.byStart = new Map(hits.map((h) => [h.start, h]));
  }

  /** The agency starting at `pos` (spaces skipped), also behind a head's title (`Bộ trưởng Bộ Tài chính`). */
  at(pos: number): AgencyHit | null {
    let p = skipSpaces(this.text.raw, pos);
    // `yêu cầu “các bộ, ngành phải …”`: a quotation may open before the agency.
    if (/[“"«]/u.test(this.text.raw[p] ?? '')) p = skipSpaces(this.text.raw, p + 1);
    const direct = this.byStart.get(p);
    if (direct) return direct;
    const titleEnd = TITLES.at(this.text, p);
    if (titleEnd < 0) return null;
    // `Chủ tịch UBND các tỉnh` is a collective in its own right; `Bộ trưởng, Thủ trưởng …` too.
    return this.byStart.get(skipSpaces(this.text.raw, titleEnd)) ?? null;
  }

  /**
   * Agencies listed from `pos`: `Bộ Tài chính, Bộ Tư pháp và các bộ, ngành liên quan`. `;` separates
   * them only inside a table cell (`Bộ Công an; Văn phòng Chính phủ`).
   */
  listAt(pos: number, semicolons = false): { hits: AgencyHit[]; end: number } {
    const hits: AgencyHit[] = [];
    let end = pos;
    let next = this.at(pos);
    while (next) {
      const previous = hits[hits.length - 1];
      const merged = previous?.group && next.group ? MERGED_GROUPS.find(([a, b]) => a === previous.group && b === next!.group) : undefined;
      if (previous && merged) hits[hits.length - 1] = { ...previous, end: next.end, group: merged[2], name: COLLECTIVE_GROUPS[merged[2]] };
      else hits.push(next);
      end = next.end;
      const sep = new RegExp(`^\\s*(?:,|${semicolons ? ';|' : ''}và|cùng|cùng với|,\\s*và)\\s*`, 'u').exec(this.text.raw.slice(end, end + 12));
      if (!sep) break;
      next = this.at(end + sep[0].length);
    }
    return { hits, end };
  }

  /** Agencies inside [from, to). */
  within(from: number, to: number): AgencyHit[] {
    return this.hits.filter((h) => h.start >= from && h.end <= to);
  }
}
