// The task extractor: StructuredDocument → TaskMention[]. Pure, apart from reading the built-in
// programme pack's agency list once (pass a directory to use another pack's).
//
// Reads tables first (their rows are not sentences), then every other title, lede and body
// paragraph sentence by sentence, with each body paragraph's place in a list of assignments.
// Captions are not read: a photo caption never assigns.
//
// Registered with the other extractors in src/extract/index.ts. The organisations and legal
// references it reads are those extractFacts computes (both extractors keep their result per
// document object). A cheap pre-check (precheck.ts) skips documents without any anchor word.
import type { StructuredDocument } from '../../records.ts';
import { fieldsOf, type ExtractContext } from '../facts.ts';
import { extractLegalRefs } from '../legal-refs.ts';
import { extractOrganizations } from '../organizations.ts';
import { builtInAgencyDirectory, type AgencyDirectory } from './agency-directory.ts';
import { listContexts } from './lists.ts';
import { mayAssignTasks } from './precheck.ts';
import { homeProvince, scanField, type TaskEnv } from './scan.ts';
import { sentenceTasks } from './sentences.ts';
import { tableTasks } from './tables.ts';
import type { TaskMention } from './types.ts';

export { EXTRACTOR } from './types.ts';
export type { DeadlinePrecision, TaskAgency, TaskAssigner, TaskDeadline, TaskMention, TaskShape } from './types.ts';
export { PRODUCT_TYPES, type ProductType } from './products.ts';
export { COLLECTIVE_GROUPS, type CollectiveGroup } from './collectives.ts';
export { builtInAgencyDirectory, createAgencyDirectory, type AgencyDirectory, type DirectoryAgency } from './agency-directory.ts';

const FIELD_ORDER = { title: 0, lede: 1, body: 2, caption: 3 } as const;

export function extractTasks(doc: StructuredDocument, ctx: ExtractContext, directory: AgencyDirectory = builtInAgencyDirectory()): TaskMention[] {
  const fields = fieldsOf(doc).filter((f) => f.field !== 'caption');
  return mayAssignTasks(fields) ? readTasks(doc, ctx, directory) : [];
}

/** The rules without the pre-check: what extractTasks gives for a document that passes it. */
export function readTasks(doc: StructuredDocument, ctx: ExtractContext, directory: AgencyDirectory = builtInAgencyDirectory()): TaskMention[] {
  const fields = fieldsOf(doc).filter((f) => f.field !== 'caption');
  if (fields.length === 0) return [];
  const orgs = extractOrganizations(doc, ctx);
  const refs = extractLegalRefs(doc, ctx);
  const scans = fields.map((f) => scanField(f, orgs, refs, directory, ctx));
  const env: TaskEnv = { ctx, directory, home: homeProvince(scans, directory) };
  const title = scans.find((s) => s.field.field === 'title') ?? null;
  const body = scans.filter((s) => s.field.field === 'body');
  const tables = tableTasks(body, title, env);
  const lists = listContexts(body, env);
  const tasks = [...tables.tasks];
  for (const scan of scans) {
    if (scan.field.field !== 'body') {
      tasks.push(...sentenceTasks(scan, null, env));
      continue;
    }
    const k = body.indexOf(scan);
    if (tables.used.has(k)) continue;
    tasks.push(...sentenceTasks(scan, lists[k] ?? null, env));
  }
  return tasks.sort((a, b) => FIELD_ORDER[a.field] - FIELD_ORDER[b.field] || a.index - b.index || a.start - b.start);
}
