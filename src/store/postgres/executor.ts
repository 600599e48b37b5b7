// Runs Kysely-compiled queries on a `pg` pool. Kysely only builds the SQL (its PostgreSQL dialect
// decides quoting and $n placeholders); statements run here so that a transaction can hold one
// pooled connection for everything issued from within its async context, which is how the store's
// all-or-nothing saves work on a server that serves other requests meanwhile.
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import { Kysely, PostgresDialect, type CompiledQuery } from 'kysely';
import type { Query } from '../dialect.ts';
import type { StoreSchema } from '../schema.ts';
import type { SqlExecutor } from '../dialect.ts';

function compiled<R>(query: Query<R>): CompiledQuery<R> {
  return 'compile' in query ? query.compile() : query;
}

/** The advisory lock key of the store's writer (any constant; "R57" in ASCII). */
const WRITER_LOCK = 0x523537;

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/**
 * `pg` returns int8 (count(*), sum() of integers, pg_database_size) and numeric (avg(), sum() of
 * int8) as strings, because they may exceed what a JavaScript number holds exactly. The store's
 * contract is the SQLite one, where these are numbers, and its counts, ids and sizes stay far below
 * 2^53: parse them to numbers, and fail loudly rather than round if one ever does not fit.
 * Set on this pool's connections only: other `pg` users in the process (pg-boss) keep the defaults.
 */
const storeTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID) {
      return (value: string): number => {
        const n = Number(value);
        if (!Number.isSafeInteger(n)) throw new RangeError(`integer ${value} does not fit a JavaScript number`);
        return n;
      };
    }
    if (oid === NUMERIC_OID) return (value: string): number => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/** The connection a transaction holds, its savepoint depth, and the queue its nested transactions wait in. */
interface Transaction {
  client: pg.PoolClient;
  depth: number;
  /** Nested transactions started concurrently take turns: savepoints on one connection must not interleave. */
  tail: Promise<unknown>;
}

export interface PostgresExecutor extends SqlExecutor {
  readonly pool: pg.Pool;
}

/** Planner settings for the store's connections (see onConnect below). */
const PLANNER_SETTINGS = "SELECT set_config('random_page_cost', '1.1', false) WHERE current_setting('random_page_cost')::float8 = 4";

/** Opens a pool on `connectionString` (postgres://…). Nothing connects until the first statement. */
export function createPostgresExecutor(connectionString: string, options: { max?: number } = {}): PostgresExecutor {
  const pool = new pg.Pool({
    connectionString,
    types: storeTypes,
    max: options.max ?? 10,
    application_name: 'radar57',
    // Each new connection first tells the planner that a random read is cheap, unless the server
    // was configured otherwise (only the stock 4 is replaced), before the pool hands it out. The
    // stock value prices random reads for spinning disks; with the search tables cached or on SSD
    // it made the planner read every row's vector for a word found in 15 % of 20,000 documents
    // (43–81 ms) instead of using the GIN index (3–15 ms, EXPLAIN ANALYZE; docs/benchmarks.md).
    // A failure leaves the server's setting and the connection as they are.
    onConnect: async (client: pg.ClientBase) => {
      await client.query(PLANNER_SETTINGS).catch(() => undefined);
    },
  });
  // An idle pooled connection that the server drops (restart, idle timeout) emits an error on the
  // pool; without a listener that would crash the process. The next statement simply reconnects.
  pool.on('error', () => {});
  const db = new Kysely<StoreSchema>({
    dialect: new PostgresDialect({
      // Building only: every statement runs through the executor below, never through Kysely.
      pool: async () => {
        throw new Error('the store builds queries with Kysely but runs them through its executor');
      },
    }),
  });
  const current = new AsyncLocalStorage<Transaction>();

  const query = async (q: CompiledQuery<unknown>): Promise<pg.QueryResult> => {
    const tx = current.getStore();
    const params = [...q.parameters];
    return tx ? tx.client.query(q.sql, params) : pool.query(q.sql, params);
  };

  async function outermost<T>(work: () => Promise<T>): Promise<T> {
    const client = await pool.connect();
    // A connection whose ROLLBACK failed is in an unknown state: it is destroyed, not pooled again.
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      // One writing transaction at a time per database, across processes, as SQLite's BEGIN
      // IMMEDIATE gives: the store's transactions read, then write what they read decides (is this
      // content stored already? which cluster?), and two at once under READ COMMITTED would both
      // decide on the same state (the crawl saving two URLs of one page stored it twice).
      await client.query('SELECT pg_advisory_xact_lock($1)', [WRITER_LOCK]);
      let result: T;
      try {
        result = await current.run({ client, depth: 0, tail: Promise.resolve() }, work);
      } catch (error) {
        await client.query('ROLLBACK').catch((e: Error) => (broken = e));
        throw error;
      }
      await client.query('COMMIT');
      return result;
    } finally {
      client.release(broken);
    }
  }

  async function savepoint<T>(tx: Transaction, work: () => Promise<T>): Promise<T> {
    const turn = tx.tail.then(async () => {
      const name = `sp_${tx.depth + 1}`;
      await tx.client.query(`SAVEPOINT ${name}`);
      try {
        const result = await current.run({ client: tx.client, depth: tx.depth + 1, tail: Promise.resolve() }, work);
        await tx.client.query(`RELEASE SAVEPOINT ${name}`);
        return result;
      } catch (error) {
        await tx.client.query(`ROLLBACK TO SAVEPOINT ${name}`);
        await tx.client.query(`RELEASE SAVEPOINT ${name}`);
        throw error;
      }
    });
    tx.tail = turn.catch(() => undefined);
    return turn;
  }

  return {
    db,
    pool,
    async all<R>(q: Query<R>): Promise<R[]> {
      return (await query(compiled(q))).rows as R[];
    },
    async first<R>(q: Query<R>): Promise<R | undefined> {
      return (await query(compiled(q))).rows[0] as R | undefined;
    },
    async run(q) {
      const result = await query(compiled(q));
      // Like SQLite's `changes`: rows written by INSERT, UPDATE or DELETE; 0 for anything else.
      const writes = result.command === 'INSERT' || result.command === 'UPDATE' || result.command === 'DELETE' || result.command === 'MERGE';
      return { changes: writes ? (result.rowCount ?? 0) : 0 };
    },
    transaction<T>(work: () => Promise<T>): Promise<T> {
      const tx = current.getStore();
      return tx ? savepoint(tx, work) : outermost(work);
    },
    async close() {
      await db.destroy();
      await pool.end();
    },
  };
}
