// A Store over any backend: the executor runs statements, the dialect holds what differs.
import type { SqlExecutor, StoreDialect } from './dialect.ts';
import { countDocuments, getDocument, listDocuments, saveFile, type Clock } from './documents.ts';
import { listMentions, saveMentions } from './mentions.ts';
import { migrate } from './migrations.ts';
import { search } from './search.ts';
import { stats } from './stats.ts';
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
    close: () => exec.close(),
  };
}
