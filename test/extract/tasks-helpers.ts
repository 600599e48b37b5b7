// Shared by the task extractor's tests: documents from paragraphs, and tasks in a comparable shape.
import assert from 'node:assert/strict';
import type { StructuredDocument } from '../../src/records.ts';
import type { ExtractContext } from '../../src/extract/facts.ts';
import { extractTasks, type TaskAgency, type TaskMention } from '../../src/extract/tasks/index.ts';

export function docOf(body: string[], title: string | null = null, published: string | null = '2025-06-01'): { doc: StructuredDocument; ctx: ExtractContext } {
  const doc: StructuredDocument = {
    kind: 'article', title, published, publishedPrecision: published ? 'date' : 'unknown', author: null, authorNote: null, site: null,
    category: null, lede: null, body, captions: [], related: [], parent: null, url: null,
  };
  return { doc, ctx: { published, dateHint: null, collectionYear: null } };
}

/** An agency as the tests compare it: the pack id, `nhom:<group>`, or the name. */
export const who = (a: TaskAgency): string => a.agencyId ?? (a.group ? `nhom:${a.group}` : a.name);

export interface Seen {
  lead: string;
  co: string[];
  wording: string;
  product: string | null;
  deadline: string | null;
  assignedBy: string | null;
  shape: string;
}

export function seen(t: TaskMention): Seen {
  return {
    lead: who(t.lead),
    co: t.coAgencies.map(who),
    wording: t.wording,
    product: t.product,
    deadline: t.deadline ? (t.deadline.precision === 'recurring' ? 'recurring' : `${t.deadline.value}/${t.deadline.precision}`) : null,
    assignedBy: t.assignedBy?.id ?? null,
    shape: t.shape,
  };
}

/** Tasks of a document, checked for provenance: every span's text is its field's slice. */
export function tasksOf(body: string[], title: string | null = null, published: string | null = '2025-06-01'): TaskMention[] {
  const { doc, ctx } = docOf(body, title, published);
  const tasks = extractTasks(doc, ctx);
  for (const t of tasks) {
    const field = t.field === 'title' ? (doc.title ?? '') : (doc.body[t.index] ?? '');
    assert.equal(t.text, field.slice(t.start, t.end), 'span text is the field slice');
    for (const a of [t.lead, ...t.coAgencies]) {
      const of = a.span.field === 'title' ? (doc.title ?? '') : (doc.body[a.span.index] ?? '');
      assert.equal(a.span.text, of.slice(a.span.start, a.span.end), 'agency span text is the field slice');
    }
  }
  return tasks;
}

export const one = (...body: string[]): Seen => {
  const tasks = tasksOf(body);
  assert.equal(tasks.length, 1, `one task expected, got ${JSON.stringify(tasks.map(seen))}`);
  return seen(tasks[0] as TaskMention);
};
