// A Store over any backend: the executor runs statements, the dialect holds what differs.
import { sql } from 'kysely';
import type { SqlExecutor, StoreDialect } from './dialect.ts';
import { countDocuments, getDocument, listDocuments, saveFile, storedFileVersion, type Clock } from './documents.ts';
import { listMentions, saveMentions } from './mentions.ts';
import { citations, citedBy, legalCitations } from './citations.ts';
import { entityDetail, findEntities, topEntities } from './entities.ts';
import { countToReextract, idsToReextract, saveFacts, sourceYears } from './reextract-state.ts';
import { migrate } from './migrations.ts';
import { matchingIds, search } from './search.ts';
import { createAlertStore } from './alerts/index.ts';
import { datedDocuments, lastDocumentId, setSourceGroup } from './alerts/attention.ts';
import { stats } from './stats.ts';
import * as crawlState from './crawl-state.ts';
import { listClusters } from './near-duplicate-index.ts';
import type { Store } from './types.ts';
import { saveFiles } from './save-batch.ts';
import { appendAudit, listAudit } from './tracking/audit.ts';
import { createTaskStore } from './tracking/tasks.ts';
import { createTaskProposalStore } from './tracking/task-proposals.ts';
import { createSubmissionStore } from './tracking/submissions.ts';
import { createAccounts } from './accounts.ts';
import { NEAR_DUPLICATE_THRESHOLD, readSetting } from '../settings.ts';
import { documentLabels, similarDocuments } from './clusters-read.ts';
import { cooccurringEntities, facetCounts, placeCounts } from './aggregates.ts';
import * as observations from './tracking/observations.ts';
import * as reviews from './tracking/reviews.ts';
import { createJobStore } from './jobs.ts';

/**
 * Changes whenever anything a reader sees may have changed: a file ingested (every save records
 * one), observations linked again (new row ids), reviews, tasks, pack loads (each leaves an audit
 * entry). Only max() of integer keys: constant time, so a server can key caches and ETags on it.
 * Re-extraction changes facts; the observations relinked after it give the new version.
 */
async function dataVersion(exec: SqlExecutor): Promise<string> {
  const row = await exec.first(
    sql<{ v: string }>`SELECT (SELECT coalesce(max(id), 0) FROM ingest_files) || '.' ||
      (SELECT coalesce(max(id), 0) FROM audit_log) || '.' ||
      (SELECT coalesce(max(id), 0) FROM observations) || '.' ||
      (SELECT coalesce(max(id), 0) FROM mentions) || '.' ||
      (SELECT coalesce(max(id), 0) FROM submission_events) AS v`.compile(exec.db),
  );
  return row?.v ?? '';
}

const systemClock: Clock = () => new Date().toISOString();

/** Migrates the schema to the latest version and returns the store. */
export async function createStore(exec: SqlExecutor, dialect: StoreDialect, now: Clock = systemClock, nearDuplicateThreshold?: number): Promise<Store> {
  await migrate(exec, dialect, now);
  const tasks = createTaskStore(exec, now);
  const accounts = createAccounts(exec, now);
  // The threshold is a stored, audited setting (src/settings.ts), read at every save, so that the
  // CLI, the server and its worker threads cluster alike; an explicit one (tests) overrides it.
  const threshold = async () => nearDuplicateThreshold ?? (await readSetting(accounts, NEAR_DUPLICATE_THRESHOLD));
  return {
    saveFile: async (input) => saveFile(exec, dialect, now, input, await threshold()),
    saveFiles: async (inputs) => {
      const limit = await threshold();
      return saveFiles(exec, (input, batch) => saveFile(exec, dialect, now, input, limit, batch), inputs);
    },
    storedFileVersion: (origin, sourceHash, extractionVersion) => storedFileVersion(exec, origin, sourceHash, extractionVersion),
    getDocument: (id) => getDocument(exec, id),
    listDocuments: (opts) => listDocuments(exec, opts),
    countDocuments: () => countDocuments(exec),
    stats: () => stats(exec, dialect),
    search: (query, opts) => search(exec, dialect, query, opts),
    saveMentions: (documentId, mentions, extractionVersion) =>
      saveMentions(exec, documentId, mentions, { extractionVersion, now: now() }),
    saveFacts: (updates, extractionVersion) => saveFacts(exec, updates, extractionVersion, now()),
    listMentions: (filter) => listMentions(exec, filter),
    findEntities: (name, query) => findEntities(exec, name, query),
    entityDetail: (id) => entityDetail(exec, id),
    citations: (documentId) => citations(exec, documentId),
    citedBy: (legalId) => citedBy(exec, legalId),
    legalCitations: (legalId) => legalCitations(exec, legalId),
    legalIdOf: async (documentId) =>
      (await exec.first(exec.db.selectFrom('document_legal_ids').select('legal_id').where('document_id', '=', documentId)))
        ?.legal_id ?? null,
    countToReextract: (version, selection) => countToReextract(exec, version, selection),
    idsToReextract: (version, selection) => idsToReextract(exec, version, selection),
    sourceYears: () => sourceYears(exec),
    addSource: (input) => crawlState.addSource(exec, now, input),
    listSources: () => crawlState.listSources(exec),
    listSourcesWithCounts: () => crawlState.listSourcesWithCounts(exec),
    removeSource: (key) => crawlState.removeSource(exec, key),
    recordSourceCheck: (id, check) => crawlState.recordSourceCheck(exec, now, id, check),
    enqueueUrls: (sourceId, urls, limit) => crawlState.enqueueUrls(exec, now, sourceId, urls, limit),
    pendingUrls: (limit) => crawlState.pendingUrls(exec, limit),
    recordUrl: (url, outcome) => crawlState.recordUrl(exec, now, url, outcome),
    documentUrls: (documentId) => crawlState.documentUrls(exec, documentId),
    nearDuplicateClusters: () => listClusters(exec),
    tasks,
    taskProposals: createTaskProposalStore(exec, () => now(), tasks),
    submissions: createSubmissionStore(exec, () => now()),
    accounts,
    alerts: createAlertStore(exec, now),
    attention: {
      documents: () => datedDocuments(exec),
      lastDocumentId: () => lastDocumentId(exec),
      matchingIds: (query, opts, afterId) => matchingIds(exec, dialect, query, opts, afterId),
    },
    setSourceGroup: (key, group) => setSourceGroup(exec, key, group),
    dataVersion: () => dataVersion(exec),
    facetCounts: (ids) => facetCounts(exec, ids),
    cooccurring: (entityId, limit) => cooccurringEntities(exec, entityId, limit),
    placeCounts: () => placeCounts(exec),
    similarDocuments: (id) => similarDocuments(exec, id),
    documentLabels: (ids) => documentLabels(exec, ids),
    topEntities: (query) => topEntities(exec, query),
    programme: {
      current: () => observations.currentPack(exec),
      load: (pack, actor) => observations.loadPack(exec, now(), pack, actor),
      staleDocuments: (packHash, afterId, limit) => observations.staleDocuments(exec, packHash, afterId, limit),
      countStaleDocuments: (packHash) => observations.countStaleDocuments(exec, packHash),
      saveLinked: (packHash, documents) => observations.saveLinked(exec, packHash, documents),
      observations: (filter) => observations.listObservations(exec, filter),
      observation: (key) => observations.getObservation(exec, key),
    },
    reviews: {
      add: (input, reviewer) => reviews.addReview(exec, now(), input, reviewer),
      history: (kind, key) => reviews.reviewHistory(exec, kind, key),
      list: (limit) => reviews.listReviews(exec, limit),
      latest: (kind, keys) => reviews.latestReviews(exec, kind, keys),
    },
    audit: {
      append: (entry) => appendAudit(exec, now(), entry),
      list: (query) => listAudit(exec, query),
    },
    jobs: createJobStore(exec, now),
    close: () => exec.close(),
  };
}
