// Mentions inserted many rows per statement: a document has dozens of mentions, and one statement
// per row costs a round through the executor each. Full chunks of MENTION_CHUNK rows share one
// prepared statement; the remainder goes row by row, so only two SQL texts exist (the executor's
// statement cache keeps both).
import type { CompiledQuery } from 'kysely';
import type { SqlExecutor } from './dialect.ts';
import { linkStatements, MENTION_COLUMNS, type MentionRow } from './entities-statements.ts';

export const MENTION_CHUNK = 32;

const cache = new WeakMap<SqlExecutor, CompiledQuery<unknown>>();

/** The INSERT of MENTION_CHUNK rows; its parameters are the columns in order, row after row. */
function chunkStatement(exec: SqlExecutor): CompiledQuery<unknown> {
  let compiled = cache.get(exec);
  if (!compiled) {
    const rows = Array.from({ length: MENTION_CHUNK }, (_, r) =>
      Object.fromEntries(MENTION_COLUMNS.map((c) => [c, `${r}:${c}`])) as unknown as MentionRow,
    );
    compiled = exec.db.insertInto('mentions').values(rows).compile();
    const expected = rows.flatMap((_, r) => MENTION_COLUMNS.map((c) => `${r}:${c}`));
    // Binding relies on this order; a Kysely that emitted otherwise must fail loudly, not mix columns.
    if (compiled.parameters.join('\u0001') !== expected.join('\u0001')) throw new Error('unexpected parameter order in the multi-row mention insert');
    cache.set(exec, compiled);
  }
  return compiled;
}

export async function insertMentionRows(exec: SqlExecutor, rows: readonly MentionRow[]): Promise<void> {
  let i = 0;
  if (rows.length >= MENTION_CHUNK) {
    const statement = chunkStatement(exec);
    for (; i + MENTION_CHUNK <= rows.length; i += MENTION_CHUNK) {
      const parameters = rows.slice(i, i + MENTION_CHUNK).flatMap((row) => MENTION_COLUMNS.map((c) => row[c]));
      await exec.run({ ...statement, parameters });
    }
  }
  const { insertMention } = linkStatements(exec);
  for (; i < rows.length; i++) await exec.run(insertMention.bind(rows[i]!));
}
