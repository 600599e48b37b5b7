// Agencies in a field's text, as a task names them: single bodies (by the project's gazetteer, the
// pack's names, the organisation extractor's generic names), provinces as agencies (`UBND tỉnh
// Điện Biên`, `thành phố Hải Phòng`), and collectives (`các bộ, ngành, địa phương`).
import type { OrganizationMention } from '../facts.ts';
import { KNOWN_ORGANIZATIONS } from '../gazetteer/organizations.ts';
import { PhraseIndex } from '../names/phrase-index.ts';
import { tokenize, type Token } from '../names/tokens.ts';
import { ABBREVIATIONS } from '../names/org-words.ts';
import type { AgencyDirectory } from './agency-directory.ts';
import { COLLECTIVE_PHRASES, type CollectiveGroup } from './collectives.ts';
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
}

const indexes = new WeakMap<AgencyDirectory, PhraseIndex<IndexEntry>>();

function expandAbbreviations(text: string): string {
  return text.replace(/\S+/gu, (w) => ABBREVIATIONS[w] ?? w).replace(/\bTP\.?(?=\s)/gu, 'thành phố');
}

function buildIndex(dir: AgencyDirectory): PhraseIndex<IndexEntry> {
  const index = new PhraseIndex<IndexEntry>();
  const single = (name: string, agencyId: string | null): IndexEntry => ({ name, agencyId, group: null, provinceId: null, provinceWord: null });
  for (const [phrase, group] of COLLECTIVE_PHRASES) {
    index.add(phrase, { name: phrase.replace(/^Chủ tịch\s+/u, ''), agencyId: null, group, provinceId: null, provinceWord: null });
  }
  // Provinces: the units in force first, so that a name shared with a former province resolves to the unit.
  const provinces = [...dir.provinces].sort((a, b) => Number(b.current) - Number(a.current));
  const taken = new Set<string>();
  for (const p of provinces) {
    for (const written of p.writtenNames) {
      if (taken.has(written)) continue;
      taken.add(written);
      for (const [form, word] of PROVINCE_BODY_FORMS) {
        const name = /^(tỉnh|thành phố|TP\.?)$/u.test(form) ? p.name : `${expandAbbreviations(form)} ${written}`;
        index.add(`${form} ${written}`, { name, agencyId: p.id, group: null, provinceId: p.id, provinceWord: word });
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

/** The agencies of one field, left to right, without overlaps (the longest reading wins). */
export function findAgencies(text: string, orgs: readonly OrganizationMention[], dir: AgencyDirectory): AgencyHit[] {
  const tokens: readonly Token[] = tokenize(text);
  const index = indexFor(dir);
  const candidates: AgencyHit[] = [];
  for (const m of index.findAll(tokens)) {
    const v = m.value;
    const start = (tokens[m.from] as Token).start;
    const end = (tokens[m.to - 1] as Token).end;
    candidates.push({ start, end, name: v.name, agencyId: v.agencyId, group: v.group, provinceId: v.provinceId, provinceWord: v.provinceWord, needsProvince: false });
  }
  for (const m of orgs) {
    const hit = fromOrganization(m, text, dir);
    if (hit) candidates.push(hit);
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const hits: AgencyHit[] = [];
  for (const c of candidates) {
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
    const p = skipSpaces(this.text.raw, pos);
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
      hits.push(next);
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
