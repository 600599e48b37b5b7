// Version 5: accounts for the server. Users with a role (and agencies for reporters), browser
// sessions, API tokens and settings. Secrets are stored as SHA-256 hashes: a leaked database gives
// no usable session or token, and passwords are scrypt hashes (serve/http/passwords.ts).
import { sql } from 'kysely';
import type { Migration, StoreDialect } from './dialect.ts';

export function accountsMigration(dialect: StoreDialect): Migration {
  return {
    version: 5,
    name: 'users, sessions, API tokens, settings',
    async up(exec) {
      const { schema } = exec.db;
      await exec.run(
        schema
          .createTable('users')
          .addColumn('id', 'integer', (c) => dialect.idColumn(c))
          .addColumn('username', 'text', (c) => c.notNull().unique())
          .addColumn('password_hash', 'text', (c) => c.notNull())
          .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin', 'editor', 'reporter', 'viewer')`))
          .addColumn('agencies', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0)),
      );
      await exec.run(
        schema
          .createTable('sessions')
          .addColumn('token_hash', 'text', (c) => c.primaryKey())
          .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
          .addColumn('csrf_token', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('expires_at', 'text', (c) => c.notNull()),
      );
      await exec.run(
        schema
          .createTable('api_tokens')
          .addColumn('id', 'integer', (c) => dialect.idColumn(c))
          .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('token_hash', 'text', (c) => c.notNull().unique())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('last_used_at', 'text'),
      );
      await exec.run(
        schema
          .createTable('settings')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('value', 'text', (c) => c.notNull()),
      );
    },
  };
}
