// The record of the task extractor: one task that a sentence, a list item or a table row assigns to
// an agency. Shaped like the other mentions (src/extract/facts.ts): span fields, confidence,
// extractor name and version. Extracted tasks are proposals for an editor to review, never facts
// that enter the task register on their own.
import type { MentionBase } from '../facts.ts';
import type { Span } from '../../records.ts';
import type { CollectiveGroup } from './collectives.ts';
import type { ProductType } from './products.ts';

export const EXTRACTOR = { name: 'tasks', version: '1.0.0' } as const;

/** An agency named in a task: lead or co-agency. */
export interface TaskAgency {
  /** Canonical name (`Bộ Khoa học và Công nghệ` for `Bộ KH&CN`); a provincial department carries its province. */
  name: string;
  /** Id in the programme pack's agencies or provinces (`bo-khcn`, `dien-bien`), when the name is one of them. */
  agencyId: string | null;
  /** For a collective (`các bộ, ngành, địa phương`): its group; null for a single body. */
  group: CollectiveGroup | null;
  /** Where the agency is written: inside the task's span, or in a list header or table cell before it. */
  span: Span;
}

export type DeadlinePrecision = 'day' | 'month' | 'quarter' | 'half' | 'year' | 'recurring';

export interface TaskDeadline {
  /** The last day the task may be finished (ISO `YYYY-MM-DD`); null for a recurring task. */
  value: string | null;
  precision: DeadlinePrecision;
  /** How a missing year was filled (`trong tháng 7`): from the document's date, a hint, or not at all. */
  yearFrom: 'explicit' | 'published' | 'hint' | 'collection' | 'none';
  span: Span;
}

/** The document that assigns the task, when the text names it (`Tại Nghị quyết số 03/NQ-CP, …`, a table's caption). */
export interface TaskAssigner {
  /** Canonical document number (`03/NQ-CP`); null when the reference could not be resolved to one. */
  id: string | null;
  span: Span;
}

export type TaskShape = 'sentence' | 'list' | 'table';

export interface TaskMention extends Omit<MentionBase, 'kind'> {
  kind: 'task';
  /** The action and its object: `xây dựng Nghị định quy định chi tiết Luật …`. */
  wording: string;
  lead: TaskAgency;
  coAgencies: TaskAgency[];
  /** The expected product, from a controlled vocabulary; null when the task produces no document. */
  product: ProductType | null;
  deadline: TaskDeadline | null;
  /**
   * The assigning document when the text names it; null otherwise, in which case the document the
   * sentence is in is the assigning one if it is an official text (news only reports the assignment).
   */
  assignedBy: TaskAssigner | null;
  /** How the task was written: a sentence, an item of a list under `giao:`, or a table row. */
  shape: TaskShape;
}
