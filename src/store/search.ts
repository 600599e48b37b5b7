// Full-text search, generic part: parse the query, check the filters, resolve entity filters to
// entity ids, let the dialect rank ids, then load, snippet and count near-duplicates only for the
// rows it returned.
import type { Caption, DocumentKind } from '../records.ts';
import type { RankedId, SearchFilters, SearchRequest, SqlExecutor, StoreDialect } from './dialect.ts';
import { similarCounts } from './clusters-read.ts';
import { entityIdsNamed } from './entities.ts';
import { exactKey, foldedKey, keyTerms, parseQuery, type QueryTerm } from './search-text.ts';
import { buildSnippet } from './snippet.ts';
import type { EntityKind, SearchHit, SearchOptions } from './types.ts';

export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 1000;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Validates a YYYY-MM-DD date (a real day) or throws naming the option. */
function parseDay(name: string, value: string): void {
  const m = ISO_DAY.exec(value);
  const time = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (!m || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value) {
    throw new RangeError(`search option ${name} must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
}

const KINDS: readonly DocumentKind[] = ['article', 'brief', 'teaser'];

function filtersOf(opts: SearchOptions): SearchFilters {
  const filters: SearchFilters = {};
  if (opts.kind !== undefined) {
    // Checked here because the value may come straight from a command line or a URL.
    if (!KINDS.includes(opts.kind)) {
      throw new RangeError(`search option kind must be one of ${KINDS.join(', ')}, got ${JSON.stringify(opts.kind)}`);
    }
    filters.kind = opts.kind;
  }
  if (opts.site !== undefined) filters.site = opts.site;
  if (opts.from !== undefined) {
    parseDay('from', opts.from);
    filters.from = opts.from;
  }
  if (opts.to !== undefined) {
    parseDay('to', opts.to);
    filters.to = opts.to;
  }
  return filters;
}

function clampInt(value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}

/**
 * Tokens allowed between two consecutive unquoted words. A Vietnamese word is one to four syllables
 * and the index holds syllables, so `dien bien` must find Điện Biên, not a page that says "điện"
 * in one sentence and "biến" in another; a little slack keeps `chuyển đổi số` matching
 * "chuyển đổi ... số" and word orders like "số hóa, chuyển đổi".
 */
export const NEAR_TOKENS_PER_GAP = 3;

/** Unquoted words close together first; only when nothing matches that way, anywhere in the document. */
async function rankWithProximity(exec: SqlExecutor, dialect: StoreDialect, request: Omit<SearchRequest, 'near'>): Promise<RankedId[]> {
  const loose = request.unquoted.filter(Boolean).length;
  if (loose < 2) return dialect.search(exec, { ...request, near: null });
  const near = NEAR_TOKENS_PER_GAP * (loose - 1);
  const ranked = await dialect.search(exec, { ...request, near });
  if (ranked.length > 0) return ranked;
  // Past the first page an empty page may just mean the near matches ran out: fall back only when
  // there are none at all.
  const anyNear = request.offset > 0 && (await dialect.search(exec, { ...request, near, limit: 1, offset: 0 })).length > 0;
  return anyNear ? [] : await dialect.search(exec, { ...request, near: null });
}

/** The entity filters of a search, with the entity kind each one names. */
const ENTITY_FILTERS = [
  ['person', 'person'],
  ['org', 'organization'],
  ['place', 'place'],
  ['cites', 'legalRef'],
] as const satisfies readonly (readonly [keyof SearchOptions, EntityKind])[];

/**
 * Entity filters resolved to entity ids, one group per filter given (an empty group when the name
 * names nothing), and the names themselves, to mark in snippets when there is no query.
 */
async function entityFilters(exec: SqlExecutor, opts: SearchOptions): Promise<{ groups: number[][]; names: string[] }> {
  const groups: number[][] = [];
  const names: string[] = [];
  for (const [option, kind] of ENTITY_FILTERS) {
    const name = opts[option];
    if (name === undefined) continue;
    if (typeof name !== 'string' || name.trim() === '') {
      throw new RangeError(`search option ${option} must be a non-empty name, got ${JSON.stringify(name)}`);
    }
    groups.push(await entityIdsNamed(exec, name, { kind }));
    names.push(name);
  }
  return { groups, names };
}

export async function search(exec: SqlExecutor, dialect: StoreDialect, query: string, opts: SearchOptions = {}): Promise<SearchHit[]> {
  const filters = filtersOf(opts);
  const terms = parseQuery(query);
  const entities = await entityFilters(exec, opts);
  if (entities.groups.some((g) => g.length === 0)) return [];
  if (entities.groups.length > 0) filters.mentioning = entities.groups;
  if (terms.length === 0 && entities.groups.length === 0) return [];
  filters.collapse = opts.collapse !== false;
  const ranked = await rankWithProximity(exec, dialect, {
    exact: keyTerms(terms, exactKey),
    folded: keyTerms(terms, foldedKey),
    unquoted: terms.map((t) => !t.quoted),
    filters,
    limit: clampInt(opts.limit, DEFAULT_SEARCH_LIMIT, 1, MAX_SEARCH_LIMIT),
    offset: clampInt(opts.offset, 0, 0, Number.MAX_SAFE_INTEGER),
  });
  if (ranked.length === 0) return [];
  // Without query words, the snippet shows where the filtered names occur.
  const marked: QueryTerm[] = terms.length > 0 ? terms : entities.names.flatMap((n) => parseQuery(`"${n.replace(/["“”]/gu, ' ')}"`));
  const similar = await similarCounts(
    exec,
    ranked.map((r) => r.id),
  );

  const rows = await exec.all(
    exec.db
      .selectFrom('documents')
      .select(['id', 'kind', 'title', 'published', 'site', 'lede', 'body', 'captions'])
      .where(
        'id',
        'in',
        ranked.map((r) => r.id),
      ),
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ranked.flatMap((r) => {
    const row = byId.get(r.id);
    if (!row) return [];
    const snippet = buildSnippet(
      {
        title: row.title,
        lede: row.lede,
        body: JSON.parse(row.body) as string[],
        captions: (JSON.parse(row.captions) as Caption[]).map((c) => c.text),
      },
      marked,
    );
    return [
      {
        id: r.id,
        kind: row.kind as DocumentKind,
        title: row.title,
        published: row.published,
        site: row.site,
        score: r.score,
        snippet,
        exact: r.exact,
        similar: similar.get(r.id) ?? 0,
      },
    ];
  });
}

/** Upper bound on the ids `matchingIds` returns: attention charts count, they do not page. */
export const MAX_MATCHING_IDS = 500_000;

/**
 * Every document matching a search (its query and filters), near-duplicates included, as ids: what
 * attention over time counts, and (with `afterId`, only documents stored after it) what alerts check. The same matching as `search`, without ranking's page, snippets or
 * labels.
 */
export async function matchingIds(exec: SqlExecutor, dialect: StoreDialect, query: string, opts: SearchOptions = {}, afterId?: number): Promise<number[]> {
  const filters = filtersOf(opts);
  if (afterId !== undefined) filters.afterId = afterId;
  const terms = parseQuery(query);
  const entities = await entityFilters(exec, opts);
  if (entities.groups.some((g) => g.length === 0)) return [];
  if (entities.groups.length > 0) filters.mentioning = entities.groups;
  if (terms.length === 0 && entities.groups.length === 0) return [];
  filters.collapse = false;
  return (await dialect
    .search(exec, {
      exact: keyTerms(terms, exactKey),
      folded: keyTerms(terms, foldedKey),
      unquoted: terms.map((t) => !t.quoted),
      near: null,
      filters,
      limit: MAX_MATCHING_IDS,
      offset: 0,
    }))
    .map((r) => r.id);
}
