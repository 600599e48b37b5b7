// Agency scorecards: the counts, the share on time, latest activity, co-agencies listed but not
// scored, and the ranking order with its tie-breaks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agencyNames, agencyScorecards, type ScorableTask } from '../../src/track/tasks/scorecards.ts';
import type { StatusPoint } from '../../src/track/tasks/timeliness.ts';

const TODAY = '2025-08-01';
let n = 0;
function task(agency: string, deadline: string, history: StatusPoint[], coAgencies: string[] = []): ScorableTask {
  return { key: `t-${++n}`, agency, coAgencies, deadline, history };
}
const doneOnTime = (agency: string) => task(agency, '2025-06-30', [{ status: 'hoan_thanh', at: '2025-06-15' }]);
const doneLate = (agency: string) => task(agency, '2025-06-30', [{ status: 'hoan_thanh', at: '2025-07-10' }]);
const openOnTime = (agency: string) => task(agency, '2025-12-31', [{ status: 'dang_thuc_hien', at: '2025-07-20' }]);
const overdue = (agency: string) => task(agency, '2025-07-15', []);

const NAMES = new Map([
  ['a', 'Bộ A'],
  ['b', 'Bộ B'],
  ['c', 'Bộ C'],
  ['d', 'Bộ D'],
  ['e', 'Bộ E'],
]);

test('counts, share on time and latest activity of one agency', () => {
  const tasks = [doneOnTime('a'), doneLate('a'), openOnTime('a'), overdue('a'), task('a', '2025-09', [{ status: 'chua_thuc_hien', at: '2025-07-01' }])];
  const [card] = agencyScorecards(tasks, NAMES, TODAY);
  assert.deepEqual(
    { ...card },
    {
      agency: 'a',
      name: 'Bộ A',
      tasks: 5,
      done: 2,
      doneOnTime: 1,
      doneLate: 1,
      openOnTime: 2,
      overdue: 1,
      shareOnTime: 3 / 5,
      // The Government's headline measures: of the 3 tasks due by today, 2 done, 1 overdue.
      due: 3,
      dueDone: 2,
      shareDueDone: 2 / 3,
      shareDueOverdue: 1 / 3,
      latestActivity: '2025-07-20',
      coTasks: 0,
      rank: 1,
    },
  );
});

test('co-agencies are listed with their count but not scored', () => {
  const cards = agencyScorecards([task('a', '2025-07-01', [], ['b', 'c']), task('c', '2025-12-31', [], ['b'])], NAMES, TODAY);
  const byId = new Map(cards.map((c) => [c.agency, c]));
  assert.equal(byId.get('a')!.overdue, 1);
  assert.equal(byId.get('b')!.tasks, 0, 'a co-agency is not charged with the overdue task');
  assert.equal(byId.get('b')!.coTasks, 2);
  assert.equal(byId.get('b')!.rank, null);
  assert.equal(byId.get('b')!.shareOnTime, null);
  assert.equal(byId.get('c')!.tasks, 1);
  assert.equal(byId.get('c')!.coTasks, 1, 'an agency can lead some tasks and support others');
  assert.deepEqual(
    cards.map((c) => c.agency),
    ['c', 'a', 'b'],
    'ranked agencies first (c: 100%, a: 0%), support-only after',
  );
});

test('ranking: share on time, then fewer overdue, then more done, then name; equals share a rank', () => {
  const tasks = [
    // e: 1/1 on time → first.
    doneOnTime('e'),
    // a and d: 1/2 on time, 1 overdue, 1 done: tied, ordered by name (Bộ A before Bộ D), same rank.
    doneOnTime('d'),
    overdue('d'),
    doneOnTime('a'),
    overdue('a'),
    // b: 1/2 on time, 0 overdue (the other was done late) → above a and d.
    openOnTime('b'),
    doneLate('b'),
    // c: 1/2 on time, 1 overdue, 0 done (open on time) → below a and d.
    openOnTime('c'),
    overdue('c'),
  ];
  const cards = agencyScorecards(tasks, NAMES, TODAY);
  assert.deepEqual(
    cards.map((c) => [c.agency, c.rank, c.shareOnTime]),
    [
      ['e', 1, 1],
      ['b', 2, 0.5],
      ['a', 3, 0.5],
      ['d', 3, 0.5],
      ['c', 5, 0.5],
    ],
  );
});

test('ties on name order use Vietnamese collation, and unknown agencies show their id', () => {
  const names = new Map([
    ['x', 'Đồng Nai'],
    ['y', 'Dak Lak'],
    ['z', 'Ê Đê'],
  ]);
  const cards = agencyScorecards([overdue('x'), overdue('y'), overdue('z'), overdue('unknown-id')], names, TODAY);
  assert.deepEqual(
    cards.map((c) => c.name),
    ['Dak Lak', 'Đồng Nai', 'Ê Đê', 'unknown-id'],
  );
  assert.ok(cards.every((c) => c.rank === 1));
});

test('agency names come from the pack: agencies and provinces', () => {
  const names = agencyNames({ agencies: [{ id: 'bo-khcn', name: 'Bộ Khoa học và Công nghệ' }], provinces: [{ id: 'ha-noi', name: 'Hà Nội' }] });
  assert.equal(names.get('bo-khcn'), 'Bộ Khoa học và Công nghệ');
  assert.equal(names.get('ha-noi'), 'Hà Nội');
});

test('no tasks, no cards', () => {
  assert.deepEqual(agencyScorecards([], NAMES, TODAY), []);
});

test('share of due tasks completed and share overdue, as the Government reports them', () => {
  // Due on today's date and still open: due, not yet overdue. Due tomorrow: not due.
  const onDeadline = task('d', TODAY, [{ status: 'dang_thuc_hien', at: '2025-07-01' }]);
  const tomorrow = task('d', '2025-08-02', [{ status: 'hoan_thanh', at: '2025-07-30' }]);
  const [card] = agencyScorecards([doneLate('d'), overdue('d'), onDeadline, tomorrow], NAMES, TODAY);
  assert.equal(card?.due, 3);
  assert.equal(card?.dueDone, 1, 'done late still counts as completed');
  assert.equal(card?.shareDueDone, 1 / 3);
  assert.equal(card?.shareDueOverdue, 1 / 3);
  const [early] = agencyScorecards([openOnTime('e')], NAMES, TODAY);
  assert.equal(early?.due, 0);
  assert.equal(early?.shareDueDone, null, 'nothing due: no share');
  assert.equal(early?.shareDueOverdue, null);
});
