// `radar57 source add|list|remove`: the live sources the crawler reads.
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { openStore } from '../../../store/index.ts';
import type { SourceKind } from '../../../sources/source-types.ts';
import { guessSourceKind } from '../../../sources/source-kind.ts';
import { dbPath, printJson } from '../options.ts';
import { printText } from '../output.ts';
import { summaryOf } from '../command-list.ts';

const KINDS: SourceKind[] = ['feed', 'sitemap', 'page'];

function parseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError('not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidArgumentError('only http and https URLs');
  return url.toString();
}

export function registerSource(program: Command): void {
  const source = program.command('source').description(summaryOf('source'));
  source
    .command('add')
    .argument('<url>', 'feed, sitemap or page URL', parseUrl)
    .option('--name <name>', 'a name to show')
    .option('--kind <kind>', 'feed, sitemap or page (guessed from the URL when absent)', (v: string) => {
      if (!KINDS.includes(v as SourceKind)) throw new InvalidArgumentError(`kind must be one of: ${KINDS.join(', ')}`);
      return v as SourceKind;
    })
    .option('--group <group>', 'its group for attention over time (Báo Đảng và Nhà nước, báo địa phương, báo kinh tế…)')
    .option('--json', 'print JSON')
    .action(async (url: string, flags: { name?: string; kind?: SourceKind; group?: string; json?: boolean }, command: Command) => {
      const store = await openStore(dbPath(command));
      try {
        const added = await store.addSource({ url, name: flags.name ?? null, kind: flags.kind ?? guessSourceKind(url) });
        if (flags.group?.trim()) await store.setSourceGroup(added.source.id, flags.group.trim().normalize('NFC'));
        if (flags.json) printJson(added);
        else printText(`${added.created ? 'Đã thêm' : 'Đã có'} nguồn #${added.source.id} (${added.source.kind}): ${added.source.url}\n`);
      } finally {
        await store.close();
      }
    });
  source
    .command('list')
    .option('--json', 'print JSON')
    .action(async (flags: { json?: boolean }, command: Command) => {
      const store = await openStore(dbPath(command));
      try {
        const sources = await store.listSourcesWithCounts();
        if (flags.json) return printJson({ sources });
        if (sources.length === 0) return void printText('Chưa có nguồn nào. Thêm bằng: radar57 source add URL\n');
        for (const s of sources) {
          printText(`#${s.id} [${s.kind}] ${s.name ?? ''} ${s.url}\n    lần kiểm tra cuối: ${s.lastCheckedAt ?? '—'}; URL: ${s.stored} đã lưu, ${s.pending} chờ, ${s.failed} lỗi${s.lastError ? `\n    lỗi: ${s.lastError}` : ''}\n`);
        }
      } finally {
        await store.close();
      }
    });
  source
    .command('group')
    .description('đặt (hoặc bỏ, khi không ghi nhóm) nhóm của một nguồn, để xem xu hướng theo nhóm nguồn')
    .argument('<id-or-url>')
    .argument('[group]')
    .option('--json', 'print JSON')
    .action(async (key: string, group: string | undefined, flags: { json?: boolean }, command: Command) => {
      const store = await openStore(dbPath(command));
      try {
        const value = group?.trim() ? group.trim().normalize('NFC') : null;
        if (!await store.setSourceGroup(/^\d+$/.test(key) ? Number(key) : key, value)) throw new InvalidArgumentError(`no source ${key}`);
        if (flags.json) printJson({ source: key, group: value });
        else printText(value ? `Nguồn ${key} thuộc nhóm ${value}\n` : `Đã bỏ nhóm của nguồn ${key}\n`);
      } finally {
        await store.close();
      }
    });
  source
    .command('remove')
    .argument('<id-or-url>')
    .option('--json', 'print JSON')
    .action(async (key: string, flags: { json?: boolean }, command: Command) => {
      const store = await openStore(dbPath(command));
      try {
        const removed = await store.removeSource(/^\d+$/.test(key) ? Number(key) : key);
        if (!removed) throw new InvalidArgumentError(`no source ${key}`);
        if (flags.json) printJson({ removed: key });
        else printText(`Đã xóa nguồn ${key} (tài liệu đã lưu được giữ lại)\n`);
      } finally {
        await store.close();
      }
    });
}
