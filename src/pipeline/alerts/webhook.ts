// Signed webhooks. The body is the event as JSON; `X-Radar57-Timestamp` is the time of sending (Unix
// seconds) and `X-Radar57-Signature` is `sha256=` + HMAC-SHA256, keyed by the webhook's secret, of
// `<timestamp>.<body>`: the receiver recomputes it, compares in constant time, and refuses old
// timestamps, so a captured call cannot be replayed later. The target is checked like the
// crawler's: http(s) only, and public addresses only (after DNS) unless private ones are allowed.
import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { checkLiteralHost, checkScheme, guardedLookup, anyAddress, publicOnly } from '../../sources/address-guard.ts';

export const SIGNATURE_HEADER = 'x-radar57-signature';
export const TIMESTAMP_HEADER = 'x-radar57-timestamp';
const TIMEOUT_MS = 10_000;

export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** What a receiver does: true when the signature is the body's and the timestamp within `toleranceS` of `nowS`. */
export function verifyWebhook(secret: string, headers: { signature: string | undefined; timestamp: string | undefined }, body: string, nowS: number, toleranceS = 300): boolean {
  const { signature, timestamp } = headers;
  if (!signature || !timestamp || !/^\d+$/.test(timestamp) || Math.abs(nowS - Number(timestamp)) > toleranceS) return false;
  const expected = Buffer.from(webhookSignature(secret, timestamp, body));
  const got = Buffer.from(signature);
  return expected.length === got.length && timingSafeEqual(expected, got);
}

export interface WebhookCall {
  url: string;
  secret: string;
  body: string;
  /** Unix seconds. */
  timestamp: number;
  headers?: Record<string, string>;
  /** Admit loopback and private addresses (tests, an intranet receiver). */
  allowPrivate?: boolean;
}

/** Posts one call; resolves on a 2xx answer, rejects with the reason otherwise. Redirects are not followed. */
export async function postWebhook(call: WebhookCall): Promise<void> {
  const url = new URL(call.url);
  checkScheme(url);
  const allow = call.allowPrivate ? anyAddress : publicOnly;
  checkLiteralHost(url, allow);
  const timestamp = String(call.timestamp);
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: 'POST',
        lookup: guardedLookup(call.url, allow),
        timeout: TIMEOUT_MS,
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'user-agent': 'Radar57-webhook',
          [TIMESTAMP_HEADER]: timestamp,
          [SIGNATURE_HEADER]: webhookSignature(call.secret, timestamp, call.body),
          ...call.headers,
        },
      },
      (response) => {
        response.resume();
        const status = response.statusCode ?? 0;
        if (status >= 200 && status < 300) resolve();
        else reject(new Error(`webhook ${url.origin}: HTTP ${status}`));
      },
    );
    request.on('timeout', () => request.destroy(new Error(`webhook ${url.origin}: no answer in ${TIMEOUT_MS / 1000} s`)));
    request.on('error', reject);
    request.end(call.body);
  });
}
