// Version 11: near-duplicate signatures stored as bytes, and bucket lookups answered from an index.
// At a million documents of the bench corpus a bulk load spent most of its time on near-duplicate
// candidates (29 of 42 s for 3,000 files): each candidate's signature was a JSON array of 256
// numbers to page in and parse, and each bucket row was found through an index on the bucket alone
// and then read from the table for its document. The signatures move to document_minhashes (1 KB of
// bytes each, minhash-bytes.ts), converted row by row; the index on (bucket, document_id) holds
// everything the candidate query reads.
import { sql } from 'kysely';
import type { Migration, StoreDialect } from './dialect.ts';
import { minhashToBytes } from './minhash-bytes.ts';

/** Signatures converted per statement: 500 rows of two parameters, far below either database's limit. */
const ROWS_PER_STATEMENT = 500;

function parsedSignature(documentId: number, text: string): Uint32Array {
  let values: unknown;
  try {
    values = JSON.parse(text);
  } catch {
    values = null;
  }
  if (!Array.isArray(values) || !values.every((v) => Number.isInteger(v) && v >= 0 && v <= 0xffff_ffff)) {
    throw new Error(`document ${documentId}: its stored near-duplicate signature is not a list of 32-bit values (document_signatures is damaged); the database was left at schema version 10`);
  }
  return Uint32Array.from(values as number[]);
}

export function minhashesMigration(dialect: StoreDialect): Migration {
  return {
    version: 11,
    name: 'near-duplicate signatures as bytes; bucket lookups from the index alone',
    async up(exec) {
      const { schema } = exec.db;
      await exec.run(
        schema
          .createTable('document_minhashes')
          .addColumn('document_id', 'integer', (c) => c.primaryKey().references('documents.id').onDelete('cascade'))
          .addColumn('minhash', dialect.name === 'sqlite' ? 'blob' : 'bytea', (c) => c.notNull()),
      );
      for (let after = 0; ; ) {
        const rows = await exec.all(
          sql<{ document_id: number; signature: string }>`SELECT document_id, signature FROM document_signatures
            WHERE document_id > ${after} ORDER BY document_id LIMIT ${ROWS_PER_STATEMENT}`.compile(exec.db),
        );
        if (rows.length === 0) break;
        await exec.run(
          exec.db
            .insertInto('document_minhashes')
            .values(rows.map((r) => ({ document_id: Number(r.document_id), minhash: minhashToBytes(parsedSignature(Number(r.document_id), r.signature)) }))),
        );
        after = Number(rows[rows.length - 1]!.document_id);
      }
      await exec.run(schema.dropTable('document_signatures'));
      await exec.run(schema.createIndex('lsh_buckets_bucket_document').on('lsh_buckets').columns(['bucket', 'document_id']));
      await exec.run(schema.dropIndex('lsh_buckets_lookup'));
    },
  };
}
