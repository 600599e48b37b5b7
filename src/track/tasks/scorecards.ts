// Agency scorecards and their ranking, as the official monitoring system publishes them: for each
// agency, how many of the tasks it leads are done, on time, late, still within their deadline or
// overdue, and when it last reported anything. Pure: the tasks and "today" come from the caller.
//
// Scoring rule:
// - A task is scored for its responsible agency (cơ quan chủ trì) only. Co-agencies (cơ quan phối
//   hợp) are listed with the number of tasks they support, but those tasks do not count for or
//   against them: the responsible agency answers for the deadline.
// - shareOnTime = (done on time + open within deadline) / tasks. An open task within its deadline
//   counts as on time because it has not missed anything yet; a task done late or still open past
//   its deadline counts against.
// - The Government's two headline measures (as its task-tracking reports give them: "đến hạn đã
//   hoàn thành", "quá hạn"): a task is due (đến hạn) once its deadline day has come (deadline ≤
//   today). shareDueDone = due tasks done (on time or late) / due tasks; shareDueOverdue = due tasks
//   still open past their deadline / due tasks. On its deadline day an open task is due but not yet
//   overdue, so the two shares add up to less than 1 only on such days. Both are null with no due task.
// - latestActivity is the date of the latest status event of any task the agency leads.
// - Ranking: shareOnTime descending, then fewer overdue (open past deadline), then more done. Equal
//   on all three share a rank (1, 2, 2, 4), and are listed by name (Vietnamese collation).
// - An agency that only supports other agencies' tasks has no score: it is listed after the ranked
//   ones, with rank and shareOnTime null.
import { assessTask, isOverdue, type AssessOptions, type StatusPoint } from './timeliness.ts';

export interface ScorableTask {
  key: string;
  agency: string;
  coAgencies: readonly string[];
  deadline: string;
  history: readonly StatusPoint[];
}

export interface AgencyScorecard {
  agency: string;
  /** The agency's name in the pack, or its id when the pack does not know it. */
  name: string;
  /** Tasks it is responsible for. */
  tasks: number;
  done: number;
  doneOnTime: number;
  doneLate: number;
  /** Not done (chưa or đang thực hiện), deadline not passed. */
  openOnTime: number;
  /** Not done, deadline passed. */
  overdue: number;
  /** (doneOnTime + openOnTime) / tasks, 0 to 1; null for an agency with no task of its own. */
  shareOnTime: number | null;
  /** Tasks whose deadline day has come (deadline ≤ today). */
  due: number;
  /** Due tasks done, on time or late. */
  dueDone: number;
  /** dueDone / due, 0 to 1 (tỷ lệ nhiệm vụ đến hạn đã hoàn thành); null with no due task. */
  shareDueDone: number | null;
  /** overdue / due, 0 to 1 (tỷ lệ nhiệm vụ quá hạn); null with no due task. */
  shareDueOverdue: number | null;
  /** The latest status event date among its tasks, or null when none has any. */
  latestActivity: string | null;
  /** Tasks it supports as a co-agency: listed, not scored. */
  coTasks: number;
  /** 1 for the best; agencies equal on the ranking keys share a rank; null when not scored. */
  rank: number | null;
}

function emptyCard(agency: string, name: string): AgencyScorecard {
  return {
    agency, name, tasks: 0, done: 0, doneOnTime: 0, doneLate: 0, openOnTime: 0, overdue: 0, shareOnTime: null,
    due: 0, dueDone: 0, shareDueDone: null, shareDueOverdue: null, latestActivity: null, coTasks: 0, rank: null,
  };
}

const collator = new Intl.Collator('vi');

/** Negative when `a` ranks above `b` on the scoring keys (names not considered), 0 when tied. */
function compareScores(a: AgencyScorecard, b: AgencyScorecard): number {
  return (b.shareOnTime ?? -1) - (a.shareOnTime ?? -1) || a.overdue - b.overdue || b.done - a.done;
}

/**
 * One scorecard per agency that leads or supports a task, ranked (see the header for the rule).
 * `names` maps agency ids to display names (the pack's agencies and provinces).
 */
export function agencyScorecards(
  tasks: readonly ScorableTask[],
  names: ReadonlyMap<string, string>,
  today: string,
  options: AssessOptions = {},
): AgencyScorecard[] {
  const cards = new Map<string, AgencyScorecard>();
  const cardOf = (id: string): AgencyScorecard => {
    let card = cards.get(id);
    if (!card) cards.set(id, (card = emptyCard(id, names.get(id) ?? id)));
    return card;
  };
  for (const task of tasks) {
    const progress = assessTask(task, today, options);
    const card = cardOf(task.agency);
    card.tasks++;
    const due = progress.deadlineDay <= today;
    if (due) card.due++;
    if (due && progress.status === 'hoan_thanh') card.dueDone++;
    if (progress.status === 'hoan_thanh') {
      card.done++;
      if (progress.timeliness === 'dung_han') card.doneOnTime++;
      else card.doneLate++;
    } else if (isOverdue(progress)) card.overdue++;
    else card.openOnTime++;
    if (progress.lastActivity !== null && (card.latestActivity === null || progress.lastActivity > card.latestActivity)) {
      card.latestActivity = progress.lastActivity;
    }
    for (const co of new Set(task.coAgencies)) if (co !== task.agency) cardOf(co).coTasks++;
  }
  const all = [...cards.values()];
  for (const card of all) {
    if (card.tasks > 0) card.shareOnTime = (card.doneOnTime + card.openOnTime) / card.tasks;
    // Every overdue task is due: its deadline has passed.
    if (card.due > 0) {
      card.shareDueDone = card.dueDone / card.due;
      card.shareDueOverdue = card.overdue / card.due;
    }
  }

  const ranked = all.filter((c) => c.tasks > 0).sort((a, b) => compareScores(a, b) || collator.compare(a.name, b.name));
  ranked.forEach((card, i) => {
    const previous = ranked[i - 1];
    card.rank = previous && compareScores(previous, card) === 0 ? previous.rank : i + 1;
  });
  const supportOnly = all.filter((c) => c.tasks === 0).sort((a, b) => collator.compare(a.name, b.name));
  return [...ranked, ...supportOnly];
}

/** Display names of every agency and province in a pack, by id. */
export function agencyNames(pack: { agencies: readonly { id: string; name: string }[]; provinces: readonly { id: string; name: string }[] }): Map<string, string> {
  return new Map([...pack.agencies, ...pack.provinces].map((a) => [a.id, a.name]));
}
