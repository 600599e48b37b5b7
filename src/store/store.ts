// A Store over any backend: the executor runs statements, the dialect holds what differs.
import type { SqlExecutor, StoreDialect } from './dialect.ts';
import { countDocuments, getDocument, listDocuments, saveFile, type Clock } from './documents.ts';
import { listMentions, saveMentions } from './mentions.ts';
import { migrate } from './migrations.ts';
import { search } from './search.ts';
import { stats } from './stats.ts';
import * as crawlState from './crawl-state.ts';
import type { Store } from './types.ts';

const systemClock: Clock = () => new Date().toISOString();

/** Migrates the schema to the latest version and returns the store. */
export function createStore(exec: SqlExecutor, dialect: StoreDialect, now: Clock = systemClock): Store {
  migrate(exec, dialect, now);
  return {
    saveFile: (input) => saveFile(exec, dialect, now, input),
    getDocument: (id) => getDocument(exec, id),
    listDocuments: (opts) => listDocuments(exec, opts),
    countDocuments: () => countDocuments(exec),
    stats: () => stats(exec, dialect),
    search: (query, opts) => search(exec, dialect, query, opts),
    saveMentions: (documentId, mentions) => saveMentions(exec, documentId, mentions),
    listMentions: (filter) => listMentions(exec, filter),
    addSource: (input) => crawlState.addSource(exec, now, input),
    listSources: () => crawlState.listSources(exec),
    listSourcesWithCounts: () => crawlState.listSourcesWithCounts(exec),
    removeSource: (key) => crawlState.removeSource(exec, key),
    recordSourceCheck: (id, check) => crawlState.recordSourceCheck(exec, now, id, check),
    enqueueUrls: (sourceId, urls) => crawlState.enqueueUrls(exec, now, sourceId, urls),
    pendingUrls: (limit) => crawlState.pendingUrls(exec, limit),
    recordUrl: (url, outcome) => crawlState.recordUrl(exec, now, url, outcome),
    documentUrls: (documentId) => crawlState.documentUrls(exec, documentId),
    close: () => exec.close(),
  };
}
