// What the task rules need to know about one field, worked out once: its agencies, dates and cited
// documents with their offsets; and the document-wide facts they share (the province a document is
// about, for departments named without it).
import type { ExtractContext, FieldText, LegalRefMention, OrganizationMention } from '../facts.ts';
import type { Span, StructuredDocument } from '../../records.ts';
import { extractOrganizations } from '../organizations.ts';
import { dateCandidates } from '../dates.ts';
import { selectNonOverlapping } from '../dates/select.ts';
import type { DateCandidate } from '../dates/lexicon.ts';
import type { AgencyDirectory } from './agency-directory.ts';
import { FieldAgencies, findAgencies, type AgencyHit } from './agencies.ts';
import { matchText, type MatchText } from './phrases.ts';
import type { TaskAgency } from './types.ts';

export interface FieldScan {
  field: FieldText;
  text: MatchText;
  agencies: FieldAgencies;
  dates: DateCandidate[];
  refs: LegalRefMention[];
}

/** The province a document is about (its government issued it, or its title names it). */
export interface HomeProvince {
  id: string;
  /** `tỉnh` or `thành phố`, as the document writes it. */
  word: string;
  /** The province's name as written after that word: `Điện Biên`, `Hồ Chí Minh`. */
  name: string;
}

export interface TaskEnv {
  ctx: ExtractContext;
  directory: AgencyDirectory;
  home: HomeProvince | null;
}

const sameField = (a: { field: string; index: number }, b: { field: string; index: number }) => a.field === b.field && a.index === b.index;

export function scanField(
  field: FieldText, orgs: readonly OrganizationMention[], refs: readonly LegalRefMention[], directory: AgencyDirectory, ctx: ExtractContext,
): FieldScan {
  const text = matchText(field.text);
  const hits = isRowText(field.text)
    ? cellAgencies(field.text, directory, ctx)
    : findAgencies(field.text, orgs.filter((o) => sameField(o, field)), directory);
  let dates: DateCandidate[] | null = null;
  return {
    field,
    text,
    agencies: new FieldAgencies(text, hits),
    // Read when a rule asks (a clause with an anchor, a table cell): most fields have no task, and
    // dates were a quarter of the extractor's time.
    get dates(): DateCandidate[] {
      dates ??= selectNonOverlapping(dateCandidates(field.text, ctx));
      return dates;
    },
    refs: refs.filter((r) => sameField(r, field)),
  };
}

/** A paragraph that is a table row flattened with ` | ` or tabs between its cells. */
export function isRowText(text: string): boolean {
  return (text.match(/\|/g)?.length ?? 0) >= 2 || (text.match(/\t/g)?.length ?? 0) >= 2;
}

/**
 * A row's agencies, read cell by cell: the organisation reader would run a name on from one cell
 * into the next (`Sở Y tế⇥Sở Giáo dục …`), since nothing in a name's words says where a cell ends.
 */
function cellAgencies(text: string, directory: AgencyDirectory, ctx: ExtractContext): AgencyHit[] {
  const hits: AgencyHit[] = [];
  for (const m of text.matchAll(/[^|\t]+/gu)) {
    const cell = m[0];
    if (cell.trim() === '') continue;
    const doc = { ...EMPTY_DOCUMENT, body: [cell] };
    const found = findAgencies(cell, extractOrganizations(doc, ctx), directory);
    for (const h of found) hits.push({ ...h, start: h.start + m.index, end: h.end + m.index });
  }
  return hits;
}

const EMPTY_DOCUMENT: StructuredDocument = {
  kind: 'article', title: null, published: null, publishedPrecision: 'unknown', author: null, authorNote: null, site: null,
  category: null, lede: null, body: [], captions: [], related: [], parent: null, url: null,
};

export function provinceOf(hit: AgencyHit, directory: AgencyDirectory): HomeProvince | null {
  if (!hit.provinceId) return null;
  const entry = directory.provinces.find((p) => p.id === hit.provinceId);
  if (!entry) return null;
  return { id: entry.id, word: hit.provinceWord ?? 'tỉnh', name: entry.name.replace(/^Thành phố\s+/u, '') };
}

/** The first province a document's title or text names through its government or as a place. */
export function homeProvince(scans: readonly FieldScan[], directory: AgencyDirectory): HomeProvince | null {
  for (const scan of scans) {
    for (const hit of scan.agencies.hits) {
      const province = provinceOf(hit, directory);
      if (province) return province;
    }
  }
  return null;
}

export function spanOf(field: FieldText, start: number, end: number): Span {
  return { field: field.field, index: field.index, start, end, text: field.text.slice(start, end) };
}

/** Trims spaces and the punctuation that ends a clause from both ends of [start, end). */
export function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /[\s,;:.]/u.test(text[s] as string)) s++;
  while (e > s && /[\s,;:.]/u.test(text[e - 1] as string)) e--;
  return { start: s, end: e };
}

/**
 * A task agency from a hit. A department written without its province (`Sở Tài chính`) takes the
 * province of the body that assigns to it in the same sentence, else the document's.
 */
export function toTaskAgency(hit: AgencyHit, field: FieldText, local: HomeProvince | null, env: TaskEnv): TaskAgency {
  const span = spanOf(field, hit.start, hit.end);
  const province = hit.needsProvince || hit.homeGovernment ? (local ?? env.home) : null;
  if (province && hit.homeGovernment) return { name: `Ủy ban nhân dân ${province.word} ${province.name}`, agencyId: province.id, group: null, span };
  // `Công an tỉnh`, `Văn phòng Tỉnh ủy` already say what the province is to them: its name follows.
  const name = !province ? hit.name : /(?:tỉnh|thành phố|Tỉnh ủy|Thành ủy)$/u.test(hit.name) ? `${hit.name} ${province.name}` : `${hit.name} ${province.word} ${province.name}`;
  return { name, agencyId: hit.agencyId, group: hit.group, span };
}

/** The province named last before `pos` in [from, pos) of a field: `UBND tỉnh Lào Cai giao Sở …`. */
export function localProvince(scan: FieldScan, from: number, pos: number, directory: AgencyDirectory): HomeProvince | null {
  let found: HomeProvince | null = null;
  for (const hit of scan.agencies.hits) {
    if (hit.start < from || hit.end > pos) continue;
    found = provinceOf(hit, directory) ?? found;
  }
  return found;
}
