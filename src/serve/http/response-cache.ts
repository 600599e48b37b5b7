// Serialized responses of read routes, keyed by the store's data version and the request URL: a
// query asked again (the popular searches, the dashboard) is answered without touching SQLite, and
// any write, ingest or relink changes the version, so nothing stale is ever served. The ETag is
// derived from the key, so conditional requests need no hashing of the body either. Bodies are kept
// as UTF-8 bytes: a string is encoded again for every send, and under 200 clients reading the
// dashboard and entity pages (60 KB a response) that encoding and its garbage were a quarter of the
// server's time.
import { createHash } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { LRUCache } from 'lru-cache';
import { jsonFor, seesServerPaths } from './provenance.ts';

const MAX_BYTES = 64 * 1024 * 1024;

export interface ResponseCache {
  /**
   * Sends the cached JSON for `key`, or builds, caches and sends it. Readers and editors get
   * separate entries: readers' copies show file names where editors see server paths.
   */
  send(reply: FastifyReply, key: string, build: () => unknown): Promise<FastifyReply>;
}

export function createResponseCache(): ResponseCache {
  const cache = new LRUCache<string, { body: Buffer; etag: string }>({
    maxSize: MAX_BYTES,
    sizeCalculation: (v) => v.body.length + 64,
  });
  return {
    async send(reply, url, build) {
      const user = reply.request.user;
      const key = `${seesServerPaths(user) ? 'paths' : 'names'}|${url}`;
      let hit = cache.get(key);
      if (!hit) {
        const body = Buffer.from(jsonFor(user, await build()), 'utf8');
        hit = { body, etag: `"${createHash('sha1').update(key).digest('base64url')}"` };
        // Very large bodies (a huge export) are not worth keeping.
        if (body.length < MAX_BYTES / 16) cache.set(key, hit);
      }
      const request = reply.request;
      if (request.headers['if-none-match'] === hit.etag) return reply.code(304).header('etag', hit.etag).send();
      return reply.header('etag', hit.etag).type('application/json; charset=utf-8').send(hit.body);
    },
  };
}
