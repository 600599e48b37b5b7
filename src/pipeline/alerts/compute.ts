// Gathers what alert computation needs from the store and the pack (src/track/alerts/events.ts
// decides), and who follows what (src/track/alerts/plan.ts fans out).
import type { Pack } from '../../programme/schema.ts';
import type { Store } from '../../store/index.ts';
import type { SavedSearch } from '../../store/alerts/types.ts';
import { programmeStatus } from '../../track/programme-status.ts';
import { assessTask, isOverdue } from '../../track/tasks/timeliness.ts';
import { computeAlerts, type AlertInputs, type DocumentNow, type TaskNow } from '../../track/alerts/events.ts';
import type { AlertEvent, AlertState } from '../../track/alerts/types.ts';
import type { Subscriber } from '../../track/alerts/plan.ts';

/** Topics each user follows, from their saved searches and watchlists. */
export async function subscribers(store: Store): Promise<Subscriber[]> {
  const topics = new Map<number, Set<string>>();
  const add = (userId: number, topic: string) => topics.set(userId, (topics.get(userId) ?? new Set()).add(topic));
  for (const s of await store.alerts.searches.list()) add(s.userId, `search:${s.id}`);
  for (const w of await store.alerts.watchlists.list()) for (const item of w.items) add(w.userId, `${item.kind}:${item.ref}`);
  const hooks = await store.alerts.webhooks.list();
  const result: Subscriber[] = [];
  for (const [userId, set] of topics) {
    const settings = await store.alerts.settings.get(userId);
    result.push({
      userId,
      topics: set,
      email: settings.email,
      frequency: settings.frequency,
      webhooks: hooks.filter((h) => h.userId === userId && !h.disabled).map((h) => h.id),
    });
  }
  return result.sort((a, b) => a.userId - b.userId);
}

async function taskStates(store: Store, today: string): Promise<TaskNow[]> {
  return (await store.tasks.list()).flatMap((t) => {
    try {
      const progress = assessTask(t, today);
      const state = isOverdue(progress) ? 'overdue' : progress.dueSoon && progress.status !== 'hoan_thanh' ? 'due_soon' : 'ok';
      return [{ key: t.key, title: t.title, state, deadlineDay: progress.deadlineDay } satisfies TaskNow];
    } catch {
      // A task whose history cannot be read is shown as such on its page; it raises no alert.
      return [];
    }
  });
}

/** Documents past the watermark matching a saved search, citing a watched legal document or mentioning a watched entity. */
async function newDocuments(store: Store, watermark: number | null, searches: readonly SavedSearch[], watched: ReadonlySet<string>): Promise<DocumentNow[]> {
  if (watermark === null) return [];
  const docs = new Map<number, { searches: number[]; cites: string[]; mentions: { id: number; name: string }[] }>();
  const entry = (id: number) => docs.get(id) ?? docs.set(id, { searches: [], cites: [], mentions: [] }).get(id)!;
  for (const s of searches) {
    let ids: number[];
    try {
      ids = await store.attention.matchingIds(s.query, s.filters, watermark);
    } catch {
      continue; // A saved search the store no longer accepts matches nothing.
    }
    for (const id of ids) if (id > watermark) entry(id).searches.push(s.id);
  }
  for (const topic of watched) {
    const [kind, ref] = [topic.slice(0, topic.indexOf(':')), topic.slice(topic.indexOf(':') + 1)];
    if (kind === 'legal') {
      for (const d of await store.citedBy(ref)) if (d.id > watermark) entry(d.id).cites.push(ref);
    } else if (kind === 'entity' && /^\d+$/.test(ref)) {
      const entity = await store.entityDetail(Number(ref));
      if (!entity || (entity.kind !== 'person' && entity.kind !== 'organization')) continue;
      for (const d of entity.documents) if (d.id > watermark) entry(d.id).mentions.push({ id: entity.id, name: entity.name });
    }
  }
  const ids = [...docs.keys()].sort((a, b) => a - b);
  const result: DocumentNow[] = [];
  for (const id of ids) {
    const doc = await store.getDocument(id);
    if (!doc) continue;
    result.push({ id, title: doc.title, published: doc.published, ...docs.get(id)! });
  }
  return result;
}

/** The events the data gives since `previous`, and the next state. */
export async function alertsFromStore(store: Store, pack: Pack, today: string, previous: AlertState, subs: readonly Subscriber[]): Promise<{ events: AlertEvent[]; state: AlertState }> {
  const watched = new Set(subs.flatMap((s) => [...s.topics]));
  const searches = await store.alerts.searches.list();
  const observations = (await store.programme.observations({ compact: true, withSubmitted: true })).filter((o) => o.review?.verdict !== 'rejected');
  const status = programmeStatus(pack, observations, today);
  const input: AlertInputs = {
    today,
    lastDocumentId: await store.attention.lastDocumentId(),
    targets: status.targets.map((a) => ({ id: a.target.id, name: a.target.name.vi, status: a.status, latestKey: a.latest?.key ?? null })),
    tasks: await taskStates(store, today),
    conflicts: status.conflicts,
    observations,
    documents: await newDocuments(store, previous.documentWatermark, searches, watched),
    searchNames: new Map(searches.map((s) => [s.id, s.name])),
    indicatorNames: new Map(pack.indicators.map((i) => [i.id, i.name.vi])),
    watched,
  };
  return computeAlerts(previous, input);
}
