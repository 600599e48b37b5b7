// Options shared by several commands, parsed and checked in one place; each falls back on the
// validated environment (src/settings.ts).
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { BUILTIN_PACK_DIR } from '../../programme/load.ts';
import { displayLocation, isPostgresLocation } from '../../store/postgres/open.ts';
import type { DocumentKind, EncodingName, InputFormat } from '../../records.ts';
import { parsePeriod } from '../../text/periods.ts';
import { defaultActor, environmentSettings } from '../../settings.ts';

export { printJson } from './output.ts';

export const DEFAULT_DB = './radar57-data/radar57.db';

/**
 * `mysql:…`, `http:…`, `postgres:db`: a URL that is not a PostgreSQL location (postgres://… or
 * postgresql://…) names nothing the store can open. Taken as a path, it would silently become a
 * folder named `mysql:` holding a new, empty SQLite file. Two letters at least: `C:` is a drive.
 */
const URL_SCHEME = /^([a-z][a-z0-9+.-]+):/i;

/**
 * Database location: --db, else $RADAR57_DB, else ./radar57-data/radar57.db. A PostgreSQL URL is
 * returned as given (openStore connects to it); anything else is a SQLite file path, resolved.
 */
export function dbPath(command: Command): string {
  const fromFlag = command.optsWithGlobals<{ db?: string }>().db;
  const fromEnv = environmentSettings().RADAR57_DB;
  const value = fromFlag ?? fromEnv ?? DEFAULT_DB;
  if (isPostgresLocation(value)) return value;
  const scheme = URL_SCHEME.exec(value)?.[1];
  if (scheme !== undefined) {
    const given = fromFlag !== undefined ? `--db ${displayLocation(value)}` : `RADAR57_DB=${displayLocation(value)}`;
    throw new InvalidArgumentError(
      `${given}: database URLs (${scheme.toLowerCase()}:) are not supported; give a PostgreSQL URL (postgres://user@host/database) or the path of a SQLite database file, e.g. --db ./radar57-data/radar57.db`,
    );
  }
  return resolve(value);
}

/** Programme pack folder: --programme, else $RADAR57_PROGRAMME, else the built-in pack (programmes/nq57). */
export function packDir(command: Command): string {
  const fromFlag = command.optsWithGlobals<{ programme?: string }>().programme;
  return resolve(fromFlag ?? environmentSettings().RADAR57_PROGRAMME ?? BUILTIN_PACK_DIR);
}

/** Who makes a change, for the audit log: --by, else $RADAR57_USER, else the OS user. */
export function actorName(command: Command): string {
  const fromFlag = command.optsWithGlobals<{ by?: string }>().by;
  const name = fromFlag ?? defaultActor();
  if (!name.trim()) throw new InvalidArgumentError('--by: who makes the change must not be empty');
  return name.trim();
}

function oneOf<T extends string>(name: string, allowed: readonly T[]) {
  return (value: string): T => {
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw new InvalidArgumentError(`${name} must be one of: ${allowed.join(', ')}`);
  };
}

export const parseKind = oneOf<DocumentKind>('kind', ['article', 'brief', 'teaser']);
export const parseFormat = oneOf<InputFormat>('format', ['page', 'ledes', 'plain', 'jsonl', 'html']);
export const parseEncoding = oneOf<EncodingName>('encoding', ['utf-8', 'utf-16le', 'utf-16be', 'tcvn3', 'viscii', 'windows-1258']);

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive whole number');
  return n;
}

/** Accepts YYYY, YYYY-MM, YYYY-MM-DD and the Vietnamese d/m/yyyy, days checked against the calendar. Returns YYYY[-MM[-DD]]. */
export function parseDateArg(value: string): string {
  try {
    return parsePeriod(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

/** A Jaccard similarity threshold for near-duplicates: above 0, at most 1. */
export function parseSimilarity(value: string): number {
  const n = Number(value.replace(',', '.'));
  if (!(n > 0 && n <= 1)) throw new InvalidArgumentError('must be a number above 0 and at most 1, e.g. 0.8');
  return n;
}

/** Fact kinds as typed on the command line, with short forms for the long names. */
const FACT_KIND_NAMES = {
  person: 'person',
  organization: 'organization',
  org: 'organization',
  place: 'place',
  legalRef: 'legalRef',
  legal: 'legalRef',
  date: 'date',
  quantity: 'quantity',
  topic: 'topic',
  task: 'task',
} as const;

export type FactKindName = (typeof FACT_KIND_NAMES)[keyof typeof FACT_KIND_NAMES];

/** How a fact kind is named to Vietnamese readers. */
export const FACT_KIND_LABELS: Record<FactKindName, string> = {
  person: 'người',
  organization: 'tổ chức',
  place: 'địa danh',
  legalRef: 'văn bản',
  date: 'thời gian',
  quantity: 'số liệu',
  topic: 'chủ đề',
  task: 'nhiệm vụ',
};

/** A --kind parser that accepts the given kinds, by name or short form. */
export function kindParser<K extends FactKindName>(kinds: readonly K[]): (value: string) => K {
  const accepted = Object.entries(FACT_KIND_NAMES).filter(([, kind]) => (kinds as readonly string[]).includes(kind));
  return (value) => {
    const hit = accepted.find(([name]) => name === value);
    if (!hit) throw new InvalidArgumentError(`kind must be one of: ${accepted.map(([name]) => name).join(', ')}`);
    return hit[1] as K;
  };
}
