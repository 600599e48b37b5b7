// The file source: expands the paths a user gives into the input files, recursively, as a stream.
// Edge of the pipeline (file-system I/O); everything after it works on bytes.
import { readdirSync, realpathSync, statSync, type BigIntStats } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface InputListing {
  files: string[];
  /** Paths that could not be listed (missing, unreadable), each with the reason. */
  problems: InputProblem[];
}

export interface InputProblem {
  origin: string;
  reason: string;
}

/** One step of the walk: a file to read, or a path that could not be listed. */
export type InputEntry = { kind: 'file'; path: string } | ({ kind: 'problem' } & InputProblem);

/** Hidden files and folders (.git, .DS_Store) are never news input. */
const isHidden = (name: string) => name.startsWith('.');

/**
 * Files and folders by device and inode, from the stat taken anyway. As bigints: some file
 * systems number inodes past 2^53, where numbers would confuse two.
 */
class InodeSet {
  private readonly byDevice = new Map<bigint, Set<bigint>>();
  has(stat: BigIntStats): boolean {
    return this.byDevice.get(stat.dev)?.has(stat.ino) ?? false;
  }
  /** False when it was there already. */
  add(stat: BigIntStats): boolean {
    let inodes = this.byDevice.get(stat.dev);
    if (!inodes) this.byDevice.set(stat.dev, (inodes = new Set()));
    if (inodes.has(stat.ino)) return false;
    inodes.add(stat.ino);
    return true;
  }
}

/** A folder being listed: its entries in order, and the index of the next one to visit. */
interface OpenFolder {
  stat: BigIntStats;
  path: string;
  names: string[];
  /** The entries that are symbolic links (few, often none). */
  links: Set<string> | null;
  next: number;
}

const problem = (origin: string, reason: string): InputEntry => ({ kind: 'problem', origin, reason });

/**
 * The input files under `paths`, one at a time: each folder's entries in sorted order, hidden
 * names skipped, symbolic links followed; paths that cannot be listed come as problems where they
 * are met. The same files, in the same order and under the same names, as collecting them all first
 * (listInputFiles), in memory that does not grow with the number of files.
 *
 * Each real folder is listed once and each real file taken once, under the first name it is met
 * by: a link back up the tree (`x -> .`) would otherwise list every file again under every alias,
 * and two such links would never end. Folders are remembered (by device and inode; a million files
 * sit in a few thousand folders). Files are remembered only when they can be met twice:
 * - a file with hard links (nlink > 1) may be met under each of its names;
 * - a file met through a symbolic link, or named on the command line, may also be met as a plain
 *   entry of its own folder. When that folder has been listed already past the file's name, the
 *   file was taken there and is skipped here; otherwise it is taken here and remembered, and its
 *   plain entry, met later, is skipped.
 * A plain entry (not a link, one name) of a folder listed once is met once: it is taken without
 * being remembered, after checking it was not taken earlier through a link. So what is kept grows
 * with the folders, the hard-linked files, and the files taken through a link or an argument before
 * (or without) their own folder, never with the plain files; a file met through a link after its
 * folder costs a realpath and a stat, and nothing kept.
 */
export function* walkInputFiles(paths: readonly string[]): Generator<InputEntry, void, undefined> {
  /** Folders listed or being listed. */
  const folders = new InodeSet();
  /** Folders whose listing failed (few): their files were never taken. */
  const unlisted = new InodeSet();
  /** Files taken that could be met again (see above). */
  const taken = new InodeSet();
  const open: OpenFolder[] = [];

  /** Whether the plain entry of this file (met through a link or an argument) was taken already. */
  const takenAsPlainEntry = (path: string): boolean => {
    let real: string;
    let parent: BigIntStats;
    try {
      real = realpathSync(path);
      parent = statSync(dirname(real), { bigint: true });
    } catch {
      return false;
    }
    const name = basename(real);
    if (isHidden(name) || !folders.has(parent) || unlisted.has(parent)) return false;
    const listing = open.find((f) => f.stat.dev === parent.dev && f.stat.ino === parent.ino);
    // Listed already, or being listed and past the name (the entry being visited is a link or a
    // folder, so never the file's own name).
    return listing === undefined || name < listing.names[listing.next - 1]!;
  };

  /** Visits one path: a file or problem to yield, a folder opened (pushed), or nothing. */
  const visit = (path: string, plain: boolean, explicit: boolean): InputEntry | null => {
    let stat: BigIntStats;
    try {
      stat = statSync(path, { bigint: true });
    } catch (err) {
      return problem(path, (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : String(err));
    }
    if (stat.isDirectory()) {
      if (!folders.add(stat)) return null;
      const names: string[] = [];
      let links: Set<string> | null = null;
      try {
        // With their types, to tell links from plain entries without one more call each.
        for (const e of readdirSync(path, { withFileTypes: true })) {
          if (isHidden(e.name)) continue;
          names.push(e.name);
          if (e.isSymbolicLink()) (links ??= new Set()).add(e.name);
        }
      } catch (err) {
        unlisted.add(stat);
        return problem(path, `cannot list directory: ${String(err)}`);
      }
      open.push({ stat, path, names: names.sort(), links, next: 0 });
      return null;
    }
    if (stat.isFile()) {
      if (taken.has(stat)) return null;
      if (!plain && takenAsPlainEntry(path)) return null;
      if (!plain || stat.nlink > 1n) taken.add(stat);
      return { kind: 'file', path };
    }
    return explicit ? problem(path, 'not a regular file or directory') : null;
  };

  for (const root of paths) {
    const first = visit(root, false, true);
    if (first) yield first;
    while (open.length > 0) {
      const folder = open[open.length - 1]!;
      if (folder.next >= folder.names.length) {
        open.pop();
        continue;
      }
      const name = folder.names[folder.next++]!;
      const found = visit(join(folder.path, name), !folder.links?.has(name), false);
      if (found) yield found;
    }
  }
}

/**
 * The walk of `paths` counted, for progress: the number of files it yields (nothing kept of them)
 * and its problems, in order.
 */
export function countInputFiles(paths: readonly string[]): { files: number; problems: InputProblem[] } {
  let files = 0;
  const problems: InputProblem[] = [];
  for (const entry of walkInputFiles(paths)) {
    if (entry.kind === 'file') files += 1;
    else problems.push({ origin: entry.origin, reason: entry.reason });
  }
  return { files, problems };
}

/** The whole walk collected: for a few paths (`radar57 extract`, tests); ingest streams it. */
export function listInputFiles(paths: readonly string[]): InputListing {
  const listing: InputListing = { files: [], problems: [] };
  for (const entry of walkInputFiles(paths)) {
    if (entry.kind === 'file') listing.files.push(entry.path);
    else listing.problems.push({ origin: entry.origin, reason: entry.reason });
  }
  return listing;
}
