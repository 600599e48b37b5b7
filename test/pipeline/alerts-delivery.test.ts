// A target's status worsens: one e-mail reaches an SMTP server on loopback and one signed call
// reaches a webhook receiver on loopback; running again (after reopening the store, or from two
// workers at once) sends nothing more. A failing webhook is retried with backoff and recorded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { openStore, type Store } from '../../src/store/index.ts';
import { BUILTIN_PACK_DIR, loadPack } from '../../src/programme/load.ts';
import { syncProgramme } from '../../src/pipeline/track.ts';
import { ingestPaths } from '../../src/pipeline/ingest.ts';
import { runAlerts } from '../../src/pipeline/alerts/run.ts';
import { createMailer } from '../../src/pipeline/alerts/email.ts';
import { verifyWebhook } from '../../src/pipeline/alerts/webhook.ts';
import { tempDir } from '../helpers.ts';

const pack = loadPack(BUILTIN_PACK_DIR);
// In the built-in pack, the share of online dossiers (target for 2025) is "at risk" in August 2025
// and "off track" once 2025 is over: a worsening that needs no new data, only a later day.
const TARGET = 'online_dossiers_share_2025';
const BEFORE = new Date('2025-08-01T03:00:00Z');
const AFTER = new Date('2026-01-02T03:00:00Z');
const SECRET = 'bí-mật-webhook';

interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** RFC 2047 encoded words (`=?UTF-8?B?…?=`, `=?UTF-8?Q?…?=`), as nodemailer writes a Vietnamese subject. */
function decodeWords(value: string): string {
  return value.replace(/\?=\s+=\?/g, '?==?').replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi, (_m, mode: string, text: string) =>
    mode.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
  );
}

/** Subject and text of a single-part message with a base64 body (what the mailer sends). */
function readMessage(raw: string): { subject: string; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  assert.match(headers, /content-transfer-encoding: base64/i);
  const subject = decodeWords(/^subject: (.*)$/im.exec(headers)?.[1] ?? '');
  return { subject, text: Buffer.from(raw.slice(split + 4).replace(/\s+/g, ''), 'base64').toString('utf8') };
}

async function smtpSink(t: { after: (fn: () => Promise<void>) => void }): Promise<{ port: number; mails: Mail[] }> {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address).join(', '), ...readMessage(Buffer.concat(chunks).toString('latin1')) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { port: (server.server.address() as AddressInfo).port, mails };
}

interface Call {
  body: string;
  signature: string | undefined;
  timestamp: string | undefined;
}

async function webhookSink(t: { after: (fn: () => Promise<void>) => void }, answers: number[] = []): Promise<{ url: string; calls: Call[] }> {
  const calls: Call[] = [];
  const server: Server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      calls.push({
        body: Buffer.concat(chunks).toString('utf8'),
        signature: request.headers['x-radar57-signature'] as string | undefined,
        timestamp: request.headers['x-radar57-timestamp'] as string | undefined,
      });
      response.statusCode = answers.shift() ?? 204;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, calls };
}

async function watchingStore(path: string, webhookUrl: string): Promise<Store> {
  const store = await openStore(path);
  await syncProgramme(store, pack, { actor: 'test' });
  const user = await store.accounts.addUser({ username: 'lanhdao', role: 'viewer', agencies: [], passwordHash: 'x' }, 'test');
  await store.alerts.watchlists.add(user.id, { name: 'Mục tiêu 2025', items: [{ kind: 'target', ref: TARGET, label: null }] });
  await store.alerts.settings.set(user.id, { email: 'lanhdao@example.gov.vn', frequency: 'daily' });
  await store.alerts.webhooks.add(user.id, webhookUrl, SECRET);
  return store;
}

test('a worsened target: one e-mail and one signed webhook call, none again after a restart or from a second worker', async (t) => {
  const smtp = await smtpSink(t);
  const hook = await webhookSink(t);
  const path = join(tempDir(t), 'radar57.db');
  const mailer = createMailer({ url: `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true`, from: 'Radar 57 <radar57@example.gov.vn>' });
  let store = await watchingStore(path, hook.url);
  const options = { mailer, allowPrivateWebhooks: true };

  const baseline = await runAlerts(store, pack, { ...options, now: BEFORE });
  assert.equal(baseline.events.length, 0, 'the first run only records where things stand');

  const run = await runAlerts(store, pack, { ...options, now: AFTER });
  assert.deepEqual(run.events.map((e) => e.kind), ['target_worse']);
  assert.equal(run.events[0]!.severity, 'warning');
  assert.deepEqual(run.emails, { sent: 1, failed: 0 });
  assert.deepEqual(run.webhooks, { sent: 1, failed: 0 });
  assert.equal(smtp.mails.length, 1);
  assert.equal(smtp.mails[0]!.to, 'lanhdao@example.gov.vn');
  assert.match(smtp.mails[0]!.subject, /Cảnh báo: Mục tiêu .* chuyển sang chậm, khó đạt/);
  assert.match(smtp.mails[0]!.text, /đổi từ có nguy cơ chậm sang chậm, khó đạt/);
  assert.match(smtp.mails[0]!.text, /02\/01\/2026/);

  assert.equal(hook.calls.length, 1);
  const call = hook.calls[0]!;
  assert.ok(verifyWebhook(SECRET, call, call.body, AFTER.getTime() / 1000), 'the signature verifies with the secret');
  assert.ok(!verifyWebhook('another secret', call, call.body, AFTER.getTime() / 1000));
  assert.ok(!verifyWebhook(SECRET, call, call.body.replace('target_worse', 'target_better'), AFTER.getTime() / 1000), 'a changed body fails');
  assert.ok(!verifyWebhook(SECRET, call, call.body, AFTER.getTime() / 1000 + 3600), 'an old call is refused');
  const payload = JSON.parse(call.body) as { event: { kind: string; title: string } };
  assert.equal(payload.event.kind, 'target_worse');

  // A restart: the store is reopened; the same day, later, and the day after.
  await store.close();
  store = await openStore(path);
  t.after(() => store.close());
  for (const now of [new Date('2026-01-02T05:00:00Z'), new Date('2026-01-03T05:00:00Z')]) {
    const again = await runAlerts(store, pack, { ...options, now });
    assert.deepEqual(again.recorded, { events: 0, deliveries: 0 });
  }
  // Two workers over the same database at once.
  const second = await openStore(path);
  t.after(() => second.close());
  await Promise.all([runAlerts(store, pack, { ...options, now: AFTER }), runAlerts(second, pack, { ...options, now: AFTER })]);
  assert.equal(smtp.mails.length, 1, 'no second e-mail');
  assert.equal(hook.calls.length, 1, 'no second webhook call');
  assert.deepEqual(
    (await store.alerts.deliveries()).map((d) => [d.channel, d.status]),
    [['inbox', 'sent'], ['email', 'sent'], [`webhook:1`, 'sent']],
  );
  const user = (await store.accounts.getUser('lanhdao'))!;
  assert.equal((await store.alerts.inbox(user.id)).length, 1);
});

test('a failed webhook call is recorded and retried after its backoff, not before', async (t) => {
  const hook = await webhookSink(t, [500]);
  const path = join(tempDir(t), 'radar57.db');
  const store = await watchingStore(path, hook.url);
  t.after(() => store.close());
  await runAlerts(store, pack, { now: BEFORE, allowPrivateWebhooks: true });
  const first = await runAlerts(store, pack, { now: AFTER, allowPrivateWebhooks: true });
  assert.deepEqual(first.webhooks, { sent: 0, failed: 1 });
  const [failed] = await store.alerts.deliveries({ channel: 'webhook:1' });
  assert.equal(failed!.status, 'pending');
  assert.equal(failed!.attempts, 1);
  assert.match(failed!.lastError ?? '', /HTTP 500/);
  assert.equal(failed!.dueAt, new Date(AFTER.getTime() + 60_000).toISOString());

  const early = await runAlerts(store, pack, { now: new Date(AFTER.getTime() + 30_000), allowPrivateWebhooks: true });
  assert.deepEqual(early.webhooks, { sent: 0, failed: 0 });
  assert.equal(hook.calls.length, 1);
  const later = await runAlerts(store, pack, { now: new Date(AFTER.getTime() + 120_000), allowPrivateWebhooks: true });
  assert.deepEqual(later.webhooks, { sent: 1, failed: 0 });
  assert.equal(hook.calls.length, 2);
  const [sent] = await store.alerts.deliveries({ channel: 'webhook:1' });
  assert.equal(sent!.status, 'sent');
  assert.equal(sent!.attempts, 2);
});

test('webhooks to loopback are refused unless private addresses are allowed', async (t) => {
  const hook = await webhookSink(t);
  const store = await watchingStore(join(tempDir(t), 'radar57.db'), hook.url);
  t.after(() => store.close());
  await runAlerts(store, pack, { now: BEFORE });
  const run = await runAlerts(store, pack, { now: AFTER });
  assert.deepEqual(run.webhooks, { sent: 0, failed: 1 });
  assert.equal(hook.calls.length, 0);
  assert.match((await store.alerts.deliveries({ channel: 'webhook:1' }))[0]!.lastError ?? '', /refusing to connect to 127\.0\.0\.1/);
});

test('news for a daily digest waits for 07:00 in Vietnam, then goes as one message', async (t) => {
  const smtp = await smtpSink(t);
  const dir = tempDir(t);
  const store = await openStore(join(dir, 'radar57.db'));
  t.after(() => store.close());
  const user = await store.accounts.addUser({ username: 'chuyenvien', role: 'viewer', agencies: [], passwordHash: 'x' }, 'test');
  await store.alerts.searches.add(user.id, { name: 'Vệ tinh', query: 'vệ tinh', filters: {} });
  await store.alerts.settings.set(user.id, { email: 'chuyenvien@example.gov.vn', frequency: 'daily' });
  const mailer = createMailer({ url: `smtp://127.0.0.1:${smtp.port}`, from: 'Radar 57 <radar57@example.gov.vn>' });
  await runAlerts(store, pack, { now: new Date('2026-03-10T01:00:00Z'), mailer });
  for (const [file, title] of [['a.txt', 'Phóng vệ tinh thứ nhất'], ['b.txt', 'Phóng vệ tinh thứ hai']] as const) {
    writeFileSync(join(dir, file), `${title}\nVệ tinh do Việt Nam chế tạo, ${title.toLowerCase()}, đã vào quỹ đạo.\n`);
  }
  await ingestPaths([join(dir, 'a.txt'), join(dir, 'b.txt')], store);
  const noon = await runAlerts(store, pack, { now: new Date('2026-03-10T05:00:00Z'), mailer });
  assert.equal(noon.events.length, 2);
  assert.deepEqual(noon.emails, { sent: 0, failed: 0 });
  assert.equal(smtp.mails.length, 0, 'not before the digest');
  const morning = await runAlerts(store, pack, { now: new Date('2026-03-11T00:05:00Z'), mailer });
  assert.deepEqual(morning.emails, { sent: 1, failed: 0 });
  assert.equal(smtp.mails.length, 1);
  assert.equal(smtp.mails[0]!.subject, '[Radar 57] Bản tin theo dõi: 2 thông báo');
  assert.match(smtp.mails[0]!.text, /1\. Tin mới khớp tìm kiếm "Vệ tinh": Phóng vệ tinh thứ nhất[\s\S]*2\. Tin mới khớp tìm kiếm "Vệ tinh": Phóng vệ tinh thứ hai/);
});
