// A periodic report's data, read from the store: the observations with their sentences, the tasks,
// and the documents the figures come from; the report itself is computed by buildReport (pure).
import type { Pack } from '../programme/schema.ts';
import type { Store } from '../store/index.ts';
import { buildReport, type CitedDocument, type ReportData, type ReportScope } from '../track/report/report-data.ts';
import type { ReportPeriod } from '../track/report/period.ts';
import { sentenceAround } from './task-proposals.ts';

export interface ReportRequest {
  period: ReportPeriod;
  scope: ReportScope;
  /** Today in Vietnam, YYYY-MM-DD. */
  today: string;
}

/** A file's name without its folders: a report never shows where the server keeps its inputs. */
function fileName(origin: string): string {
  return origin.split(/[\\/]/).filter(Boolean).pop() ?? origin;
}

export async function readReport(store: Store, pack: Pack, request: ReportRequest): Promise<ReportData> {
  const observations = await store.programme.observations({ withSubmitted: true });
  const documents = new Map<number, CitedDocument>();
  const ids = [...new Set(observations.map((o) => o.documentId).filter((id): id is number => id !== null))];
  // A brief has no title: its label (its first words) names it, as the app does.
  const labels = await store.documentLabels(ids);
  for (const id of ids) {
    const doc = await store.getDocument(id);
    if (!doc) continue;
    documents.set(id, {
      title: doc.title ?? labels.get(id) ?? null,
      site: doc.site,
      published: doc.published,
      url: doc.url,
      file: fileName(doc.source),
      sentenceAt: (field, index, start) => {
        const text = field === 'title' ? (doc.title ?? '') : field === 'lede' ? (doc.lede ?? '') : (doc.body[index] ?? '');
        return text ? sentenceAround(text, start, start + 1) : null;
      },
    });
  }
  const tasks = await store.tasks.list();
  return buildReport({ pack, observations, tasks, documents, ...request });
}
