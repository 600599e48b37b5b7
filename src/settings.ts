// Settings, validated in one place (zod). Two kinds:
// - the environment of one process (RADAR57_DB, RADAR57_TRUST_PROXY…), read once and checked, a bad
//   value refused naming its variable (InvalidInput), whichever face started the process;
// - stored settings, kept in the database's settings table and changed through the audit log
//   (accounts.setSetting), so that every process on one database (the CLI, the server, its worker
//   threads) uses the same value: the near-duplicate threshold, anonymous reading.
// Flags override the environment per command (src/serve/cli/options.ts); a flag that changes a
// stored setting stores it, audited, rather than applying it to one process only.
import { userInfo } from 'node:os';
import { z } from 'zod';
import { InvalidInput } from './errors.ts';

/** $RADAR57_TRUST_PROXY: unset/false/0 → no proxy; true/1 → any; else addresses or CIDR ranges. */
const trustProxy = z
  .string()
  .optional()
  .transform((value): boolean | string => {
    const v = (value ?? '').trim();
    if (v === '' || v === 'false' || v === '0') return false;
    if (v === 'true' || v === '1') return true;
    return v.split(',').map((a) => a.trim()).filter(Boolean).join(',');
  });

const nonEmpty = z.string().trim().min(1).optional();

const environmentSchema = z.object({
  /** A SQLite file path (a postgres:// URL once that backend lands). */
  RADAR57_DB: nonEmpty,
  /** A programme pack folder. */
  RADAR57_PROGRAMME: nonEmpty,
  /** Who makes changes, for the audit log. */
  RADAR57_USER: nonEmpty,
  RADAR57_TRUST_PROXY: trustProxy,
  /** The chromium that prints PDF reports. */
  RADAR57_CHROMIUM: nonEmpty,
  /** The SMTP server alerts are mailed through (`smtp://user:pass@host:587`); unset, e-mails wait. */
  RADAR57_SMTP_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || /^smtps?:\/\//i.test(v), 'cần một địa chỉ smtp:// hoặc smtps://'),
  RADAR57_MAIL_FROM: nonEmpty,
  /** The app's address as readers reach it (links in e-mails and feeds). */
  RADAR57_PUBLIC_URL: nonEmpty,
  /** Minutes between alert runs of a server; 0 turns them off. */
  RADAR57_ALERTS_EVERY: z.coerce.number().min(0, 'không được âm').default(15),
  /** 1: the command line prints the stack of an unexpected error. */
  RADAR57_DEBUG: z.enum(['0', '1', '']).optional().transform((v) => v === '1'),
});

export type Environment = z.infer<typeof environmentSchema>;

/** The process's settings from its environment, validated; a bad value names its variable. */
export function environmentSettings(env: NodeJS.ProcessEnv = process.env): Environment {
  const parsed = environmentSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  throw new InvalidInput(`biến môi trường không hợp lệ: ${problems.join('; ')}`);
}

/** Who makes a change when no --by is given: $RADAR57_USER, else the system user. */
export function defaultActor(env: NodeJS.ProcessEnv = process.env): string {
  return environmentSettings(env).RADAR57_USER ?? userInfo().username;
}

/** A setting kept in the database: its key in the settings table, its schema and its default. */
export interface StoredSetting<T> {
  key: string;
  schema: z.ZodType<T>;
  fallback: T;
  /** What it is, for `radar57 setting list` and the audit log's readers. */
  description: string;
}

/** Estimated Jaccard similarity from which two documents are near-duplicates (MinHash, src/link/near-duplicates.ts). */
export const NEAR_DUPLICATE_THRESHOLD: StoredSetting<number> = {
  key: 'near_duplicate_threshold',
  schema: z.number().gt(0, 'phải lớn hơn 0').max(1, 'không được lớn hơn 1'),
  fallback: 0.8,
  description: 'ngưỡng tương tự (Jaccard) để coi hai bài là gần trùng',
};

/** Visitors without an account may read (the server's own switch, set by an admin). */
export const ANONYMOUS_READ_SETTING: StoredSetting<boolean> = {
  key: 'anonymousRead',
  schema: z.boolean(),
  fallback: false,
  description: 'cho phép đọc không cần đăng nhập',
};

export const STORED_SETTINGS = [NEAR_DUPLICATE_THRESHOLD, ANONYMOUS_READ_SETTING] as const;

/** A stored value read back: the fallback when absent or no longer valid (an older version wrote it). */
export function storedValue<T>(setting: StoredSetting<T>, raw: unknown): T {
  const parsed = setting.schema.safeParse(raw);
  return parsed.success ? parsed.data : setting.fallback;
}

/** A value about to be stored, checked; InvalidInput names the setting. */
export function checkedValue<T>(setting: StoredSetting<T>, value: unknown): T {
  const parsed = setting.schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new InvalidInput(`${setting.key}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
}

/** What reads and writes stored settings: the accounts port of the store. */
export interface SettingsPort {
  getSetting<T>(key: string, fallback: T): Promise<T>;
  setSetting(key: string, value: unknown, actor: string): Promise<void>;
}

export async function readSetting<T>(port: SettingsPort, setting: StoredSetting<T>): Promise<T> {
  return storedValue(setting, await port.getSetting<unknown>(setting.key, setting.fallback));
}

/** Stores a new value, audited under `actor`; nothing is written when it is the stored one already. */
export async function writeSetting<T>(port: SettingsPort, setting: StoredSetting<T>, value: unknown, actor: string): Promise<boolean> {
  const checked = checkedValue(setting, value);
  const stored = await port.getSetting<unknown>(setting.key, undefined);
  if (stored !== undefined && JSON.stringify(stored) === JSON.stringify(checked)) return false;
  await port.setSetting(setting.key, checked, actor);
  return true;
}
