// The file source: expands the paths a user gives into the list of input files, recursively.
// Edge of the pipeline (file-system I/O); everything after it works on bytes.
import { readdirSync, realpathSync, statSync } from 'node:fs';
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
 * and two such links would never end.
 */
export function listInputFiles(paths: string[]): InputListing {
  const files: string[] = [];
  const problems: InputListing['problems'] = [];
  const seen = new Set<string>();
  const firstVisit = (path: string) => {
    const real = realpathSync(path);
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  };
  const visit = (path: string, explicit: boolean) => {
    let stat;
    try {
      stat = statSync(path);
    } catch (err) {
      problems.push({ origin: path, reason: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : String(err) });
      return;
    }
    if ((stat.isDirectory() || stat.isFile()) && !firstVisit(path)) return;
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
