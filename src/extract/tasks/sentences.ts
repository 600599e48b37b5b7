// Tasks written as sentences and list items. A task starts at an anchor, the place where the text
// says who must act:
//   assign   an authority's verb and the agency after it: `Giao Bộ …`, `Thủ tướng yêu cầu Bộ …`;
//   passive  `Nhiệm vụ … được giao cho Bộ …`;
//   subject  an agency followed by a lead marker: `Bộ Tài chính chủ trì …`, `… có trách nhiệm …`,
//            `Bộ Công an: …`; inside a list of assignments, or after `;` following an assignment, a
//            plain verb is enough (`b) Bộ Y tế xây dựng …`);
//   header   a list item under a header naming the agency (`1. Bộ Khoa học và Công nghệ:` then `a) …`).
// From the anchor on: the co-agencies (`phối hợp với …`), the action and its object (the wording),
// the deadline, the product and the assigning document. A sentence may hold several anchors; each
// anchor's clause runs to the next one.
import { splitSentences } from '../../text/sentences.ts';
import type { AgencyHit } from './agencies.ts';
import { sentenceDeadline, type FoundDeadline } from './deadlines.ts';
import { PhraseList, skipPunctuation, skipSpaces, wordBefore } from './phrases.ts';
import { readProduct } from './product-reader.ts';
import { localProvince, spanOf, toTaskAgency, trimmed, type FieldScan, type TaskEnv } from './scan.ts';
import { EXTRACTOR, type TaskAssigner, type TaskMention, type TaskShape } from './types.ts';
import {
  ASSIGNING_DOCUMENT_OPENERS, ASSIGNING_VERBS, CONTEXT_OPENERS, EVENT_ACTIONS, EVENT_NOUNS, LEAD_MARKERS,
  CONSULTATION_ACTIONS, HEAD_TITLES, MAKING_VERBS, NON_AUTHORITY_SUBJECTS, NOT_ASSIGNING_BEFORE, REPORT_MARKERS, SUPERIOR_ADDRESSEES,
  WEAK_ASSIGNING_VERBS, WORDING_TAIL_STARTS,
} from './vocabulary.ts';

const ASSIGN = new PhraseList(ASSIGNING_VERBS);
const NON_AUTHORITY = new PhraseList(NON_AUTHORITY_SUBJECTS);
const MARKERS = new PhraseList(LEAD_MARKERS.map(([m]) => m));
const MARKER_STRENGTH = new Map(LEAD_MARKERS.map(([m, s]) => [m, s]));
const REPORTS = new PhraseList(REPORT_MARKERS);
/** Tense words alone, for the check that lets `đã được giao` through. */
const TENSE = new PhraseList(['đã', 'đang', 'vừa', 'mới', 'sẽ', 'từng', 'cũng đã', 'đã và đang', 'dự kiến sẽ', 'dự kiến', 'chưa', 'không', 'cũng']);
const EVENTS = new PhraseList(EVENT_NOUNS);
const EVENT_DOINGS = new PhraseList(EVENT_ACTIONS);
const OPENERS = new PhraseList(CONTEXT_OPENERS);
const ASSIGNING_OPENERS = new PhraseList(ASSIGNING_DOCUMENT_OPENERS);
const TAIL = new PhraseList(WORDING_TAIL_STARTS);
const ONLY_MAKING = new RegExp(`^\\s*(?:(?:${MAKING_VERBS.join('|')})[\\s,]*(?:và\\s+)?)+$`, 'iu');
const CONSULTATION = new PhraseList(CONSULTATION_ACTIONS);
const FUNCTION_CLAUSE = /^,?\s*(?:theo|căn\s+cứ(?:\s+vào)?|trong\s+phạm\s+vi)\s+chức\s+năng\s*,?\s*nhiệm\s+vụ(?:\s*,?\s*quyền\s+hạn)?(?:\s+(?:được\s+giao|của\s+mình))?\s*,?/iu;
/** Asides before the action: `căn cứ tình hình thực tế của địa phương,`, `trong phạm vi quản lý,`, `theo thẩm quyền,`. */
const ASIDE = /^(?:căn\s+cứ|trên\s+cơ\s+sở|trong\s+phạm\s+vi|theo\s+thẩm\s+quyền|theo\s+quy\s+định)[^,;:]{0,80},\s*/iu;
/** `xây dựng 10 luật`, `ban hành 12 nghị định`: counting work, as reports do. */
const COUNTED_OBJECT = /^\p{L}+(?:\s+\p{L}+)?\s+\d+(?:[.,]\d+)?\s+\p{L}/u;
const PARTNERS = /^phối\s+hợp(?:\s+chặt\s+chẽ)?(?:\s+với)?\s+/iu;
const RESPONSIBLE = /^(?:có|chịu)\s+trách\s+nhiệm(?:\s+chính)?\s*/iu;
const STANDING = /^là\s+cơ\s+quan\s+(?:chủ\s+trì|thường\s+trực|đầu\s+mối)\s*,?\s*/iu;
const ASSIGNED = /^(?:được\s+giao(?:\s+nhiệm\s+vụ)?)\s*/iu;
const URGENT = /^(?:khẩn\s+trương|cần|phải|chủ\s+động)\s+/iu;
const LEAD = /^chủ\s+trì\s*,?\s*/iu;
const IN_CHARGE_OF = /^(?:về\s+việc|về)\s+/iu;
/** A list item's number or bullet: `- `, `a) `, `1. `, `II. `, `(3) `. */
export const ENUMERATOR = /^\s*(?:[-–—•+*]|\(?\d{1,3}[.)]|\(?[a-zđ][.)]|[IVXLC]{1,6}[.)])\s+/u;
/** A nominalised task before `được giao cho`: `Nhiệm vụ xây dựng … được giao cho Bộ …`. */
const TASK_NOUN = /^(?:nhiệm\s+vụ|việc)\s+/iu;
const TITLES = new PhraseList(HEAD_TITLES);
const VAGUE_NOMINAL = /^(?:(?:các|những|mọi)\s+)?(?:nhiệm\s+vụ|việc|nội\s+dung|công\s+việc)?(?:\s*(?:này|đó|trên|nói\s+trên|sau|nêu\s+trên|còn\s+lại))?$/iu;
/** A lead-in's wording (`… được giao nhiệm vụ cụ thể như sau:`): the tasks follow, this is none. */
const LEAD_IN_WORDING = /^(?:(?:thực\s+hiện\s+)?(?:các\s+|những\s+)?(?:nhiệm\s+vụ|nội\s+dung)\s+)?(?:cụ\s+thể\s+)?(?:như\s+sau|sau\s+đây|sau)\s*:?$/iu;
/** Work reported as done (`triển khai thành công …`): news, unless a deadline makes it a target. */
const DONE_WORDS = /(?<![\p{L}])(?:thành\s+công|đã\s+xong)(?![\p{L}])/iu;

type Strength = 'strong' | 'weak';

interface Anchor {
  kind: 'assign' | 'passive' | 'subject' | 'header';
  /** Where the clause begins. */
  start: number;
  leads: AgencyHit[];
  afterLeads: number;
  strength: Strength;
  /** For a passive anchor: the task as a noun phrase before `được giao cho`. */
  nominal?: { start: number; end: number };
  /** `chủ trì` read right after the leads (`chủ trì hội nghị` is an event). */
  chairs?: boolean;
  /** For a header anchor: the partners its header names. */
  partners?: AgencyHit[];
  /** An agency and a plain verb outside a list: a task only with a deadline ahead and an expected product. */
  plain?: boolean;
  /** `Bộ …: a) …; b) …`: the agency's items follow in the same paragraph. */
  colon?: boolean;
}

/** What a paragraph's place in a list of assignments tells about it. */
export interface ListItemContext {
  /** Inside a list of assignments: a plain verb after an agency assigns. */
  inList: boolean;
  /**
   * The agency of a list header the item falls under (`1. Bộ Khoa học và Công nghệ:`, `Giao Bộ … chủ
   * trì, phối hợp với các cơ quan liên quan:`), with the partners the header names.
   */
  headerLead: ListHeader | null;
  /** The assigning document the list's lead-in names. */
  assignedBy: TaskAssigner | null;
}

export interface ListHeader {
  hit: AgencyHit;
  partners: AgencyHit[];
  scan: FieldScan;
}

const NO_LIST: ListItemContext = { inList: false, headerLead: null, assignedBy: null };

/** The marker at `pos` with its strength, or null. */
function markerAt(scan: FieldScan, pos: number): { end: number; strength: Strength; phrase: string } | null {
  const end = MARKERS.at(scan.text, pos);
  if (end < 0) return null;
  const phrase = scan.text.key.slice(pos, end).toLowerCase().replace(/\s+/gu, ' ').replace(/\s*,\s*/gu, ', ');
  return { end, strength: MARKER_STRENGTH.get(phrase) ?? 'weak', phrase };
}

/** `Đề nghị` and `yêu cầu` assign only when those asking have authority: not delegates, experts, businesses. */
function askedByNonAuthority(scan: FieldScan, from: number, verbStart: number): boolean {
  return NON_AUTHORITY.all(scan.text, from, verbStart).length > 0;
}

/**
 * Where a body stands, for telling an assignment (down or across) from a request (up): the centre
 * of the Party and State 3, ministries and their peers 2, provinces 1, provincial departments and
 * communes 0; null when unknown.
 */
const KIND_RANK: Readonly<Record<string, number>> = { party: 3, assembly: 3, government: 3, ministry: 2, agency: 2, province: 1, former_province: 1 };
const GROUP_RANK: Readonly<Record<string, number>> = { 'bo-nganh': 2, 'bo-nganh-dia-phuong': 2, 'dia-phuong': 1, 'cap-uy': 1, 'so-nganh': 0, 'cap-xa': 0, 'cap-huyen': 0 };

function rankOf(hit: AgencyHit, env: TaskEnv): number | null {
  if (hit.group) return GROUP_RANK[hit.group] ?? null;
  if (hit.agencyId) return KIND_RANK[env.directory.kindOf(hit.agencyId) ?? ''] ?? null;
  if (hit.homeGovernment) return 1;
  if (hit.needsProvince || /^Sở\s/u.test(hit.name)) return 0;
  return null;
}

function assignAnchors(scan: FieldScan, from: number, to: number, env: TaskEnv): Anchor[] {
  const raw = scan.text.raw;
  const out: Anchor[] = [];
  for (const verb of ASSIGN.all(scan.text, from, to)) {
    const before = wordBefore(raw, verb.start);
    const passive = before === 'được';
    if (NOT_ASSIGNING_BEFORE.includes(before) && !passive) continue;
    const verbText = raw.slice(verb.start, verb.end).toLowerCase();
    if (passive && !verbText.startsWith('giao')) continue;
    let p = skipSpaces(raw, verb.end);
    if (raw[p] === ':') p = p + 1;
    const list = scan.agencies.listAt(p);
    if (list.hits.length === 0) continue;
    const clauseFrom = Math.max(from, raw.lastIndexOf(';', verb.start) + 1);
    // Who asks: the words since the last comma (`Tại buổi làm việc với doanh nghiệp, Thủ tướng yêu cầu …`).
    const askerFrom = Math.max(clauseFrom, raw.lastIndexOf(',', verb.start) + 1);
    if (/yêu cầu|đề nghị|phân công/u.test(verbText) && askedByNonAuthority(scan, askerFrom, verb.start)) continue;
    const addressee = list.hits[0] as AgencyHit;
    // `UBND tỉnh … đề nghị Bộ …`, `Bộ … đề nghị Chính phủ …`: asking a body above is no assignment.
    const asker = scan.agencies.within(askerFrom, verb.start).at(-1);
    const askerRank = asker ? rankOf(asker, env) : null;
    const addresseeRank = rankOf(addressee, env);
    if (askerRank !== null && addresseeRank !== null && askerRank < addresseeRank) continue;
    if (verbText === 'đề nghị' && SUPERIOR_ADDRESSEES.some((a) => a === addressee.agencyId || a === addressee.name)) continue;
    if (verbText === 'đề nghị' && CONSULTATION.at(scan.text, skipSpaces(raw, list.end)) >= 0) continue;
    if (passive) {
      const wordFrom = skipSpaces(raw, clauseFrom);
      const noun = TASK_NOUN.exec(raw.slice(wordFrom, verb.start));
      const nominalStart = noun ? wordFrom + noun[0].length : wordFrom;
      const nominalEnd = raw.toLowerCase().lastIndexOf('được', verb.start);
      // `Các nhiệm vụ này được giao cho …` points back to tasks named elsewhere: no task of its own here.
      if (VAGUE_NOMINAL.test(raw.slice(nominalStart, nominalEnd).trim())) continue;
      out.push({ kind: 'passive', start: wordFrom, leads: list.hits, afterLeads: list.end, strength: 'strong', nominal: trimmed(raw, nominalStart, nominalEnd) });
      continue;
    }
    out.push({ kind: 'assign', start: verb.start, leads: list.hits, afterLeads: list.end, strength: WEAK_ASSIGNING_VERBS.has(verbText) ? 'weak' : 'strong' });
  }
  return out;
}

/** Places where an agency may open a clause as its subject, with whether a plain verb may follow it. */
function subjectPlaces(scan: FieldScan, from: number, to: number, item: ListItemContext, hasAssign: boolean): Array<{ pos: number; plainVerb: boolean; afterComma: boolean }> {
  const raw = scan.text.raw;
  const places: Array<{ pos: number; plainVerb: boolean; afterComma: boolean }> = [];
  const enumerator = ENUMERATOR.exec(raw.slice(from, to));
  const start = from + (enumerator ? enumerator[0].length : 0);
  places.push({ pos: start, plainVerb: item.inList, afterComma: false });
  for (let i = start; i < to; i++) {
    const ch = raw[i];
    if (ch === ';') places.push({ pos: i + 1, plainVerb: hasAssign || item.inList, afterComma: false });
    else if (ch === ',' && OPENERS.at(scan.text, start) >= 0) {
      places.push({ pos: i + 1, plainVerb: false, afterComma: true });
    }
  }
  return places;
}

function subjectAnchor(scan: FieldScan, place: { pos: number; plainVerb: boolean; afterComma: boolean }): Anchor | null {
  const raw = scan.text.raw;
  const list = scan.agencies.listAt(place.pos);
  if (list.hits.length === 0) return null;
  const start = skipSpaces(raw, place.pos);
  let p = list.end;
  const fn = FUNCTION_CLAUSE.exec(raw.slice(p));
  if (fn) p += fn[0].length;
  p = skipSpaces(raw, p);
  // `Bộ Công Thương, Bộ Tài chính theo chức năng, nhiệm vụ được giao hướng dẫn …`: the formula assigns.
  const byFunction = fn !== null && !place.afterComma;
  if (raw[p] === ':') return { kind: 'subject', start, leads: list.hits, afterLeads: p + 1, strength: 'strong', colon: true };
  if (raw[p] === ',') p = skipSpaces(raw, p + 1);
  const tense = TENSE.at(scan.text, p);
  if (tense >= 0) {
    // `đã được giao chủ trì …` reports an assignment; `đã ban hành …` reports work done.
    const q = skipSpaces(raw, tense);
    if (!ASSIGNED.test(raw.slice(q))) return null;
    p = q;
  }
  const marker = markerAt(scan, p);
  if (marker) {
    if (place.afterComma && marker.strength === 'weak') return null;
    // `Bộ trưởng Bộ … chủ trì` is a minister chairing a meeting; an assignment names the ministry.
    if (TITLES.at(scan.text, start) >= 0 && /^(?:chủ trì|phối hợp)/u.test(marker.phrase)) return null;
    const chairs = marker.phrase === 'chủ trì';
    // Outside a list, `Sở … phối hợp với Trường … tổ chức …` is as often news of joint work as an
    // assignment: partnering assigns there only with a deadline or an expected product.
    const unlisted = !place.plainVerb && /^phối hợp/u.test(marker.phrase);
    // Markers that are part of the action (`theo dõi, đôn đốc …`, `lãnh đạo, chỉ đạo …`) stay in the
    // wording: the preamble reads only `chủ trì`, `phối hợp với …`, `có trách nhiệm` and the like.
    return { kind: 'subject', start, leads: list.hits, afterLeads: p, strength: unlisted ? 'weak' : marker.strength, chairs };
  }
  if (REPORTS.at(scan.text, p) >= 0 || !/^\p{Ll}/u.test(raw.slice(p, p + 1))) return null;
  if (place.plainVerb || byFunction) return { kind: 'subject', start, leads: list.hits, afterLeads: p, strength: 'strong' };
  // `Bộ Tài chính nghiên cứu …, báo cáo Thủ tướng Chính phủ trong tháng 10 năm 2025.` (the style of a
  // notice of conclusions): a plain verb assigns when the clause sets a deadline still ahead and
  // expects a document or a report. Checked when the task is built.
  if (place.afterComma) return null;
  return { kind: 'subject', start, leads: list.hits, afterLeads: p, strength: 'weak', plain: true };
}

/** After the leads: `chủ trì, phối hợp với …`, `theo chức năng, nhiệm vụ được giao`, `có trách nhiệm`, a deadline put first. */
function readPreamble(scan: FieldScan, anchor: Anchor, clauseEnd: number): { actionStart: number; partners: AgencyHit[]; chairs: boolean } {
  const raw = scan.text.raw;
  const partners: AgencyHit[] = [];
  let chairs = anchor.chairs ?? false;
  let p = anchor.afterLeads;
  for (let guard = 0; guard < 12 && p < clauseEnd; guard++) {
    p = skipPunctuation(raw, p, ',:');
    const enumerator = /^(?:\(?[a-zđ0-9][).]|[-–—•+])\s+/u.exec(raw.slice(p, clauseEnd));
    if (enumerator) p += enumerator[0].length;
    const rest = raw.slice(p, clauseEnd);
    const fn = FUNCTION_CLAUSE.exec(rest) ?? STANDING.exec(rest) ?? ASSIGNED.exec(rest) ?? URGENT.exec(rest) ?? ASIDE.exec(rest);
    if (fn && fn[0].length > 0) {
      p += fn[0].length;
      continue;
    }
    const lead = LEAD.exec(rest);
    if (lead) {
      chairs = true;
      p += lead[0].length;
      continue;
    }
    const responsible = RESPONSIBLE.exec(rest);
    if (responsible) {
      p += responsible[0].length;
      // `chịu trách nhiệm trước Thủ tướng Chính phủ về việc …`: to whom is not a partner.
      const before = /^trước\s+/iu.exec(raw.slice(p, clauseEnd));
      if (before) {
        const to = scan.agencies.at(p + before[0].length);
        if (to) p = to.end;
      }
      const about = IN_CHARGE_OF.exec(raw.slice(skipSpaces(raw, p), clauseEnd));
      if (about) p = skipSpaces(raw, p) + about[0].length;
      continue;
    }
    const partner = PARTNERS.exec(rest);
    if (partner) {
      const list = scan.agencies.listAt(p + partner[0].length);
      if (list.hits.length === 0) break;
      partners.push(...list.hits);
      p = list.end;
      continue;
    }
    // `trước ngày 15/8/2025 hoàn thành …`: a deadline before the action.
    const date = scan.dates.find((d) => d.start >= p && d.start <= p + 12 && /^(?:trước|trong|chậm nhất)\s/iu.test(raw.slice(p, d.start + 1)));
    if (date && /^[\s,]*$/u.test(raw.slice(p, date.start).replace(/^(?:trước|trong|chậm nhất)\s*(?:ngày)?/iu, ''))) {
      p = date.end;
      continue;
    }
    break;
  }
  return { actionStart: skipPunctuation(raw, p, ',:'), partners, chairs };
}

/** Where the wording stops: a deadline, a submission (`, trình …`), a report, `;`, the clause's end. */
function wordingEnd(scan: FieldScan, actionStart: number, clauseEnd: number, deadline: FoundDeadline | null): number {
  const raw = scan.text.raw;
  let end = clauseEnd;
  if (deadline) {
    const cut = deadline.cueStart > actionStart + 1 ? deadline.cueStart : deadline.shortCueStart;
    if (cut > actionStart + 1 && cut < end) end = cut;
  }
  const semicolon = raw.indexOf(';', actionStart);
  if (semicolon >= 0 && semicolon < end) end = semicolon;
  for (const t of TAIL.all(scan.text, actionStart, end)) {
    if (t.start <= actionStart + 1) continue;
    // Only after a comma, or for `trình`/`báo cáo` followed by whom they go to.
    const comma = /,\s*$/u.test(raw.slice(actionStart, t.start));
    const toWhom = /^(?:trình|để trình|báo cáo|và báo cáo)\s+(?:\p{Lu}|cấp|kết quả|tình hình)/u.test(raw.slice(t.start, t.start + 30));
    // `xây dựng, trình Chính phủ ban hành Nghị định …`: the object comes after the submission; a
    // verb alone (`tổng hợp, báo cáo Ban Chỉ đạo kết quả …`) is no wording either.
    const before = raw.slice(actionStart, t.start);
    if (ONLY_MAKING.test(before) || before.replace(/[,\s]+$/u, '').split(/\s+/u).length <= 2) continue;
    if (comma || toWhom) {
      end = comma ? t.start - (/,\s*$/u.exec(raw.slice(actionStart, t.start))?.[0].length ?? 0) : t.start;
      break;
    }
  }
  return end;
}

/** `Tại Nghị quyết số 03/NQ-CP, Chính phủ giao …`, `Thông báo số 45-TB/VPTW giao …`: the assigning document. */
function assignerIn(scan: FieldScan, sentenceStart: number, anchor: Anchor): TaskAssigner | null {
  const raw = scan.text.raw;
  const opener = ASSIGNING_OPENERS.at(scan.text, skipSpaces(raw, sentenceStart)) >= 0;
  for (const ref of scan.refs) {
    if (ref.start < sentenceStart || ref.end > anchor.start) continue;
    const between = raw.slice(ref.end, anchor.start);
    const subject = anchor.kind === 'assign' && /^(?:\s+ngày\s+[\d/]+)?(?:\s+(?:của\s+)?[^,;]{0,80}?)?\s*,?\s*(?:(?:đã|vừa)\s+)?$/u.test(between);
    if (opener || subject) return { id: ref.id, span: spanOf(scan.field, ref.start, ref.end) };
  }
  return null;
}

/** A deadline not before the document's date (recurring ones always are): an assignment looks ahead. */
function deadlineAhead(deadline: FoundDeadline, env: TaskEnv): boolean {
  if (deadline.value === null || !env.ctx.published) return true;
  return deadline.value >= env.ctx.published.slice(0, 10);
}

function startsWithEvent(scan: FieldScan, pos: number): boolean {
  const raw = scan.text.raw;
  const organise = /^(?:phối\s+hợp\s+)?tổ\s+chức\s+/iu.exec(raw.slice(pos));
  return EVENTS.at(scan.text, organise ? pos + organise[0].length : pos) >= 0 || EVENT_DOINGS.at(scan.text, pos) >= 0;
}

interface Clause {
  start: number;
  end: number;
  /** The sentence's start: its opener (`Tại Nghị quyết …,`) and the province it names hold for every clause. */
  sentenceStart: number;
  /** Where the task's deadline may be written: from the sentence's start for its first clause. */
  dateFrom: number;
}

function buildTask(scan: FieldScan, anchor: Anchor, clause: Clause, item: ListItemContext, shape: TaskShape, env: TaskEnv): TaskMention | null {
  const raw = scan.text.raw;
  const preamble = anchor.kind === 'passive' ? { actionStart: anchor.afterLeads, partners: [], chairs: false } : readPreamble(scan, anchor, clause.end);
  const actionStart = preamble.actionStart;
  if (anchor.kind === 'passive') {
    // `… được giao cho Bộ Công an chủ trì thực hiện, hoàn thành …`: partners may follow the lead.
    const after = readPreamble(scan, { ...anchor, kind: 'assign' }, clause.end);
    preamble.partners.push(...after.partners);
  }
  const deadline = sentenceDeadline(scan.text, { from: clause.dateFrom, to: clause.end, refs: scan.refs, agencies: scan.agencies.hits }, env.ctx, scan.dates);
  const wordingRange =
    anchor.kind === 'passive' && anchor.nominal ? anchor.nominal : trimmed(raw, actionStart, wordingEnd(scan, actionStart, clause.end, deadline));
  const wording = raw.slice(wordingRange.start, wordingRange.end);
  if (wording.split(/\s+/u).length < 2 || LEAD_IN_WORDING.test(wording)) return null;
  // A task's wording starts with what to do; `giao cho các bộ 330 nhiệm vụ` counts tasks given.
  if (/^\d/u.test(wording)) return null;
  // `… đã giao Sở Tài chính chủ trì, tuy nhiên đến nay …`: no action is named, only how things stand.
  if (/^(?:tuy\s+nhiên|nhưng|song|đến\s+nay|hiện\s+nay|trong\s+đó)(?![\p{L}])/iu.test(wording)) return null;
  // `… giao các cơ quan triển khai các nhiệm vụ sau:`: a lead-in; its items are the tasks.
  if (raw.slice(clause.start, clause.end).trimEnd().endsWith(':')) return null;
  if ((DONE_WORDS.test(wording) || COUNTED_OBJECT.test(wording)) && !deadline) return null;
  // `chủ trì hội nghị`, `phối hợp tổ chức hội thảo`: an event, not a task, unless it has a deadline.
  if ((preamble.chairs && EVENTS.at(scan.text, preamble.actionStart) >= 0) || (startsWithEvent(scan, wordingRange.start) && !deadline)) return null;
  const tail = { start: wordingRange.end, end: clause.end };
  const product = readProduct(raw, { wording: wordingRange, tail }, scan.agencies);
  if (anchor.strength === 'weak' && !deadline && !product) return null;
  if (anchor.plain && !(deadline && product && deadlineAhead(deadline, env))) return null;
  const local = localProvince(scan, clause.sentenceStart, anchor.leads[0]?.start ?? clause.start, env.directory);
  const leadHit = anchor.leads[0] as AgencyHit;
  const leadScan = anchor.kind === 'header' && item.headerLead ? item.headerLead.scan : scan;
  const lead = toTaskAgency(leadHit, leadScan.field, local, env);
  const headerPartners = (anchor.partners ?? []).map((h) => toTaskAgency(h, leadScan.field, local, env));
  const coAgencies = [...headerPartners, ...[...anchor.leads.slice(1), ...preamble.partners].map((h) => toTaskAgency(h, scan.field, local, env))];
  const span = trimmed(raw, clause.start, clause.end);
  let confidence = anchor.kind === 'assign' || anchor.kind === 'passive' ? 0.9 : anchor.kind === 'header' ? 0.8 : anchor.plain ? 0.75 : 0.85;
  if (anchor.strength === 'weak') confidence -= 0.15;
  if (!deadline && !product) confidence -= 0.1;
  return {
    kind: 'task',
    ...spanOf(scan.field, span.start, span.end),
    wording,
    lead,
    coAgencies,
    product,
    deadline: deadline
      ? { value: deadline.value, precision: deadline.precision, yearFrom: deadline.yearFrom, span: spanOf(scan.field, deadline.start, deadline.end) }
      : null,
    assignedBy: assignerIn(scan, clause.sentenceStart, anchor) ?? item.assignedBy,
    shape,
    confidence: Math.round(confidence * 100) / 100,
    extractor: EXTRACTOR.name,
    extractorVersion: EXTRACTOR.version,
  };
}

/** The anchors of one sentence, in text order; anchors inside another's leads are dropped. */
function anchorsOf(scan: FieldScan, from: number, to: number, item: ListItemContext, first: boolean, env: TaskEnv): Anchor[] {
  const assigns = assignAnchors(scan, from, to, env);
  const anchors: Anchor[] = [...assigns];
  const covered = (pos: number) => anchors.some((a) => pos >= a.start && pos < a.afterLeads);
  for (const place of subjectPlaces(scan, from, to, item, assigns.length > 0)) {
    const p = skipSpaces(scan.text.raw, place.pos);
    if (covered(p) || anchors.some((a) => a.leads[0]?.start === p)) continue;
    // The addressee of an assigning verb is no subject of its own.
    if (assigns.some((a) => a.leads.some((h) => h.start === p))) continue;
    const anchor = subjectAnchor(scan, place);
    if (anchor) anchors.push(anchor);
  }
  // `Bộ Tài chính: a) …; b) …`: each item after a semicolon is a task of the agency before the colon.
  for (const place of subjectPlaces(scan, from, to, item, false)) {
    const p = skipSpaces(scan.text.raw, place.pos);
    const enumerator = ENUMERATOR.exec(scan.text.raw.slice(p, to));
    if (!enumerator || p === from || anchors.some((a) => a.start >= p && a.start <= p + enumerator[0].length)) continue;
    const owner = anchors.filter((a) => a.colon && a.start < p).at(-1);
    if (!owner) continue;
    const start = p + enumerator[0].length;
    anchors.push({ kind: 'header', start, leads: [owner.leads[0] as AgencyHit], afterLeads: start, strength: 'strong', partners: owner.leads.slice(1) });
  }
  if (anchors.length === 0 && item.headerLead && first) {
    const enumerator = ENUMERATOR.exec(scan.text.raw.slice(from, to));
    const start = from + (enumerator ? enumerator[0].length : 0);
    anchors.push({ kind: 'header', start, leads: [item.headerLead.hit], afterLeads: start, strength: 'strong', partners: item.headerLead.partners });
  }
  return anchors.sort((a, b) => a.start - b.start);
}

/** The start of the text that separates a clause from the next anchor: ` và `, `, đồng thời`, `;`. */
function clauseEndBefore(raw: string, from: number, nextStart: number): number {
  const m = /(?:[\s,;]+(?:và|đồng thời|đồng thời,)?[\s,;]*)$/u.exec(raw.slice(from, nextStart));
  return m ? nextStart - m[0].length : nextStart;
}

/** Tasks in one field's sentences. `item` is the field's place in a list of assignments. */
export function sentenceTasks(scan: FieldScan, item: ListItemContext | null, env: TaskEnv): TaskMention[] {
  const raw = scan.text.raw;
  const context = item ?? NO_LIST;
  const out: TaskMention[] = [];
  const sentences = splitSentences(raw);
  sentences.forEach((sentence, k) => {
    // A list item's context holds for its first sentence; later sentences stand alone.
    const itemHere = k === 0 ? context : { ...NO_LIST, assignedBy: context.assignedBy };
    const anchors = anchorsOf(scan, sentence.start, sentence.end, itemHere, k === 0, env);
    anchors.forEach((anchor, i) => {
      const next = anchors[i + 1];
      const end = next ? clauseEndBefore(raw, anchor.start, next.start) : sentence.end;
      // Dates before the anchor (`Trong tháng 7/2025, Thủ tướng đã giao …`) say when the task was given, not by when.
      const clause = { start: anchor.start, end, sentenceStart: sentence.start, dateFrom: anchor.start };
      const shape: TaskShape = itemHere.inList || anchor.kind === 'header' ? 'list' : 'sentence';
      const task = buildTask(scan, anchor, clause, itemHere, shape, env);
      if (task) out.push(task);
    });
  });
  return out;
}

/**
 * A paragraph that names who acts and then opens a list (`1. Bộ Khoa học và Công nghệ:`, `Giao Bộ
 * Khoa học và Công nghệ chủ trì, phối hợp với các cơ quan liên quan:`): the lead and partners of the
 * items below it.
 */
export function listHeader(scan: FieldScan, env: TaskEnv): ListHeader | null {
  const raw = scan.text.raw;
  if (!raw.trimEnd().endsWith(':')) return null;
  const anchor = anchorsOf(scan, 0, raw.length, { inList: true, headerLead: null, assignedBy: null }, true, env)[0];
  if (!anchor || anchor.kind === 'header' || anchor.kind === 'passive') return null;
  const preamble = readPreamble(scan, anchor, raw.length);
  if (raw.slice(preamble.actionStart).trim() !== '') return null;
  return { hit: anchor.leads[0] as AgencyHit, partners: [...anchor.leads.slice(1), ...preamble.partners], scan };
}
