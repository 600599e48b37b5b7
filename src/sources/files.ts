// The file source: expands the paths a user gives into the list of input files, recursively.
// Edge of the pipeline (file-system I/O); everything after it works on bytes.
import { readdirSync, statSync, type BigIntStats } from 'node:fs';
import { join } from 'node:path';

export interface InputListing {
  files: string[];
  /** Paths that could not be listed (missing, unreadable), each with the reason. */
  problems: { origin: string; reason: string }[];
}

/** Hidden files and folders (.git, .DS_Store) are never news input. */
const isHidden = (name: string) => name.startsWith('.');

/**
 * Symbolic links are followed, but each real folder is listed once and each real file taken once:
 * a link back up the tree (`x -> .`) would otherwise list every file again under every alias,
 * and two such links would never end. What is seen is keyed by device and inode (from the stat
 * taken anyway) rather than by real path: a million-file archive used to keep a million real paths
 * (about 100 MB) and make a million more system calls to find them.
 */
export function listInputFiles(paths: string[]): InputListing {
  const files: string[] = [];
  const problems: InputListing['problems'] = [];
  const seen = new Map<bigint, Set<bigint>>();
  const firstVisit = (stat: BigIntStats) => {
    let inodes = seen.get(stat.dev);
    if (!inodes) seen.set(stat.dev, (inodes = new Set()));
    // As bigints: some file systems number inodes past 2^53, where numbers would confuse two.
    if (inodes.has(stat.ino)) return false;
    inodes.add(stat.ino);
    return true;
  };
  const visit = (path: string, explicit: boolean) => {
    let stat;
    try {
      stat = statSync(path, { bigint: true });
    } catch (err) {
      problems.push({ origin: path, reason: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : String(err) });
      return;
    }
    if ((stat.isDirectory() || stat.isFile()) && !firstVisit(stat)) return;
    if (stat.isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(path).sort();
      } catch (err) {
        problems.push({ origin: path, reason: `cannot list directory: ${String(err)}` });
        return;
      }
      for (const name of names) if (!isHidden(name)) visit(join(path, name), false);
    } else if (stat.isFile()) {
      files.push(path);
    } else if (explicit) {
      problems.push({ origin: path, reason: 'not a regular file or directory' });
    }
  };
  for (const p of paths) visit(p, true);
  return { files, problems };
}
