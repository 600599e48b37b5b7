// Statements compiled once per executor and re-bound per row. Saving mentions runs a few statements
// per mention for every ingested document; compiling each through Kysely again would cost more than
// running it. The executor prepares each distinct SQL text once, so only the parameters change.
import type { CompiledQuery, Compilable, Selectable } from 'kysely';
import type { MentionsTable } from './schema.ts';
import type { SqlExecutor } from './dialect.ts';

/** A compiled statement whose parameters are named: bind a row of values to run it. */
export interface BoundStatement<Row> {
  bind(row: Row): CompiledQuery<unknown>;
}

const MARK = '\u0000param:';

/**
 * Compiles `build` with a marker value per named parameter, then records where each marker landed,
 * so binding does not depend on the order in which Kysely emits the parameters.
 */
function compileNamed<Row extends Record<string, unknown>>(
  exec: SqlExecutor,
  names: readonly (keyof Row & string)[],
  build: (param: (name: keyof Row & string) => string) => Compilable<unknown>,
): BoundStatement<Row> {
  const compiled = build((name) => `${MARK}${name}`).compile();
  const order = compiled.parameters.map((p) => {
    const name = typeof p === 'string' && p.startsWith(MARK) ? p.slice(MARK.length) : null;
    if (name === null || !names.includes(name as keyof Row & string)) {
      throw new Error(`statement parameter ${String(p)} is not one of ${names.join(', ')}`);
    }
    return name as keyof Row & string;
  });
  return { bind: (row) => ({ ...compiled, parameters: order.map((n) => row[n]) }) };
}

/** A mention row as inserted (the schema's columns, without the generated id). */
export type MentionRow = Omit<Selectable<MentionsTable>, 'id'>;

export interface EntityRow extends Record<string, unknown> {
  kind: string;
  key: string;
  name: string;
  seen: string;
}

export interface AliasRow extends Record<string, unknown> {
  entity_id: number;
  alias: string;
  alias_key: string;
}

export interface FactsVersionRow extends Record<string, unknown> {
  document_id: number;
  extraction_version: string;
  extracted_at: string;
}

export interface DocumentRow extends Record<string, unknown> {
  document_id: number;
}

export interface LinkStatements {
  /** Entities the document's current mentions name (to drop those left without mentions). */
  linkedEntities: BoundStatement<DocumentRow>;
  deleteMentions: BoundStatement<DocumentRow>;
  deleteLegalId: BoundStatement<DocumentRow>;
  /** Inserts the entity or touches its last_seen; returns its id either way. */
  upsertEntity: BoundStatement<EntityRow>;
  insertAlias: BoundStatement<AliasRow>;
  recordVersion: BoundStatement<FactsVersionRow>;
}

const cache = new WeakMap<SqlExecutor, LinkStatements>();

export const MENTION_COLUMNS = [
  'document_id',
  'kind',
  'field',
  'idx',
  'start',
  'end',
  'text',
  'value',
  'confidence',
  'extractor',
  'extractor_version',
  'entity_id',
] as const;

export function linkStatements(exec: SqlExecutor): LinkStatements {
  const known = cache.get(exec);
  if (known) return known;
  const { db } = exec;
  const byDocument = (p: (name: 'document_id') => string) => p('document_id') as unknown as number;
  const statements: LinkStatements = {
    linkedEntities: compileNamed<DocumentRow>(exec, ['document_id'], (p) =>
      db
        .selectFrom('mentions')
        .select('entity_id')
        .distinct()
        .where('document_id', '=', byDocument(p))
        .where('entity_id', 'is not', null),
    ),
    deleteMentions: compileNamed<DocumentRow>(exec, ['document_id'], (p) =>
      db.deleteFrom('mentions').where('document_id', '=', byDocument(p)),
    ),
    deleteLegalId: compileNamed<DocumentRow>(exec, ['document_id'], (p) =>
      db.deleteFrom('document_legal_ids').where('document_id', '=', byDocument(p)),
    ),
    upsertEntity: compileNamed<EntityRow>(exec, ['kind', 'key', 'name', 'seen'], (p) =>
      db
        .insertInto('entities')
        .values({ kind: p('kind'), key: p('key'), name: p('name'), first_seen: p('seen'), last_seen: p('seen') })
        .onConflict((oc) => oc.columns(['kind', 'key']).doUpdateSet((eb) => ({ last_seen: eb.ref('excluded.last_seen') })))
        .returning('id'),
    ),
    insertAlias: compileNamed<AliasRow>(exec, ['entity_id', 'alias', 'alias_key'], (p) =>
      db
        .insertInto('entity_aliases')
        .values({ entity_id: p('entity_id') as unknown as number, alias: p('alias'), alias_key: p('alias_key') })
        .onConflict((oc) => oc.columns(['entity_id', 'alias']).doNothing()),
    ),
    recordVersion: compileNamed<FactsVersionRow>(exec, ['document_id', 'extraction_version', 'extracted_at'], (p) =>
      db
        .insertInto('document_facts')
        .values({
          document_id: p('document_id') as unknown as number,
          extraction_version: p('extraction_version'),
          extracted_at: p('extracted_at'),
        })
        .onConflict((oc) =>
          oc.column('document_id').doUpdateSet((eb) => ({
            extraction_version: eb.ref('excluded.extraction_version'),
            extracted_at: eb.ref('excluded.extracted_at'),
          })),
        ),
    ),
  };
  cache.set(exec, statements);
  return statements;
}
