// The programme: targets with status, indicators, observations, agencies with scorecards, provinces.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { canRead } from '../auth.ts';
import { agencyNames, agencyScorecards } from '../../../track/tasks/scorecards.ts';
import { seriesSteps } from '../../../track/series.ts';
import { byDate } from '../../../track/dates.ts';
import type { Observation } from '../../../track/observation.ts';
import type { TargetAssessment } from '../../../track/status.ts';
import { HttpProblem } from '../problem.ts';
import { csvCell } from '../csv.ts';
import { originForReaders, seesServerPaths } from '../provenance.ts';
import { cursor, day } from '../params.ts';
import { pageOf } from '../pagination.ts';


/** Evidence items sent per target (newest first) on its page, and on the dashboard; the count says how many exist. */
const EVIDENCE_SHOWN = 30;
const EVIDENCE_ON_DASHBOARD = 5;

/**
 * One chart point per distinct date (or month, for the dashboard's small charts), value,
 * qualifier and stance, with how many sources gave it: a corpus repeats each figure many times.
 */
function chartPoints(evidence: readonly Observation[], byMonth = false) {
  const points = new Map<string, { asOf: string; value: number; valueMax: number | null; qualifier: string; stance: string; count: number }>();
  for (const o of evidence) {
    if (o.asOf === null) continue;
    const asOf = byMonth ? o.asOf.slice(0, 7) : o.asOf;
    const k = `${asOf}|${o.value}|${o.qualifier}|${o.stance}`;
    const p = points.get(k);
    if (p) p.count++;
    else points.set(k, { asOf, value: o.value, valueMax: o.valueMax, qualifier: o.qualifier, stance: o.stance, count: 1 });
  }
  return [...points.values()].sort((a, b) => byDate(a.asOf, b.asOf));
}

/** Stated targets repeated by many documents, listed once each with the number of sources. */
function distinctStated(stated: readonly Observation[], limit: number): (Observation & { sourceCount: number })[] {
  const groups = new Map<string, Observation & { sourceCount: number }>();
  for (const o of stated) {
    const k = `${o.indicator}|${o.scope}|${o.value}|${o.valueMax}|${o.asOf}`;
    const g = groups.get(k);
    if (g) g.sourceCount++;
    else groups.set(k, { ...o, sourceCount: 1 });
  }
  return [...groups.values()].slice(0, limit);
}

export function programmeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { onRequest: canRead(ctx) };
  const { store, pack } = ctx;
  const indicators = new Map(pack.indicators.map((i) => [i.id, i]));

  /**
   * A corpus repeats figures thousands of times: the chart gets one point per distinct (date,
   * value, qualifier, stance) with its count, the list the newest evidence with its sentence.
   */
  const targetViews = async (targets: readonly TargetAssessment[], shownPerTarget = EVIDENCE_SHOWN, byMonth = false) => {
    const shown = targets.map((a) => [...a.evidence].sort((x, y) => (y.asOf ?? '').localeCompare(x.asOf ?? '') || y.confidence - x.confidence).slice(0, shownPerTarget));
    const full = new Map((await store.programme.observations({ keys: [...new Set(shown.flat().map((o) => o.key))], withRejected: true })).map((o) => [o.key, o]));
    return targets.map((a, i) => ({
      target: a.target,
      indicator: a.target.indicator ? (indicators.get(a.target.indicator) ?? null) : null,
      status: a.status,
      reason: a.reason,
      latest: a.latest ? (full.get(a.latest.key) ?? a.latest) : null,
      distance: a.distance,
      trend: a.trend,
      steps: seriesSteps(a.series).map((o) => ({ asOf: o.asOf, value: o.value, valueMax: o.valueMax, qualifier: o.qualifier })),
      points: chartPoints(a.evidence, byMonth),
      series: chartPoints(a.series, byMonth),
      evidenceCount: a.evidence.length,
      evidence: shown[i]!.map((o) => full.get(o.key) ?? o),
      // Judged like the target against their own value and deadline (track/status.ts).
      milestones: a.milestones,
      nextMilestone: a.nextMilestone,
    }));
  };

  r.get('/api/v1/programme', { ...read, schema: { tags: ['programme'], summary: 'The programme pack in use' } }, async () => ({
    programme: pack.programme,
    hash: pack.hash,
    documents: pack.documents,
    counts: {
      indicators: pack.indicators.length,
      targets: pack.targets.length,
      documents: pack.documents.length,
      agencies: pack.agencies.length,
      provinces: pack.provinces.filter((p) => p.kind === 'province').length,
      observations: (await ctx.observations()).filter((o) => o.review?.verdict !== 'rejected').length,
    },
  }));

  r.get(
    '/api/v1/programme/targets',
    { ...read, schema: { tags: ['programme'], summary: 'Every target with its status, series, evidence; stated targets; conflicts', querystring: z.object({ today: day.optional() }) } },
    async (request, reply) => {
      const today = request.query.today ?? ctx.today();
      // The dashboard is the most requested page: its JSON is built once per data version and day.
      return ctx.responses.send(reply, `${await ctx.version()}|targets@${today}`, async () => {
        const status = await ctx.status(today);
        return {
          today: status.today,
          programme: status.programme,
          statedTargets: distinctStated(status.statedTargets, 100),
          conflicts: status.conflicts.slice(0, 100),
          targets: await targetViews(status.targets, EVIDENCE_ON_DASHBOARD, true),
        };
      });
    },
  );

  r.get(
    '/api/v1/programme/targets/:id',
    {
      ...read,
      schema: { tags: ['programme'], summary: 'One target with its status, chart points and evidence', params: z.object({ id: z.string() }), querystring: z.object({ today: day.optional() }) },
    },
    async (request) => {
      const status = await ctx.status(request.query.today ?? ctx.today());
      const assessment = status.targets.find((a) => a.target.id === request.params.id);
      if (!assessment) throw new HttpProblem(404, `không có mục tiêu ${request.params.id}`);
      const conflicts = status.conflicts.filter((c) => c.indicator === assessment.target.indicator && c.scope === assessment.target.scope);
      return { today: status.today, ...(await targetViews([assessment]))[0]!, conflicts };
    },
  );

  r.get('/api/v1/programme/indicators', { ...read, schema: { tags: ['programme'], summary: 'Indicators with their match rules' } }, async () => ({ items: pack.indicators, nextCursor: null }));

  r.get(
    '/api/v1/programme/observations',
    {
      ...read,
      schema: {
        tags: ['programme'],
        summary: 'Observations with provenance and review state, in series order (indicator, scope, date), a page at a time',
        querystring: z.object({
          indicator: z.string().optional(),
          scope: z.string().optional(),
          all: z.enum(['true', 'false']).default('false'),
          limit: z.coerce.number().int().min(1).max(500).default(100),
          cursor,
        }),
      },
    },
    async (request, reply) => {
      const q = request.query;
      // Chosen from the compact rows kept per data version; only the page is read with its sentences.
      return ctx.responses.send(reply, `${await ctx.version()}|${request.url}`, async () => {
        const chosen = (await ctx.observations()).filter((o) => (q.all === 'true' || o.review?.verdict !== 'rejected') && (!q.indicator || o.indicator === q.indicator) && (!q.scope || o.scope === q.scope));
        const page = pageOf(chosen, q.limit, q.cursor);
        const full = new Map((await store.programme.observations({ keys: page.items.map((o) => o.key), withRejected: true })).map((o) => [o.key, o]));
        return { ...page, items: page.items.map((o) => full.get(o.key) ?? o), total: chosen.length };
      });
    },
  );

  r.get('/api/v1/agencies', { ...read, schema: { tags: ['tasks'], summary: 'Agencies and their task scorecards, ranked', querystring: z.object({ today: day.optional() }) } }, async (request) => {
    const tasks = await store.tasks.list();
    return {
      agencies: pack.agencies,
      provinces: pack.provinces,
      scorecards: agencyScorecards(tasks, agencyNames(pack), request.query.today ?? ctx.today()),
    };
  });

  r.get(
    '/api/v1/provinces',
    { ...read, schema: { tags: ['programme'], summary: 'The 34 provincial units, the former provinces merged into them, mentions and observations' } },
    // Counts over the whole corpus: computed once per data version, not per request.
    async (_request, reply) =>
      ctx.responses.send(reply, `${await ctx.version()}|provinces`, async () => {
        const places = new Map((await store.placeCounts()).map((p) => [p.name, p]));
        const observationsByScope = new Map<string, number>();
        for (const o of await ctx.observations()) if (o.review?.verdict !== 'rejected') observationsByScope.set(o.scope, (observationsByScope.get(o.scope) ?? 0) + 1);
        const byId = new Map(pack.provinces.map((p) => [p.id, p]));
        return {
          items: pack.provinces
            .filter((p) => p.kind === 'province')
            .map((unit) => {
              const former = (unit.mergedFrom ?? []).map((id) => byId.get(id)).filter((p) => p !== undefined);
              const names = new Set([unit.name, ...former.map((f) => f.name)]);
              const counts = [...names].map((n) => places.get(n)).filter((c) => c !== undefined);
              return {
                id: unit.id,
                name: unit.name,
                adminCentre: unit.adminCentre ?? null,
                mergedFrom: former.map((f) => ({ id: f.id, name: f.name, from: f.mergedInto?.from ?? null })),
                mentions: counts.reduce((s, c) => s + c.mentions, 0),
                documents: counts.reduce((s, c) => s + c.documents, 0),
                observations: observationsByScope.get(`province:${unit.name}`) ?? 0,
              };
            }),
          nextCursor: null,
        };
      }),
  );

  r.get('/api/v1/export/observations.csv', { ...read, schema: { tags: ['export'], summary: 'Every observation as CSV' } }, async (request, reply) => {
    const sources = (o: Observation) => (seesServerPaths(request.user) ? o.sources : o.sources.map(originForReaders));
    const columns = ['key', 'origin', 'indicator', 'scope', 'value', 'valueMax', 'qualifier', 'stance', 'asOf', 'documentId', 'field', 'index', 'start', 'end', 'sentence', 'sources', 'confidence', 'extractorVersion', 'review'] as const;
    const rows = (await store.programme.observations({ withRejected: true, withSubmitted: true })).map((o) => columns.map((c) => csvCell(c === 'review' ? (o.review?.verdict ?? '') : c === 'sources' ? sources(o) : o[c])).join(','));
    reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="radar57-observations.csv"');
    return `\ufeff${columns.join(',')}\n${rows.join('\n')}\n`;
  });
}
