// The pipeline, declared once. Every producer feeds the same chain of typed steps, one record to the
// next; the entry points (ingest, upload, crawl, re-extraction, a pack change) differ only in where
// the bytes come from and which steps they start at:
//
//   read ──▶ decode ──▶ structure ──▶ extract ──▶ link ─────────────────▶ link to programme ──▶ save
//   bytes    NFC text   documents     facts       entities, near-dupl.    observations          store
//   FileInput DecodedText StructureResult DocumentFacts[] (in the save     ObservationDraft[]
//                                                  transaction)
//
//   ingest (CLI)  files on disk ─▶ read … save, then link to programme once for the whole run
//   upload (HTTP) bytes received ─▶ read … save (audited), then link to programme
//   crawl         fetched pages ─▶ read … save, then link to programme at the end of each pass
//   reextract     stored documents ─▶ extract ─▶ link ─▶ save, then link to programme
//   pack change   (serve, demo, `programme link`) ─▶ link to programme only
//
// Entity identity and near-duplicate clustering run inside the save transaction (the store checks
// what is already stored under the same key or band); linking figures to the programme runs after
// it, for every document whose facts or pack changed (pipeline/track.ts), so that what one step
// stored is linked whichever entry point stored it. A programme *read* never runs a step.
import { createHash } from 'node:crypto';
import type { SourceFile, StructureResult } from '../records.ts';
import type { DocumentFacts } from '../extract/facts.ts';
import { EXTRACTION_VERSION } from '../extract/index.ts';
import type { Pack } from '../programme/schema.ts';
import type { SaveFileInput, SaveFileResult, Store } from '../store/types.ts';
import { InvalidInput } from '../errors.ts';
import { readInput, type ReadOptions } from './read-input.ts';
import { factsForResult } from './facts-for-result.ts';
import { linkStored, type LinkOutcome } from './link-stored.ts';
import { LINKED_KINDS, type LinkMemory } from './track.ts';
import type { MentionRecord } from '../extract/facts.ts';
import { factRecords } from '../store/mentions.ts';

/** The names of the steps, in order: how docs/architecture.md and the code call them. */
export const PIPELINE_STEPS = ['read', 'decode', 'structure', 'extract', 'link', 'link-programme', 'save'] as const;
export type PipelineStep = (typeof PIPELINE_STEPS)[number];

/** What enters the chain: one file's bytes, from disk, an upload or the network. */
export interface FileInput extends SourceFile {
  /** SHA-256 of the bytes, hex; computed when absent. */
  sourceHash?: string;
}

/** The chain's record after the extract step: structured documents with their facts. */
export interface ExtractedFile {
  origin: string;
  sourceHash: string;
  result: StructureResult;
  /** One per document; absent when facts are not wanted (bulk loads). */
  facts: DocumentFacts[] | undefined;
}

export interface ChainOptions extends ReadOptions {
  /** Year hint for dates without one. */
  dateHint?: string | null;
  /** Extract facts (default); off, documents are stored and indexed only. */
  facts?: boolean;
  /** An audit row stored in the file's own transaction (uploads say who sent it), given what was read. */
  audit?: (result: StructureResult) => SaveFileInput['audit'];
  /** The reader (default readInput); tests count its calls. */
  reader?: (file: SourceFile, options: ReadOptions) => StructureResult;
}

/** Steps read, decode and structure: bytes → structured documents (pure; src/pipeline/read-input.ts). */
export function readStep(input: FileInput, options: ChainOptions = {}): StructureResult {
  const result = (options.reader ?? readInput)(input, options);
  if (result.documents.length === 0) throw new InvalidInput(`${input.origin}: no documents found`);
  return result;
}

/** Step extract: structured documents → facts with their spans (pure). */
export function extractStep(input: FileInput, result: StructureResult, options: ChainOptions = {}): ExtractedFile {
  return {
    origin: input.origin,
    sourceHash: input.sourceHash ?? createHash('sha256').update(input.bytes).digest('hex'),
    result,
    facts: options.facts === false ? undefined : factsForResult(result, options.dateHint ?? null),
  };
}

/**
 * Steps link and save: the file's documents and facts in one transaction, entities and
 * near-duplicate clusters linked as they are saved.
 */
export async function saveStep(store: Pick<Store, 'saveFile'>, file: ExtractedFile, options: ChainOptions = {}): Promise<SaveFileResult> {
  return store.saveFile({
    origin: file.origin,
    sourceHash: file.sourceHash,
    format: file.result.format,
    documents: file.result.documents,
    facts: file.facts,
    extractionVersion: EXTRACTION_VERSION,
    ...(options.audit ? { audit: options.audit(file.result) } : {}),
  });
}

const LINKED = new Set<string>(LINKED_KINDS);

/**
 * Keeps what the link-to-programme step reads of a saved file (its documents and their figures,
 * dates, places and bodies), so that the step links them from memory instead of reading them back.
 */
export function remember(memory: LinkMemory, saved: SaveFileResult, file: ExtractedFile): void {
  if (!file.facts) return;
  file.result.documents.forEach((doc, i) => {
    const id = saved.ids[i];
    const facts = file.facts?.[i];
    if (id === undefined || !facts) return;
    const mentions = factRecords(facts).filter((m): m is MentionRecord => LINKED.has(m.kind));
    memory.set(id, { doc: { ...doc, id }, source: doc.url ?? file.origin, mentions });
  });
}

/**
 * One file through read … save. Throws (InvalidInput, DecodeError…) when the file cannot be used.
 * Given a memory, the saved documents wait there for the link-to-programme step.
 */
export async function runFile(store: Pick<Store, 'saveFile'>, input: FileInput, options: ChainOptions = {}, memory?: LinkMemory): Promise<{ saved: SaveFileResult; file: ExtractedFile }> {
  const file = extractStep(input, readStep(input, options), options);
  const saved = await saveStep(store, file, options);
  if (memory) remember(memory, saved, file);
  return { saved, file };
}

/** The programme the link-to-programme step links to, and who it is recorded under. */
export interface ProgrammeTarget {
  /** The pack, or how to load it (loaded only when there is something to link). */
  pack: Pack | (() => Pack);
  actor: string;
}

/** Step link-to-programme, bound to a store: what a job calls once after its saves, with the documents it kept in memory. */
export type ProgrammeStep = (memory?: LinkMemory) => Promise<LinkOutcome>;

/**
 * Step link-to-programme: links every stored document whose facts or pack changed since it was last
 * linked (the pack loaded first when it changed). Never undoes a save: a pack that cannot be loaded
 * is an outcome with an error, and the documents wait, unlinked, for the next run of this step.
 */
export function programmeStep(store: Store, target: ProgrammeTarget): ProgrammeStep {
  return (memory) => linkStored(store, target.pack, target.actor, memory);
}
