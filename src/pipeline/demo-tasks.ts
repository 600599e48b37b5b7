// The demo's tasks (issue 16): the sample texts in data/demo-tasks are ingested, the tasks they
// assign are proposed and accepted by the demo's editor, and the completions proposed from the
// later sample documents are confirmed when the document cites the assigning resolution (the
// others stay in the review queue, so that it has something to show). Proposals without a readable
// deadline stay in the queue too. Run at the end of the demo's set-up, after the seeds.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pack } from '../programme/schema.ts';
import type { Store } from '../store/index.ts';
import { TaskError } from '../store/tracking/task-types.ts';
import { vietnamDay } from '../track/tasks/timeliness.ts';
import { ingestPaths } from './ingest.ts';
import { acceptProposal, confirmCompletion, syncTasks } from './task-proposals.ts';

export const DEMO_TASKS_DIR = fileURLToPath(new URL('../../data/demo-tasks/', import.meta.url));

export interface DemoTasksSummary {
  documents: number;
  accepted: string[];
  /** Proposals left for review (no deadline read, or refused). */
  waiting: number;
  confirmed: string[];
  /** Completions left for review. */
  proposedCompletions: number;
}

/** `today`: the day completions are confirmed on at the latest (default today in Vietnam; tests give one). */
export async function prepareDemoTasks(store: Store, pack: Pack, today: string = vietnamDay(new Date()), actor = 'demo'): Promise<DemoTasksSummary> {
  const files = readdirSync(DEMO_TASKS_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => join(DEMO_TASKS_DIR, f));
  // Plain: each file is a title line and its paragraphs, as a legal text is.
  const ingest = await ingestPaths(files, store, { format: 'plain' });
  await syncTasks(store, pack, actor);
  const accepted: string[] = [];
  for (const p of await store.taskProposals.list({ status: 'proposed' })) {
    if (!p.task.deadline) continue;
    try {
      accepted.push((await acceptProposal(store, pack, p.key, {}, actor)).key);
    } catch (error) {
      if (!(error instanceof TaskError)) throw error;
    }
  }
  await syncTasks(store, pack, actor);
  const confirmed: string[] = [];
  for (const c of await store.taskProposals.completions.list({ status: 'proposed' })) {
    const setBy = (await store.tasks.get(c.taskKey))?.setBy;
    if (c.documentId === null || !setBy || !(await store.citations(c.documentId)).includes(setBy)) continue;
    confirmed.push((await confirmCompletion(store, c.key, actor, today)).key);
  }
  return {
    documents: ingest.created,
    accepted,
    waiting: (await store.taskProposals.list({ status: 'proposed' })).length,
    confirmed,
    proposedCompletions: (await store.taskProposals.completions.list({ status: 'proposed' })).length,
  };
}
