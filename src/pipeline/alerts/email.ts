// E-mail through the configured SMTP server (nodemailer). One message per user and run: the
// warnings due now, or the digest of everything due, in Vietnamese, with a link to each item.
import nodemailer from 'nodemailer';
import type { StoredAlertEvent } from '../../store/alerts/types.ts';
import { viDate } from '../../track/alerts/words.ts';

export interface MailConfig {
  /** `smtp://host:port` or `smtps://user:pass@host:port` (nodemailer's URL form). */
  url: string;
  from: string;
  /** The app's address, to make links absolute (`https://radar57.example.gov.vn`). */
  publicUrl?: string;
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export type Mailer = (message: MailMessage) => Promise<void>;

/** From $RADAR57_SMTP_URL, $RADAR57_MAIL_FROM and $RADAR57_PUBLIC_URL; null when no SMTP server is configured. */
export function mailConfigFromEnv(env: NodeJS.ProcessEnv = process.env): MailConfig | null {
  const url = env.RADAR57_SMTP_URL?.trim();
  if (!url) return null;
  return { url, from: env.RADAR57_MAIL_FROM?.trim() || 'Radar 57 <radar57@localhost>', publicUrl: env.RADAR57_PUBLIC_URL?.trim() || undefined };
}

export function createMailer(config: MailConfig): Mailer {
  const transport = nodemailer.createTransport(config.url);
  return async (message) => {
    // Base64 rather than quoted-printable: Vietnamese text is mostly non-ASCII letters.
    await transport.sendMail({ from: config.from, to: message.to, subject: message.subject, text: message.text, textEncoding: 'base64' });
  };
}

/** The message telling one user of these events (warnings first). */
export function composeMessage(to: string, events: readonly StoredAlertEvent[], publicUrl = ''): MailMessage {
  const ordered = [...events].sort((a, b) => (a.severity === b.severity ? a.id - b.id : a.severity === 'warning' ? -1 : 1));
  const warnings = ordered.filter((e) => e.severity === 'warning').length;
  const subject =
    ordered.length === 1
      ? `[Radar 57] ${ordered[0]!.severity === 'warning' ? 'Cảnh báo: ' : ''}${ordered[0]!.title}`
      : `[Radar 57] Bản tin theo dõi: ${ordered.length} thông báo${warnings > 0 ? `, ${warnings} cảnh báo` : ''}`;
  const base = publicUrl.replace(/\/+$/, '');
  const lines = ordered.map((e, i) =>
    [`${i + 1}. ${e.severity === 'warning' ? '[CẢNH BÁO] ' : ''}${e.title}`, `   ${e.summary}`, e.occurred ? `   Ngày: ${viDate(e.occurred)}` : null, e.link ? `   Xem: ${base}${e.link}` : null]
      .filter((l): l is string => l !== null)
      .join('\n'),
  );
  const text = [
    'Kính gửi Quý đồng chí,',
    '',
    `Radar 57 xin thông báo ${ordered.length} nội dung mới theo các tìm kiếm và danh sách theo dõi của đồng chí:`,
    '',
    ...lines.flatMap((l) => [l, '']),
    'Đổi cách nhận thông báo (ngay, hằng ngày, hằng tuần, tắt) tại trang Thông báo của ứng dụng.',
    '',
    'Radar 57 — theo dõi thực hiện Nghị quyết 57-NQ/TW',
  ].join('\n');
  return { to, subject, text: text.normalize('NFC') };
}
