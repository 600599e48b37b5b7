// Reader for JSON Lines: one document per line, already structured by whoever wrote the file.
// Each line is validated on its own, so one bad record costs a warning, not the whole file.
import { z } from 'zod';
import type { Caption, RelatedLink, StructuredDocument } from '../records.ts';
import { parseIsoDate } from '../text/datetime.ts';
import { normalizeText } from '../text/normalize.ts';
import { emptyDocument } from './document.ts';

const optionalText = z.string({ error: 'expected a string or null' }).nullable().optional();

const captionSchema = z.union(
  [z.string(), z.object({ text: z.string(), credit: z.string().nullable().optional() })],
  { error: 'expected a string or {text, credit}' },
);

const relatedSchema = z.union(
  [z.string(), z.object({ title: z.string(), url: z.string().nullable().optional() })],
  { error: 'expected a string or {title, url}' },
);

const recordSchema = z.object(
  {
    kind: z.enum(['article', 'brief', 'teaser'], { error: "expected 'article', 'brief' or 'teaser'" }).optional(),
    title: optionalText,
    published: optionalText.refine((v) => v === null || v === undefined || parseIsoDate(v) !== null, {
      error: 'expected an ISO-8601 date (YYYY-MM-DD) or datetime',
    }),
    author: optionalText,
    authorNote: optionalText,
    site: optionalText,
    category: optionalText,
    lede: optionalText,
    body: z
      .union([z.string(), z.array(z.string())], { error: 'expected a string or an array of strings' })
      .optional(),
    captions: z.array(captionSchema, { error: 'expected an array' }).optional(),
    related: z.array(relatedSchema, { error: 'expected an array' }).optional(),
    parent: z.int({ error: 'expected a non-negative integer or null' }).nonnegative().nullable().optional(),
    url: optionalText,
  },
  { error: 'expected a JSON object' },
);

type JsonRecord = z.infer<typeof recordSchema>;

export interface JsonlRead {
  documents: StructuredDocument[];
  warnings: string[];
}

/**
 * Read JSONL lines. Bad lines become warnings `line N: <field>: <problem>`. `parent` counts records
 * (non-blank lines) from 0 and is mapped to the index of that record's document in the result.
 */
export function readJsonl(lines: string[]): JsonlRead {
  const documents: StructuredDocument[] = [];
  const warnings: string[] = [];
  // record ordinal → index in documents, for the records that were kept
  const kept = new Map<number, number>();
  const parents: { doc: StructuredDocument; parent: number; line: number }[] = [];
  let ordinal = -1;
  lines.forEach((line, i) => {
    if (line === '') return;
    ordinal++;
    const lineNumber = i + 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      warnings.push(`line ${lineNumber}: (json): ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    const parsed = recordSchema.safeParse(value);
    if (!parsed.success) {
      const issues = parsed.error.issues;
      const first = issues[0];
      const field = first && first.path.length > 0 ? first.path.join('.') : '(record)';
      const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
      warnings.push(`line ${lineNumber}: ${field}: ${first?.message ?? 'invalid'}${more}`);
      return;
    }
    const doc = toDocument(parsed.data);
    if (doc.title === null && doc.lede === null && doc.body.length === 0) {
      warnings.push(`line ${lineNumber}: body: record has no title, lede or body text`);
      return;
    }
    kept.set(ordinal, documents.length);
    documents.push(doc);
    if (parsed.data.parent !== null && parsed.data.parent !== undefined) {
      parents.push({ doc, parent: parsed.data.parent, line: lineNumber });
    }
  });
  for (const { doc, parent, line } of parents) {
    const index = kept.get(parent);
    if (index === undefined || documents[index] === doc) {
      warnings.push(`line ${line}: parent: no usable record at index ${parent}`);
    } else {
      doc.parent = index;
    }
  }
  return { documents, warnings };
}

function toDocument(record: JsonRecord): StructuredDocument {
  const published = record.published ? parseIsoDate(record.published) : null;
  return {
    ...emptyDocument(record.kind ?? 'article'),
    title: clean(record.title),
    published: published?.iso ?? null,
    publishedPrecision: published?.precision ?? 'unknown',
    author: clean(record.author),
    authorNote: clean(record.authorNote),
    site: clean(record.site),
    category: clean(record.category),
    lede: clean(record.lede),
    body: paragraphs(record.body),
    captions: (record.captions ?? []).map(toCaption).filter((c) => c.text !== '' || c.credit !== null),
    related: (record.related ?? []).map(toRelated).filter((r) => r.title !== ''),
    url: clean(record.url),
  };
}

/** A body given as one string is split into paragraphs at line breaks. */
function paragraphs(body: string | string[] | undefined): string[] {
  if (body === undefined) return [];
  const parts = typeof body === 'string' ? body.split(/\r\n|\r|\n/) : body;
  return parts.map((p) => clean(p)).filter((p): p is string => p !== null);
}

function toCaption(caption: string | { text: string; credit?: string | null | undefined }): Caption {
  if (typeof caption === 'string') return { text: clean(caption) ?? '', credit: null };
  return { text: clean(caption.text) ?? '', credit: clean(caption.credit) };
}

function toRelated(related: string | { title: string; url?: string | null | undefined }): RelatedLink {
  if (typeof related === 'string') return { title: clean(related) ?? '', url: null };
  return { title: clean(related.title) ?? '', url: clean(related.url) };
}

/** NFC and trimmed; empty becomes null. */
function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = normalizeText(value).trim();
  return text === '' ? null : text;
}
