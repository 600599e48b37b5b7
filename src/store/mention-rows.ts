// Mentions inserted many rows per statement: a document has dozens of mentions, and one statement
// per row costs a round through the executor each. A document's rows go in chunks of falling
// powers of two (32, 16, … 1), so any count takes at most a handful of statements (15 rows: 8, 4,
// 2, 1) and only six SQL texts exist, all kept by the executor's statement cache.
import type { CompiledQuery } from 'kysely';
import type { SqlExecutor } from './dialect.ts';
import { MENTION_COLUMNS, type MentionRow } from './entities-statements.ts';

/** Rows of the largest chunk; 32 rows × 12 columns stays far below either database's parameter limit. */
export const MENTION_CHUNK = 32;
const CHUNK_SIZES = [32, 16, 8, 4, 2, 1] as const;

const cache = new WeakMap<SqlExecutor, Map<number, CompiledQuery<unknown>>>();

/** The INSERT of `size` rows; its parameters are the columns in order, row after row. */
function chunkStatement(exec: SqlExecutor, size: number): CompiledQuery<unknown> {
  let bySize = cache.get(exec);
  if (!bySize) cache.set(exec, (bySize = new Map()));
  let compiled = bySize.get(size);
  if (!compiled) {
    const rows = Array.from({ length: size }, (_, r) =>
      Object.fromEntries(MENTION_COLUMNS.map((c) => [c, `${r}:${c}`])) as unknown as MentionRow,
    );
    compiled = exec.db.insertInto('mentions').values(rows).compile();
    const expected = rows.flatMap((_, r) => MENTION_COLUMNS.map((c) => `${r}:${c}`));
    // Binding relies on this order; a Kysely that emitted otherwise must fail loudly, not mix columns.
    if (compiled.parameters.join('\u0001') !== expected.join('\u0001')) throw new Error('unexpected parameter order in the multi-row mention insert');
    bySize.set(size, compiled);
  }
  return compiled;
}

export async function insertMentionRows(exec: SqlExecutor, rows: readonly MentionRow[]): Promise<void> {
  let i = 0;
  for (const size of CHUNK_SIZES) {
    for (; i + size <= rows.length; i += size) {
      const parameters = rows.slice(i, i + size).flatMap((row) => MENTION_COLUMNS.map((c) => row[c]));
      await exec.run({ ...chunkStatement(exec, size), parameters });
    }
  }
}
