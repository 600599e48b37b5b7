// One HTTP GET, no redirects followed, with the safety limits every crawler request needs:
// scheme and address checks, an overall deadline, and a body size cap that also holds after
// decompression (a small gzip body can expand enormously).
import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';
import { Readable } from 'node:stream';
import { BlockedAddressError, checkLiteralHost, checkScheme, guardedLookup, type AddressPolicy } from './address-guard.ts';

export interface RawResponse {
  url: string;
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface GetOptions {
  headers: Record<string, string>;
  timeoutMs: number;
  maxBytes: number;
  allowAddress: AddressPolicy;
}

export type FetchErrorKind = 'timeout' | 'too-large' | 'network' | 'blocked' | 'scheme';

export class FetchError extends Error {
  constructor(readonly kind: FetchErrorKind, message: string) {
    super(message);
  }
}

function decoded(res: IncomingMessage): Readable {
  switch ((res.headers['content-encoding'] ?? '').toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return res.pipe(zlib.createGunzip());
    case 'deflate':
      return res.pipe(zlib.createInflate());
    case 'br':
      return res.pipe(zlib.createBrotliDecompress());
    default:
      return res;
  }
}

export async function httpGet(target: string, options: GetOptions): Promise<RawResponse> {
  let url: URL;
  try {
    url = new URL(target);
    checkScheme(url);
    checkLiteralHost(url, options.allowAddress);
  } catch (err) {
    // An unparsable URL or a non-http scheme is the caller's input error; a blocked address is policy.
    const kind: FetchErrorKind = err instanceof BlockedAddressError ? 'blocked' : 'scheme';
    return Promise.reject(new FetchError(kind, err instanceof Error ? err.message : String(err)));
  }
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<RawResponse>((resolve, reject) => {
    let settled = false;
    const fail = (err: FetchError) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      req.destroy();
      reject(err);
    };
    const req = client.request(url, {
      method: 'GET',
      headers: { 'accept-encoding': 'gzip, deflate, br', ...options.headers },
      lookup: guardedLookup(target, options.allowAddress),
    });
    const deadline = setTimeout(() => fail(new FetchError('timeout', `${target}: no complete response within ${options.timeoutMs} ms`)), options.timeoutMs);
    req.on('error', (err) => {
      const blocked = err instanceof BlockedAddressError;
      fail(new FetchError(blocked ? 'blocked' : 'network', blocked ? err.message : `${target}: ${err.message}`));
    });
    req.on('response', (res) => {
      const declared = Number(res.headers['content-length'] ?? NaN);
      if (declared > options.maxBytes) {
        fail(new FetchError('too-large', `${target}: body of ${declared} bytes exceeds the ${options.maxBytes}-byte limit`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      const body = decoded(res);
      body.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBytes) {
          body.destroy();
          fail(new FetchError('too-large', `${target}: body exceeds the ${options.maxBytes}-byte limit`));
          return;
        }
        chunks.push(chunk);
      });
      body.on('error', (err) => fail(new FetchError('network', `${target}: ${err.message}`)));
      body.on('end', () => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        resolve({ url: target, status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      });
    });
    req.end();
  });
}
