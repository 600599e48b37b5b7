// Provinces and agencies, each on its own page, and the home page's week: what the web app's
// overview, map, province and agency pages read.
//   GET /api/v1/overview?today&days       what changed in the last days: figures, statuses, conflicts, tasks
//   GET /api/v1/provinces/figures?indicator  the latest value of one indicator per province, for the map
//   GET /api/v1/provinces/:id             one unit: targets, figures, ranks, tasks, news, people
//   GET /api/v1/agencies/:id              one agency: indicators it owns, figures, tasks, news, people
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { canRead } from '../auth.ts';
import { HttpProblem } from '../problem.ts';
import { day } from '../params.ts';
import { agencyNames, agencyScorecards } from '../../../track/tasks/scorecards.ts';
import { assessTask, isOverdue } from '../../../track/tasks/timeliness.ts';
import { programmeStatus } from '../../../track/programme-status.ts';
import { dayNumber } from '../../../track/dates.ts';
import { latestByProvince, provinceResolver, rankFigures, type ProvinceFigure } from '../../../track/province-figures.ts';
import type { Observation } from '../../../track/observation.ts';
import type { TaskRecord } from '../../../store/tracking/task-types.ts';

/** News items and people shown on a province's or agency's page. */
const NEWS_SHOWN = 10;
const PEOPLE_SHOWN = 12;
/** Figures listed on a page, newest first. */
const FIGURES_SHOWN = 50;
/** Items of each list on the overview. */
const OVERVIEW_SHOWN = 20;

const isoDay = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

export function placeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { onRequest: canRead(ctx) };
  const { store, pack } = ctx;
  const indicators = new Map(pack.indicators.map((i) => [i.id, i]));
  const resolver = provinceResolver(pack.provinces);
  const live = async () => (await ctx.observations()).filter((o) => o.review?.verdict !== 'rejected');
  const indicatorName = (id: string) => indicators.get(id)?.name ?? { vi: id };

  /** Full observations (with their sentences) for compact ones, order kept. */
  const withSentences = async (compact: readonly Observation[]) => {
    const full = new Map((await store.programme.observations({ keys: compact.map((o) => o.key), withRejected: true })).map((o) => [o.key, o]));
    return compact.map((o) => full.get(o.key) ?? o);
  };
  const newestFirst = (a: Observation, b: Observation) => (b.asOf ?? '').localeCompare(a.asOf ?? '') || b.confidence - a.confidence;

  const tasksOf = async (id: string, today: string) =>
    (await store.tasks
      .list())
      .filter((t) => t.agency === id || t.coAgencies.includes(id))
      .map((t) => ({ ...t, role: t.agency === id ? ('lead' as const) : ('support' as const), progress: assessTask(t, today) }))
      .sort((a, b) => Number(isOverdue(b.progress)) - Number(isOverdue(a.progress)) || a.progress.deadlineDay.localeCompare(b.progress.deadlineDay));

  /**
   * The scorecard with the Government's two headline measures, over the tasks it leads that are due
   * (deadline day come): the share done, on time or late, and the share overdue (still open past it).
   */
  const scorecardOf = async (id: string, tasks: readonly (TaskRecord & { progress: ReturnType<typeof assessTask> })[], today: string) => {
    const card = agencyScorecards(await store.tasks.list(), agencyNames(pack), today).find((c) => c.agency === id) ?? null;
    const lead = tasks.filter((t) => t.agency === id);
    const due = lead.filter((t) => t.progress.deadlineDay <= today);
    const dueDone = due.filter((t) => t.progress.status === 'hoan_thanh').length;
    const overdue = due.filter((t) => isOverdue(t.progress)).length;
    return {
      card,
      due: due.length,
      shareDueDone: due.length ? dueDone / due.length : null,
      shareOverdue: due.length ? overdue / due.length : null,
    };
  };

  /** Newest documents mentioning a place or organisation, and the people most often named with it. */
  const newsAndPeople = async (name: string, kind: 'place' | 'organization') => {
    const hits = await store.search('', { [kind === 'place' ? 'place' : 'org']: name, limit: NEWS_SHOWN });
    // Briefs have no title: they are named by their lede, as elsewhere.
    const labels = await store.documentLabels(hits.filter((h) => h.title === null).map((h) => h.id));
    const news = hits.map((h) => ({ id: h.id, title: h.title, label: h.title ?? labels.get(h.id) ?? null, published: h.published, site: h.site }));
    const entity = (await store.findEntities(name, { kind, limit: 1 }))[0];
    const people = entity ? (await store.cooccurring(entity.id, 100)).filter((e) => e.kind === 'person').slice(0, PEOPLE_SHOWN) : [];
    return { news, people, entity: entity ? { id: entity.id, name: entity.name } : null };
  };

  /** Every indicator's latest figure per province, computed once per data version (34 pages read it). */
  let figureCache: { version: string; byIndicator: Map<string, ProvinceFigure[]> } | null = null;
  const figuresOf = async (indicator: string): Promise<ProvinceFigure[]> => {
    const version = await ctx.version();
    if (figureCache?.version !== version) figureCache = { version, byIndicator: new Map() };
    let figures = figureCache.byIndicator.get(indicator);
    if (!figures) figureCache.byIndicator.set(indicator, (figures = latestByProvince(pack.provinces, await live(), indicator)));
    return figures;
  };

  /** Per indicator with provincial values: this province's latest figure and its rank in the same view. */
  const ranksOf = async (id: string) => {
    const ids = new Set([id, ...pack.provinces.filter((p) => p.mergedInto?.agency === id).map((p) => p.id)]);
    const out = [];
    for (const indicator of pack.indicators) {
      const figures = await figuresOf(indicator.id);
      const own = figures.filter((f) => ids.has(f.province));
      for (const f of own) {
        const peers = figures.filter((g) => g.view === f.view);
        out.push({ indicator: { id: indicator.id, name: indicator.name, unit: indicator.unit, direction: indicator.direction }, figure: f, rank: rankFigures(peers, indicator.direction).get(f.province) ?? null, of: peers.length });
      }
    }
    return out;
  };

  r.get(
    '/api/v1/provinces/figures',
    {
      ...read,
      schema: {
        tags: ['programme'],
        summary: 'The latest value of an indicator per province (34 units from 1/7/2025, 63 former provinces before), with ranks; and the indicators that have provincial values',
        querystring: z.object({ indicator: z.string().optional() }),
      },
    },
    async (request, reply) =>
      ctx.responses.send(reply, `${await ctx.version()}|${request.url}`, async () => {
        const all = await live();
        const counts = new Map<string, number>();
        for (const o of all) if (o.stance === 'reported' && o.asOf && resolver.resolve(o.scope, o.asOf)) counts.set(o.indicator, (counts.get(o.indicator) ?? 0) + 1);
        const available = [...counts].map(([id, count]) => ({ id, name: indicatorName(id), unit: indicators.get(id)?.unit ?? null, direction: indicators.get(id)?.direction ?? 'higher', count }));
        const chosen = request.query.indicator ?? available[0]?.id ?? null;
        if (request.query.indicator && !indicators.has(request.query.indicator)) throw new HttpProblem(404, `không có chỉ số ${request.query.indicator}`);
        const figures: (ProvinceFigure & { rank: number | null; status: string | null })[] = [];
        if (chosen) {
          // A province's own target for the indicator, where the pack or a document sets one, judges it.
          const statusOf = new Map((await ctx.status(ctx.today())).targets.filter((a) => a.target.indicator === chosen).map((a) => [a.target.scope, a.status]));
          const found = await figuresOf(chosen);
          const direction = indicators.get(chosen)?.direction ?? 'higher';
          for (const view of ['units34', 'provinces63'] as const) {
            const inView = found.filter((f) => f.view === view);
            const ranks = rankFigures(inView, direction);
            for (const f of inView) figures.push({ ...f, rank: ranks.get(f.province) ?? null, status: statusOf.get(`province:${f.name}`) ?? null });
          }
        }
        return { indicator: chosen, indicators: available, items: figures, nextCursor: null };
      }),
  );

  r.get(
    '/api/v1/provinces/:id',
    { ...read, schema: { tags: ['programme'], summary: 'One provincial unit: targets, figures, rank on each indicator, tasks, news, people', params: z.object({ id: z.string() }), querystring: z.object({ today: day.optional() }) } },
    async (request) => {
      const unit = pack.provinces.find((p) => p.id === request.params.id && p.kind === 'province');
      if (!unit) throw new HttpProblem(404, `không có tỉnh, thành phố ${request.params.id}`);
      const today = request.query.today ?? ctx.today();
      const formers = pack.provinces.filter((p) => p.kind === 'former_province' && p.mergedInto?.agency === unit.id);
      const scopes = new Set([unit.name, ...unit.formerNames.map((f) => f.name), ...formers.map((f) => f.name)].map((n) => `province:${n}`));
      const status = await ctx.status(today);
      const targets = status.targets.filter((a) => scopes.has(a.target.scope)).map((a) => ({ target: a.target, status: a.status, reason: a.reason, latest: a.latest, evidenceCount: a.evidence.length }));
      const figures = (await live()).filter((o) => scopes.has(o.scope)).sort(newestFirst);
      const tasks = await tasksOf(unit.id, today);
      return {
        today,
        unit: { id: unit.id, name: unit.name, adminCentre: unit.adminCentre ?? null, mergedFrom: formers.map((f) => ({ id: f.id, name: f.name, from: f.mergedInto?.from ?? null })) },
        targets,
        figures: await withSentences(figures.slice(0, FIGURES_SHOWN)),
        figureCount: figures.length,
        ranks: await ranksOf(unit.id),
        tasks,
        scorecard: await scorecardOf(unit.id, tasks, today),
        ...await newsAndPeople(unit.name, 'place'),
      };
    },
  );

  r.get(
    '/api/v1/agencies/:id',
    { ...read, schema: { tags: ['tasks'], summary: 'One agency: indicators it monitors, figures, tasks and their timeliness, news, people', params: z.object({ id: z.string() }), querystring: z.object({ today: day.optional() }) } },
    async (request) => {
      const agency = pack.agencies.find((a) => a.id === request.params.id) ?? pack.provinces.find((p) => p.id === request.params.id && p.kind === 'province');
      if (!agency) throw new HttpProblem(404, `không có cơ quan ${request.params.id}`);
      const today = request.query.today ?? ctx.today();
      // Indicators gain an owner with issue 15's pack model; until a pack has one, none is owned.
      const owned = pack.indicators.filter((i) => (i as { owner?: string }).owner === agency.id).map((i) => i.id);
      const status = await ctx.status(today);
      const targets = status.targets
        .filter((a) => (a.target.indicator && owned.includes(a.target.indicator)) || a.target.scope === `agency:${agency.id}`)
        .map((a) => ({ target: a.target, status: a.status, reason: a.reason, latest: a.latest, evidenceCount: a.evidence.length }));
      const figures = (await live()).filter((o) => o.scope === `agency:${agency.id}`).sort(newestFirst);
      const tasks = await tasksOf(agency.id, today);
      return {
        today,
        agency: { id: agency.id, name: agency.name, en: (agency as { en?: string }).en ?? null, kind: agency.kind, isProvince: agency.kind === 'province' },
        targets,
        figures: await withSentences(figures.slice(0, FIGURES_SHOWN)),
        figureCount: figures.length,
        tasks,
        scorecard: await scorecardOf(agency.id, tasks, today),
        ...await newsAndPeople(agency.name, 'organization'),
      };
    },
  );

  r.get(
    '/api/v1/overview',
    {
      ...read,
      schema: {
        tags: ['programme'],
        summary: 'What changed in the last days (default 7): new figures, status changes, new conflicts; tasks overdue or due soon',
        querystring: z.object({ today: day.optional(), days: z.coerce.number().int().min(1).max(366).default(7) }),
      },
    },
    async (request, reply) => {
      const today = request.query.today ?? ctx.today();
      const since = isoDay(dayNumber(today) - request.query.days);
      return ctx.responses.send(reply, `${await ctx.version()}|overview@${today}|${since}`, async () => {
        const all = await live();
        const dated = (o: Observation) => o.asOf !== null && dayNumber(o.asOf) <= dayNumber(since);
        // The programme as it stood then: judged on the figures dated up to that day.
        const before = programmeStatus(pack, all.filter(dated), since);
        const now = await ctx.status(today);
        const was = new Map(before.targets.map((a) => [a.target.id, a.status]));
        const statusChanges = now.targets
          .filter((a) => was.get(a.target.id) !== a.status)
          .map((a) => ({ target: { id: a.target.id, name: a.target.name }, before: was.get(a.target.id) ?? null, after: a.status }));
        const pairKey = (c: { a: Observation; b: Observation }) => [c.a.key, c.b.key].sort().join('|');
        const oldPairs = new Set(before.conflicts.map(pairKey));
        const newConflicts = now.conflicts.filter((c) => !oldPairs.has(pairKey(c))).slice(0, OVERVIEW_SHOWN);
        const fresh = all.filter((o) => o.asOf !== null && dayNumber(o.asOf) > dayNumber(since) && dayNumber(o.asOf) <= dayNumber(today)).sort(newestFirst);
        const tasks = (await store.tasks.list()).map((t) => ({ ...t, progress: assessTask(t, today) }));
        const overdue = tasks.filter((t) => isOverdue(t.progress)).sort((a, b) => (b.progress.daysOverdue ?? 0) - (a.progress.daysOverdue ?? 0));
        const dueSoon = tasks.filter((t) => t.progress.dueSoon).sort((a, b) => a.progress.deadlineDay.localeCompare(b.progress.deadlineDay));
        return {
          today,
          since,
          newFigures: (await withSentences(fresh.slice(0, OVERVIEW_SHOWN))).map((o) => ({ ...o, indicatorName: indicatorName(o.indicator) })),
          newFigureCount: fresh.length,
          statusChanges,
          newConflicts: newConflicts.map((c) => ({ ...c, indicatorName: indicatorName(c.indicator) })),
          tasksOverdue: overdue.slice(0, OVERVIEW_SHOWN),
          tasksOverdueCount: overdue.length,
          tasksDueSoon: dueSoon.slice(0, OVERVIEW_SHOWN),
          tasksDueSoonCount: dueSoon.length,
        };
      });
    },
  );
}
