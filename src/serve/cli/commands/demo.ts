// `radar57 demo`: a fresh data folder with the seed documents ingested, ready to search.
// The web app (issue 6) will be served from here too; until then the demo prints what to try.
import { rmSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { openStore } from '../../../store/index.ts';
import { ingestPaths } from '../../../pipeline/ingest.ts';
import { printJson } from '../options.ts';
import { linkToProgramme } from './ingest.ts';

/** The seed files shipped with the package: the project's origin material, used as demo data. */
export const SEED_DIR = fileURLToPath(new URL('../../../../data/seeds/', import.meta.url));

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('tạo thư mục dữ liệu mới, nhập dữ liệu mẫu và gợi ý các lệnh để thử')
    .option('--data <dir>', 'demo data folder (emptied first)', 'radar57-demo')
    .option('--json', 'print the summary as JSON')
    .action(async (flags: { data: string; json?: boolean }, command: Command) => {
      const dir = resolve(flags.data);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      const db = join(dir, 'radar57.db');
      const store = openStore(db);
      try {
        const summary = await ingestPaths([SEED_DIR], store);
        const programme = await linkToProgramme(store, command);
        const stats = store.stats();
        if (flags.json) {
          printJson({ database: db, summary, programme, stats });
          return;
        }
        const out = process.stdout;
        out.write(`Radar 57 — dữ liệu mẫu đã sẵn sàng: ${db}\n`);
        out.write(`${summary.files} tệp, ${summary.created} tài liệu mới, ${summary.rejected.length} bị từ chối\n\n`);
        out.write('Thử các lệnh sau:\n');
        for (const q of ['chuyen doi so', 'dien bien', '"Bình dân học vụ số"']) {
          out.write(`  npx radar57 --db ${db} search '${q}'\n`);
        }
        out.write(`  npx radar57 --db ${db} show 1\n  npx radar57 --db ${db} stats\n`);
        out.write(`  npx radar57 --db ${db} programme status\n  npx radar57 --db ${db} observations 5g_population_coverage\n`);
      } finally {
        store.close();
      }
    });
}
