// Scoring of a reader's output against the vn-pages gold (../shared/eval/vn-pages/README.md, "Scoring"):
// title exact, publication date by prefix, body strings kept, boilerplate leaked, and facts compared per
// page as sets, pooled over pages per kind. Pure: the caller reads the files and runs the reader.
import { z } from 'zod';
import type { StructuredDocument } from '../../records.ts';
import type { DocumentFacts } from '../facts.ts';

const goldDate = z.object({ text: z.string(), value: z.string().nullable() });
const goldQuantity = z.object({ text: z.string(), value: z.number(), unit: z.string().nullable().optional() });

export const vnPageGold = z.object({
  id: z.string(),
  url: z.string().optional(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  author: z.string().nullable(),
  body_must: z.array(z.string()),
  boilerplate_must_not: z.array(z.string()),
  captions: z.array(z.string()),
  persons: z.array(z.string()),
  organizations: z.array(z.array(z.string()).min(1)),
  places: z.array(z.string()),
  legal_refs: z.array(z.string()),
  laws: z.array(z.string()),
  dates: z.array(goldDate),
  quantities: z.array(goldQuantity),
});
export type VnPageGold = z.infer<typeof vnPageGold>;

export const PAGE_FACT_KINDS = ['persons', 'organizations', 'places', 'legal', 'dates', 'quantities'] as const;
export type PageFactKind = (typeof PAGE_FACT_KINDS)[number];

/** The set's normalisation: NFC, lower case, runs of white space collapsed. */
export function norm(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A gold item: the strings that name it; a prediction matches when one of its strings is among them. */
type Item = Set<string>;

/** Gold items per kind. Quantities are keyed by value (4 decimals); equal values on a page are one item. */
export function goldItems(gold: VnPageGold): Record<PageFactKind, Item[]> {
  const one = (s: string): Item => new Set([norm(s)]);
  const distinct = (keys: string[]): Item[] => [...new Set(keys)].map((k) => new Set([k]));
  return {
    persons: gold.persons.map(one),
    organizations: gold.organizations.map((forms) => new Set(forms.map(norm))),
    places: gold.places.map(one),
    legal: [...gold.legal_refs, ...gold.laws].map(one),
    dates: distinct(gold.dates.flatMap((d) => (d.value ? [d.value] : []))),
    quantities: distinct(gold.quantities.map((q) => quantityKey(q.value))),
  };
}

export function quantityKey(value: number): string {
  return String(Math.round(value * 10_000) / 10_000);
}

/** Each prediction as the strings it may match by. Only full YYYY-MM-DD dates count. */
export function predictedKeys(facts: DocumentFacts): Record<PageFactKind, string[][]> {
  const isoDay = /^\d{4}-\d{2}-\d{2}$/;
  return {
    persons: facts.persons.map((p) => [norm(p.name)]),
    organizations: facts.organizations.map((o) => [norm(o.name), norm(o.text)]),
    places: facts.places.map((p) => [norm(p.name)]),
    legal: facts.legalRefs.flatMap((r) => {
      const key = r.id ?? r.lawName;
      return key ? [[norm(key)]] : [];
    }),
    dates: facts.dates.flatMap((d) => (typeof d.value === 'string' && isoDay.test(d.value) ? [[d.value]] : [])),
    // A rank is not a count, its total is (the set's rule: in `xếp 15/34` only 34 counts).
    quantities: facts.quantities.flatMap((q) =>
      (q.rank ? [q.of] : [q.value, q.valueMax, q.of]).filter((v): v is number => v !== null).map((v) => [quantityKey(v)]),
    ),
  };
}

export interface KindCount {
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
  falsePositives: string[];
}

/** One page, one kind: distinct gold items matched (tp), distinct unmatched predictions (fp), gold left (fn). */
export function scoreKind(items: Item[], predictions: string[][]): KindCount {
  const matched = new Set<number>();
  const matchedKeys = new Set<string>();
  const unmatchedKeys = new Set<string>();
  for (const keys of predictions) {
    const hits = items.flatMap((item, i) => (keys.some((k) => item.has(k)) ? [i] : []));
    hits.forEach((i) => matched.add(i));
    (hits.length > 0 ? matchedKeys : unmatchedKeys).add(keys[0] ?? '');
  }
  // Distinct predictions by their first string; one that matched somewhere is not also a false positive.
  const falsePositives = [...unmatchedKeys].filter((k) => !matchedKeys.has(k));
  const misses = items.filter((_, i) => !matched.has(i)).map((item) => [...item][0] ?? '');
  return { tp: matched.size, fp: falsePositives.length, fn: items.length - matched.size, misses, falsePositives };
}

export interface PageScore {
  id: string;
  title: { gold: string | null; predicted: string | null; ok: boolean | null };
  published: { gold: string | null; predicted: string | null; ok: boolean | null };
  author: { gold: string | null; predicted: string | null; ok: boolean };
  bodyKept: number;
  bodyTotal: number;
  bodyMissing: string[];
  leaked: string[];
  boilerplateTotal: number;
  facts: Record<PageFactKind, KindCount>;
}

/** The article's lede and body as the set joins them for body recall and leaks. */
function articleText(doc: StructuredDocument): { joined: string; paragraphs: Set<string> } {
  const parts = [doc.lede ?? '', ...doc.body].filter((p) => p !== '').map(norm);
  return { joined: parts.join(' '), paragraphs: new Set(parts) };
}

export function scorePage(gold: VnPageGold, doc: StructuredDocument | null, facts: DocumentFacts | null): PageScore {
  const text = doc ? articleText(doc) : { joined: '', paragraphs: new Set<string>() };
  const bodyMissing = gold.body_must.filter((s) => !text.joined.includes(norm(s)));
  const leaked = gold.boilerplate_must_not.filter((s) => {
    const n = norm(s);
    return n.length >= 20 ? text.joined.includes(n) : text.paragraphs.has(n);
  });
  const items = goldItems(gold);
  const predicted = facts ? predictedKeys(facts) : null;
  const factScores = Object.fromEntries(
    PAGE_FACT_KINDS.map((k) => [k, scoreKind(items[k], predicted ? predicted[k] : [])]),
  ) as Record<PageFactKind, KindCount>;
  const title = doc?.title ?? null;
  const published = doc?.published ?? null;
  const author = doc?.author ?? null;
  return {
    id: gold.id,
    title: { gold: gold.title, predicted: title, ok: gold.title === null ? null : title !== null && norm(title) === norm(gold.title) },
    published: {
      gold: gold.published,
      predicted: published,
      ok: gold.published === null ? null : published !== null && published.startsWith(gold.published),
    },
    author: { gold: gold.author, predicted: author, ok: norm(author ?? '') === norm(gold.author ?? '') },
    bodyKept: gold.body_must.length - bodyMissing.length,
    bodyTotal: gold.body_must.length,
    bodyMissing,
    leaked,
    boilerplateTotal: gold.boilerplate_must_not.length,
    facts: factScores,
  };
}

export interface Ratio {
  hit: number;
  total: number;
}
export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface SetScore {
  pages: number;
  title: Ratio;
  published: Ratio;
  author: Ratio;
  body: Ratio;
  leak: Ratio;
  facts: Record<PageFactKind, PRF>;
  factsMacroF1: number;
}

const ratioOf = (pairs: [boolean | null][]): Ratio => ({
  hit: pairs.filter(([ok]) => ok === true).length,
  total: pairs.filter(([ok]) => ok !== null).length,
});

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Pools the pages: title and date over pages with gold, body and leak over all strings, facts summed per kind. */
export function pool(pages: PageScore[]): SetScore {
  const facts = Object.fromEntries(
    PAGE_FACT_KINDS.map((k) => {
      const sum = (f: 'tp' | 'fp' | 'fn'): number => pages.reduce((n, p) => n + p.facts[k][f], 0);
      return [k, prf(sum('tp'), sum('fp'), sum('fn'))];
    }),
  ) as Record<PageFactKind, PRF>;
  return {
    pages: pages.length,
    title: ratioOf(pages.map((p) => [p.title.ok])),
    published: ratioOf(pages.map((p) => [p.published.ok])),
    author: ratioOf(pages.map((p) => [p.author.ok])),
    body: { hit: pages.reduce((n, p) => n + p.bodyKept, 0), total: pages.reduce((n, p) => n + p.bodyTotal, 0) },
    leak: { hit: pages.reduce((n, p) => n + p.leaked.length, 0), total: pages.reduce((n, p) => n + p.boilerplateTotal, 0) },
    facts,
    factsMacroF1: PAGE_FACT_KINDS.reduce((s, k) => s + facts[k].f1, 0) / PAGE_FACT_KINDS.length,
  };
}
