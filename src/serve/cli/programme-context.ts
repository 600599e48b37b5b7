// What the programme commands share: the pack (--programme) and the store. Reading never writes:
// the writers (ingest, crawl, reextract, uploads, the server's start, `programme link`) keep the
// programme's observations current, so a read only says when something is waiting for them.
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { loadPack } from '../../programme/load.ts';
import type { Pack } from '../../programme/schema.ts';
import { pendingLinks, syncProgramme, type SyncSummary } from '../../pipeline/track.ts';
import type { LinkOutcome } from '../../pipeline/link-stored.ts';
import { programmeStep, type ProgrammeStep } from '../../pipeline/chain.ts';
import { openStore, type Store } from '../../store/index.ts';
import { actorName, dbPath, packDir } from './options.ts';
import { printError } from './output.ts';

export interface ProgrammeContext {
  store: Store;
  pack: Pack;
}

/**
 * Opens the store and the pack, runs `work`, closes the store. Nothing is written on the way: when
 * the stored observations are behind (another pack, documents not linked yet) a note on stderr
 * says which command brings them up to date.
 */
export async function withProgramme<T>(command: Command, work: (ctx: ProgrammeContext) => T | Promise<T>): Promise<T> {
  const pack = loadPack(packDir(command));
  const store = await openStore(dbPath(command));
  try {
    const pending = await pendingLinks(store, pack);
    // On stderr even with --json: the JSON on stdout stays clean, the person still learns it.
    if (pending.packChanged || pending.staleDocuments > 0) {
      const why = pending.packChanged ? 'gói chương trình khác với gói đã liên kết' : `${pending.staleDocuments} tài liệu chưa được liên kết`;
      printError(`radar57: số liệu chương trình chưa cập nhật (${why}); chạy “radar57 programme link” để cập nhật\n`);
    }
    return await work({ store, pack });
  } finally {
    await store.close();
  }
}

/**
 * For a command that writes (`programme link`, `alerts run`): loads the pack when it changed and
 * links what is pending (the pack-change entry point of the pipeline), then runs `work`.
 */
export async function withLinkedProgramme<T>(command: Command, work: (ctx: ProgrammeContext & { linked: SyncSummary }) => T | Promise<T>, quiet = false): Promise<T> {
  const pack = loadPack(packDir(command));
  const store = await openStore(dbPath(command));
  const bar =
    process.stderr.isTTY && !quiet
      ? new cliProgress.SingleBar({ format: 'Đang liên kết số liệu với chương trình [{bar}] {value}/{total} tài liệu', hideCursor: true }, cliProgress.Presets.shades_classic)
      : null;
  let started = false;
  try {
    const linked = await syncProgramme(store, pack, {
      actor: actorName(command),
      onProgress: (done, total) => {
        if (!bar || total < 500) return;
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(done);
      },
    });
    bar?.stop();
    return await work({ store, pack, linked });
  } finally {
    bar?.stop();
    await store.close();
  }
}

/** The pack-change entry point (`radar57 programme link`). */
export function relinkProgramme(command: Command, quiet = false): Promise<SyncSummary> {
  return withLinkedProgramme(command, ({ linked }) => linked, quiet);
}

/**
 * The pipeline's last step for a command that stores documents or facts (ingest, crawl,
 * reextract): links them to the programme of --programme at once. A broken pack is reported on
 * stderr and does not fail the command.
 */
export function linkToProgramme(store: Store, command: Command): ProgrammeStep {
  const step = programmeStep(store, { pack: () => loadPack(packDir(command)), actor: actorName(command) });
  return async (memory): Promise<LinkOutcome> => {
    const outcome = await step(memory);
    if ('error' in outcome) printError(`radar57: số liệu chưa được liên kết với chương trình: ${outcome.error}\n`);
    return outcome;
  };
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
