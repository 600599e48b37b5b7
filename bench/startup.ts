// Start-up time of the published command (compiled JavaScript in dist/): `radar57 --help` and one
// light command, each run as a fresh process. Issue 14's target for `--help` is 0.3 s.
//
//   npm run bench:startup [-- --runs 9]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machineLine, median, numberArg } from './machine.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'radar57.js');
if (!existsSync(join(ROOT, 'dist', 'serve', 'cli', 'main.js'))) {
  console.error('dist/ is not built: run `npm run build:cli` first');
  process.exit(2);
}
const runs = numberArg('--runs', 'RUNS', 9);

/** Milliseconds of one fresh `node ARGV…` process. */
function timed(argv: string[]): number {
  const started = process.hrtime.bigint();
  execFileSync(process.execPath, argv, { stdio: 'ignore' });
  return Number(process.hrtime.bigint() - started) / 1e6;
}

console.log(machineLine());
const bare = Array.from({ length: runs }, () => timed(['-e', '0']));
console.log(`node -e 0 (the floor): median of ${runs} ${median(bare).toFixed(0)} ms`);
for (const args of [['--help'], ['search', '--help'], ['programme', 'check', '--json']]) {
  const times = Array.from({ length: runs }, () => timed([BIN, ...args]));
  console.log(`radar57 ${args.join(' ')}: median of ${runs} ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`);
}
