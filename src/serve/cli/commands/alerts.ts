// `radar57 alerts run [--dry-run]`: compute the events the data gives since the last run, record
// them and send what is due (e-mail through $RADAR57_SMTP_URL, webhooks); `radar57 alerts
// deliveries`: what was sent, what waits, what failed and why.
import { InvalidArgumentError, type Command } from 'commander';
import { dbPath, printJson } from '../options.ts';
import { printText } from '../output.ts';
import { summaryOf } from '../command-list.ts';
import { withProgramme } from '../programme-context.ts';
import { openStore } from '../../../store/index.ts';
import { runAlerts } from '../../../pipeline/alerts/run.ts';
import { createMailer, mailConfigFromEnv } from '../../../pipeline/alerts/email.ts';
import type { DeliveryStatus } from '../../../store/alerts/types.ts';

function parseInstant(value: string): Date {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new InvalidArgumentError('expected an instant, e.g. 2026-01-02T07:00:00+07:00');
  return new Date(ms);
}

const STATUSES: readonly DeliveryStatus[] = ['pending', 'sending', 'sent', 'failed'];

export function registerAlerts(program: Command): void {
  const alerts = program.command('alerts').description(summaryOf('alerts'));
  alerts
    .command('run')
    .description('tính các thông báo mới từ dữ liệu và gửi những gì đến hạn (hộp thư, e-mail, webhook)')
    .option('--dry-run', 'chỉ tính và in ra, không ghi và không gửi gì')
    .option('--now <instant>', 'thời điểm chạy (mặc định: bây giờ)', parseInstant)
    .option('--allow-private-webhooks', 'cho phép gửi webhook tới địa chỉ nội bộ (127.0.0.1, 10.x…)')
    .option('--json', 'print JSON')
    .action(async (flags: { dryRun?: boolean; now?: Date; allowPrivateWebhooks?: boolean; json?: boolean }, command: Command) => {
      const mail = mailConfigFromEnv();
      await withProgramme(
        command,
        async ({ store, pack }) => {
          const result = await runAlerts(store, pack, {
            now: flags.now ?? new Date(),
            dryRun: flags.dryRun,
            mailer: mail ? createMailer(mail) : null,
            publicUrl: mail?.publicUrl,
            allowPrivateWebhooks: flags.allowPrivateWebhooks,
          });
          if (flags.json) {
            printJson(result);
            return;
          }
          printText(`${flags.dryRun ? 'Chạy thử (không ghi, không gửi): ' : ''}${result.events.length} sự kiện, ${result.planned.length} lượt gửi dự kiến.\n`);
          for (const e of result.events) printText(`  ${e.severity === 'warning' ? '[cảnh báo] ' : ''}${e.title}\n`);
          if (!flags.dryRun) {
            printText(`Mới ghi: ${result.recorded.events} sự kiện, ${result.recorded.deliveries} lượt gửi. `);
            printText(`E-mail: ${result.emails.sent} đã gửi, ${result.emails.failed} lỗi${mail ? '' : ' (chưa cấu hình RADAR57_SMTP_URL: e-mail chờ)'}. `);
            printText(`Webhook: ${result.webhooks.sent} đã gửi, ${result.webhooks.failed} lỗi.\n`);
          }
        },
        flags.json,
      );
    });
  alerts
    .command('deliveries')
    .description('các lượt gửi: đã gửi, đang chờ, lỗi (kèm lý do và số lần thử)')
    .option('--status <status>', `chỉ một trạng thái: ${STATUSES.join(', ')}`, (v: string) => {
      if (!STATUSES.includes(v as DeliveryStatus)) throw new InvalidArgumentError(`expected one of ${STATUSES.join(', ')}`);
      return v as DeliveryStatus;
    })
    .option('--json', 'print JSON')
    .action(async (flags: { status?: DeliveryStatus; json?: boolean }, command: Command) => {
      const store = await openStore(dbPath(command));
      try {
        const list = await store.alerts.deliveries({ status: flags.status });
        if (flags.json) {
          printJson({ count: list.length, deliveries: list });
          return;
        }
        if (list.length === 0) printText('Chưa có lượt gửi nào.\n');
        for (const d of list) {
          printText(`#${d.id} sự kiện ${d.eventId} → người dùng ${d.userId} ${d.channel} ${d.status} (${d.attempts} lần thử)${d.lastError ? `: ${d.lastError}` : ''}\n`);
        }
      } finally {
        await store.close();
      }
    });
}
