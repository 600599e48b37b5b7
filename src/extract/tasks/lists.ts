// Lists of assignments across paragraphs. Official texts give tasks as a list under a lead-in
// (`Thủ tướng Chính phủ giao:`, `Điều 3. Tổ chức thực hiện`), one agency per item (`a) Bộ Tài chính
// …`, `- Bộ Y tế: …`), or under an agency's header (`1. Bộ Khoa học và Công nghệ:` then `a) Chủ trì
// …`, `b) …`). This reads each body paragraph's place in such a list for the sentence rules.
import { ASSIGNING_VERBS, LIST_LEAD_INS } from './vocabulary.ts';
import { PhraseList } from './phrases.ts';
import { ENUMERATOR, listHeader, type ListItemContext } from './sentences.ts';
import type { FieldScan, TaskEnv } from './scan.ts';
import { spanOf } from './scan.ts';
import type { TaskAssigner } from './types.ts';

const ASSIGN = new PhraseList(ASSIGNING_VERBS);
const LEAD_INS = new PhraseList(LIST_LEAD_INS);

/** A lead-in: ends with a colon and assigns (`… giao:`, `yêu cầu:`, `như sau:`), or a short heading on carrying out a text. */
function isLeadIn(scan: FieldScan): boolean {
  const raw = scan.text.raw.trim();
  const assigns = ASSIGN.all(scan.text).length > 0 || LEAD_INS.all(scan.text).length > 0;
  if (raw.endsWith(':')) return assigns;
  return raw.split(/\s+/u).length <= 8 && LEAD_INS.all(scan.text).length > 0;
}

function startsWithAgency(scan: FieldScan): boolean {
  const enumerator = ENUMERATOR.exec(scan.text.raw);
  return scan.agencies.at(enumerator ? enumerator[0].length : 0) !== null;
}

/** The lead-in's assigning document: `Tại Quyết định số …, Thủ tướng giao:`. */
function leadInAssigner(scan: FieldScan): TaskAssigner | null {
  const ref = scan.refs.find((r) => r.id !== null && /^\s*(?:Tại|Theo)\s/u.test(scan.text.raw.slice(0, r.start)));
  return ref ? { id: ref.id, span: spanOf(scan.field, ref.start, ref.end) } : null;
}

/** Each body paragraph's list context, in order (null: not in a list). */
export function listContexts(scans: readonly FieldScan[], env: TaskEnv): Array<ListItemContext | null> {
  const out: Array<ListItemContext | null> = [];
  let inList = false;
  let header: ListItemContext['headerLead'] = null;
  let assignedBy: TaskAssigner | null = null;
  for (const scan of scans) {
    const itemLike = ENUMERATOR.test(scan.text.raw) || startsWithAgency(scan);
    const newHeader = listHeader(scan, env);
    if (newHeader) {
      inList = true;
      header = newHeader;
      out.push(null);
      continue;
    }
    if (isLeadIn(scan)) {
      inList = true;
      header = null;
      assignedBy = leadInAssigner(scan);
      out.push(null);
      continue;
    }
    if (inList && itemLike) {
      out.push({ inList: true, headerLead: header, assignedBy });
      continue;
    }
    inList = false;
    header = null;
    assignedBy = null;
    out.push(null);
  }
  return out;
}
