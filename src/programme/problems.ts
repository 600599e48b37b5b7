// What is wrong with a pack, each problem named by file, line and field path, so that a user can go
// straight to it: `targets.yaml:42: targets[3].comparator: expected one of >=, >, …`.
import { InvalidInput } from '../errors.ts';
export interface PackProblem {
  file: string;
  /** 1-based; null when the problem is about a whole file (missing, unreadable). */
  line: number | null;
  /** Dotted path with indexes: `targets[3].comparator`; empty for the whole file. */
  path: string;
  message: string;
}

export function formatProblem(p: PackProblem): string {
  const where = p.line === null ? p.file : `${p.file}:${p.line}`;
  return p.path ? `${where}: ${p.path}: ${p.message}` : `${where}: ${p.message}`;
}

export class PackError extends InvalidInput {
  readonly problems: PackProblem[];
  constructor(dir: string, problems: PackProblem[]) {
    const shown = problems.slice(0, 20).map(formatProblem);
    const more = problems.length > 20 ? [`… and ${problems.length - 20} more`] : [];
    super(`programme pack ${dir} is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${[...shown, ...more].map((l) => `  ${l}`).join('\n')}`);
    this.name = 'PackError';
    this.problems = problems;
  }
}

/** `['targets', 3, 'comparator']` → `targets[3].comparator`. */
export function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}
