// The folder `radar57 demo --data DIR` fills. The demo starts from fresh data each time, but a
// user may point --data at any folder (`--data .` in a checkout): only a folder this command made
// is ever reused, and then only the files it wrote are removed. Anything else is refused by name.
import { InvalidInput } from '../../errors.ts';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Written into every folder the demo fills: what makes a folder safe to reset on the next run. */
export const DEMO_MARKER = '.radar57-demo';

export const DEMO_DB = 'radar57.db';
export const DEMO_ACCOUNTS_FILE = 'demo-accounts.json';

/** Every file the demo writes (SQLite adds the -wal and -shm files beside the database). */
const DEMO_FILES = [DEMO_DB, `${DEMO_DB}-wal`, `${DEMO_DB}-shm`, `${DEMO_DB}-journal`, DEMO_ACCOUNTS_FILE];

export class DemoFolderError extends InvalidInput {}

/**
 * Makes `dir` ready for fresh demo data: created (with its marker) when missing or empty; when it
 * is a previous demo folder, its demo files are removed and nothing else. Throws, changing
 * nothing, when `dir` is a file or a non-empty folder without the marker.
 */
export function prepareDemoFolder(dir: string): void {
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new DemoFolderError(`--data ${dir}: not a folder; give a new or empty folder for the demo data`);
    const names = readdirSync(dir);
    // Demo folders from before the marker hold the accounts file and nothing but demo files.
    const earlierDemo = names.includes(DEMO_ACCOUNTS_FILE) && names.every((name) => DEMO_FILES.includes(name));
    if (names.length > 0 && !names.includes(DEMO_MARKER) && !earlierDemo) {
      throw new DemoFolderError(
        `--data ${dir}: the folder is not empty and was not made by \`radar57 demo\` (no ${DEMO_MARKER} file); nothing was changed. Give a new or empty folder.`,
      );
    }
    for (const name of DEMO_FILES) rmSync(join(dir, name), { force: true });
  } else {
    mkdirSync(dir, { recursive: true });
  }
  writeFileSync(join(dir, DEMO_MARKER), 'Made by `radar57 demo`: its data is replaced on the next run (other files are left alone).\n');
}
