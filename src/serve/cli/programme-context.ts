// What the programme commands share: the pack (--programme), the store, and bringing the store's
// observations up to date with both before answering (a progress bar when there is work to do).
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { loadPack } from '../../programme/load.ts';
import type { Pack } from '../../programme/schema.ts';
import { syncProgramme } from '../../pipeline/track.ts';
import { linkStored, type LinkOutcome } from '../../pipeline/link-stored.ts';
import { openStore, type Store } from '../../store/index.ts';
import { actorName, dbPath, packDir } from './options.ts';
import { printError } from './output.ts';

export interface ProgrammeContext {
  store: Store;
  pack: Pack;
}

/** Opens the store and the pack, syncs observations, runs `work`, closes the store. */
export async function withProgramme<T>(command: Command, work: (ctx: ProgrammeContext) => T | Promise<T>, quiet = false): Promise<T> {
  const pack = loadPack(packDir(command));
  const store = await openStore(dbPath(command));
  const bar =
    process.stderr.isTTY && !quiet
      ? new cliProgress.SingleBar({ format: 'Đang liên kết số liệu với chương trình [{bar}] {value}/{total} tài liệu', hideCursor: true }, cliProgress.Presets.shades_classic)
      : null;
  let started = false;
  try {
    await syncProgramme(store, pack, {
      actor: actorName(command),
      onProgress: (done, total) => {
        if (!bar || total < 500) return;
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(done);
      },
    });
    bar?.stop();
    return await work({ store, pack });
  } finally {
    bar?.stop();
    await store.close();
  }
}

/**
 * After a command stored documents or facts (ingest, crawl, reextract): links them to the programme
 * at once. A broken pack is reported on stderr and does not fail the command.
 */
export async function linkToProgramme(store: Store, command: Command): Promise<LinkOutcome> {
  const outcome = await linkStored(store, () => loadPack(packDir(command)), actorName(command));
  if ('error' in outcome) printError(`radar57: số liệu chưa được liên kết với chương trình: ${outcome.error}\n`);
  return outcome;
}

const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** `12.106`, `39,52`: Vietnamese digit grouping and decimal comma. */
export function formatNumber(n: number): string {
  return vi.format(n);
}

const QUALIFIER_PREFIX: Record<string, string> = {
  exact: '',
  about: '~',
  more_than: '>',
  at_least: '≥',
  less_than: '<',
  up_to: '≤',
  range: '',
};

/** A value with its qualifier and unit: `>26 %`, `~90 %`, `12.106 trạm`. */
export function formatValue(o: { value: number; valueMax: number | null; qualifier: string }, unit: string): string {
  const v = o.valueMax !== null && o.valueMax !== o.value ? `${formatNumber(o.value)}–${formatNumber(o.valueMax)}` : formatNumber(o.value);
  const u = unit.startsWith('%') ? ` ${unit}` : unit ? ` ${unit}` : '';
  return `${QUALIFIER_PREFIX[o.qualifier] ?? ''}${v}${u}`;
}

/** `2025-07-02` → `02/07/2025`, `2025-10` → `10/2025`, `2025` unchanged. */
export function formatDate(iso: string | null): string {
  if (!iso) return '—';
  const [y, m, d] = iso.slice(0, 10).split('-');
  if (d) return `${d}/${m}/${y}`;
  if (m) return `${m}/${y}`;
  return y ?? iso;
}
