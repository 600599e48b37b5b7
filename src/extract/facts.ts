// The records of the extract stage: StructuredDocument → DocumentFacts.
// Every mention keeps its provenance (field, paragraph index, offsets, extractor name and version)
// so that any number shown anywhere can be traced to its sentence.
import type { Span, StructuredDocument } from '../records.ts';
import type { TaskMention } from './tasks/types.ts';

export type MentionKind = 'person' | 'organization' | 'place' | 'legalRef' | 'date' | 'quantity' | 'topic' | 'task';

export interface MentionBase extends Span {
  kind: MentionKind;
  /** 0..1: how sure the extractor is. Rules that need context to fire give lower values. */
  confidence: number;
  extractor: string;
  extractorVersion: string;
}

export interface PersonMention extends MentionBase {
  kind: 'person';
  /** The person's name alone, NFC, e.g. `Tô Lâm`. */
  name: string;
  /** Title or position as written before or after the name, e.g. `Tổng Bí thư`; null when absent. */
  title: string | null;
}

export interface OrganizationMention extends MentionBase {
  kind: 'organization';
  /** Canonical full name (`Bộ Khoa học và Công nghệ` for `Bộ KH&CN`). */
  name: string;
  /** Organisation class: party, state, ministry, province_body, university, institute, company, international, other. */
  orgType: string;
}

export interface PlaceMention extends MentionBase {
  kind: 'place';
  /**
   * The name as the text writes it, without its level word (`Thanh Hoá`, `Mỹ`, `Nam Định` for an old
   * province); Ho Chi Minh City's short forms (`TP.HCM`) are written out as `Thành phố Hồ Chí Minh`.
   */
  name: string;
  /** The gazetteer's name when the text writes the place otherwise (`Mỹ` → `Hoa Kỳ`): the identity to link by. */
  canonical?: string;
  placeType: 'province' | 'country' | 'region' | 'city' | 'other';
  /** Today's provincial unit, for a province (Nam Định → Ninh Bình); null otherwise. */
  unit: string | null;
  /** The provincial unit that was valid at the document's date, when known. */
  unitAtDate: string | null;
  /**
   * Set when the place is named inside an organisation's name (`UBND tỉnh Điện Biên` → Điện Biên):
   * it locates the body. Conventions that count only free-standing places leave these out.
   */
  within?: 'organization';
}

export interface LegalRefMention extends MentionBase {
  kind: 'legalRef';
  /** Canonical id (`57-NQ/TW`, `13/2023/NĐ-CP`); null for a law named without a number. */
  id: string | null;
  /** Expanded type: Nghị quyết, Quyết định, Nghị định, Luật, …; null when unknown. */
  type: string | null;
  /** Expanded issuer: Trung ương, Thủ tướng Chính phủ, Chính phủ, Quốc hội khóa XV, …; null when unknown. */
  issuer: string | null;
  /** ISO date when `ngày dd/mm/yyyy` follows the reference. */
  date: string | null;
  /** For laws named without a number: the law's name (`Luật Trí tuệ nhân tạo`). */
  lawName: string | null;
}

export interface DatePeriod {
  start: string;
  end: string;
}

export interface DateMention extends MentionBase {
  kind: 'date';
  /** An ISO date (YYYY-MM-DD), or a period with ISO start and end dates. */
  value: string | DatePeriod;
  /**
   * How a missing year was filled in: written with the date, the document's date, the date hint, a
   * year the text states elsewhere (another date, `năm 2025`, a date the day follows), the
   * collection's dominant year, or not at all.
   */
  yearFrom: 'explicit' | 'published' | 'hint' | 'text' | 'collection' | 'none';
}

export type QuantityQualifier = 'exact' | 'about' | 'more_than' | 'less_than' | 'at_least' | 'up_to' | 'range';

export interface QuantityMention extends MentionBase {
  kind: 'quantity';
  /** The number, magnitude words applied (`2,3 triệu tỷ` → 2.3e15); for a range, its lower end. */
  value: number;
  /** Upper end of a range (`16-18%` → 18); null otherwise. */
  valueMax: number | null;
  /** Unit or counted noun phrase (`%`, `trạm 5G`, `doanh nghiệp công nghệ số`, `tỷ đồng`); null when bare. */
  unit: string | null;
  /** For `429/434 đại biểu`: the denominator. */
  of: number | null;
  qualifier: QuantityQualifier;
  stance: 'reported' | 'target';
  /** A position in an order (`top 3`, `xếp hạng 44/139`), not a count: `of` holds the total when given. */
  rank?: boolean;
}

export interface TopicScore {
  kind: 'topic';
  id: string;
  name: string;
  /** 0..1 */
  score: number;
  /** The spans that triggered the topic. */
  evidence: Span[];
  extractor: string;
  extractorVersion: string;
}

export interface DocumentFacts {
  persons: PersonMention[];
  organizations: OrganizationMention[];
  places: PlaceMention[];
  legalRefs: LegalRefMention[];
  dates: DateMention[];
  quantities: QuantityMention[];
  topics: TopicScore[];
  /**
   * Tasks the document assigns: proposals for the task register, never tasks on their own.
   * Optional so that facts built by hand (tests, tools) without the task extractor stay valid.
   */
  tasks?: TaskMention[];
}

/** What an extractor may know beyond the document itself. */
export interface ExtractContext {
  /** ISO date or datetime of the document, used to fill missing years. */
  published: string | null;
  /** User-given date hint (`--date-hint`). */
  dateHint: string | null;
  /** Dominant year of the documents extracted together (a collection), when known. */
  collectionYear: number | null;
}

/** One text field of a document with its position, as extractors see it. */
export interface FieldText {
  field: Span['field'];
  index: number;
  text: string;
}

/** The fields of a document in reading order: title, lede, body paragraphs, captions. */
export function fieldsOf(doc: Pick<StructuredDocument, 'title' | 'lede' | 'body' | 'captions'>): FieldText[] {
  const out: FieldText[] = [];
  if (doc.title) out.push({ field: 'title', index: 0, text: doc.title });
  if (doc.lede) out.push({ field: 'lede', index: 0, text: doc.lede });
  doc.body.forEach((text, index) => out.push({ field: 'body', index, text }));
  doc.captions.forEach((c, index) => out.push({ field: 'caption', index, text: c.text }));
  return out;
}

/** The mentions a document keeps (the store saves them, the link stage reads them): every extracted mention that has a span (topics have evidence lists instead). */
export type MentionRecord =
  | PersonMention
  | OrganizationMention
  | PlaceMention
  | LegalRefMention
  | DateMention
  | QuantityMention
  | TaskMention;

/** A mention or a topic score: what `saveMentions` keeps for one document. */
export type FactRecord = MentionRecord | TopicScore;
