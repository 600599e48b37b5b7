// Links a document written in a test with the built-in pack (or another), the way ingest does:
// the extractors' facts, then the link stage.
import { compileIndicators, linkObservations, type ObservationDraft } from '../../src/link/observations.ts';
import { extractFacts } from '../../src/extract/index.ts';
import { factRecords } from '../../src/store/mentions.ts';
import type { MentionRecord } from '../../src/store/types.ts';
import { BUILTIN_PACK_DIR, loadPack } from '../../src/programme/load.ts';
import type { PackForLinking } from '../../src/link/match.ts';

export const BUILTIN = compileIndicators(loadPack(BUILTIN_PACK_DIR));

export interface TestDocument {
  title?: string | null;
  lede?: string | null;
  body: string[];
  captions?: string[];
  published?: string | null;
}

export function linkDocument(d: TestDocument, pack: ReturnType<typeof compileIndicators> = BUILTIN): ObservationDraft[] {
  const doc = {
    id: 1,
    title: d.title ?? null,
    lede: d.lede ?? null,
    body: d.body,
    captions: (d.captions ?? []).map((text) => ({ text, credit: null })),
    published: d.published ?? null,
  };
  const facts = extractFacts(
    { ...doc, kind: 'article', author: null, authorNote: null, site: null, category: null, related: [], parent: null, url: null, publishedPrecision: 'date' },
    { published: doc.published, dateHint: null, collectionYear: null },
  );
  const mentions = factRecords(facts).filter((m): m is MentionRecord => m.kind !== 'topic');
  return linkObservations(doc, mentions, pack);
}

export function compile(pack: PackForLinking): ReturnType<typeof compileIndicators> {
  return compileIndicators(pack);
}

/** The observations of one indicator, as `[value, scope, stance, asOf]`. */
export function rows(found: readonly ObservationDraft[], indicator: string): [number, string, string, string | null][] {
  return found.filter((o) => o.indicator === indicator).map((o) => [o.value, o.scope, o.stance, o.asOf]);
}
