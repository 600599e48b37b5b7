// The import graph of src/ (a folder given), for the test that keeps the layers acyclic (test/architecture.test.ts)
// and for `npm run import-cycles`. Reads the import and export-from statements of every .ts file
// (type-only ones too: a type import still ties one folder's meaning to another's) and finds the
// cycles between files and between the top folders (stages) of src/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/g;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** File (relative to root, with /) → the files of root it imports. */
export function importGraph(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of tsFiles(root)) {
    const text = readFileSync(file, 'utf8');
    const targets = new Set<string>();
    for (const re of [IMPORT, DYNAMIC]) {
      for (const m of text.matchAll(re)) {
        const spec = m[1]!;
        if (!spec.startsWith('.')) continue;
        const target = resolve(dirname(file), spec);
        if (target.startsWith(root)) targets.add(relative(root, target).split(sep).join('/'));
      }
    }
    graph.set(relative(root, file).split(sep).join('/'), [...targets]);
  }
  return graph;
}

/** The top folder of a file under src/ (`store`, `link`…), or the file itself at the top. */
export function layerOf(file: string): string {
  const i = file.indexOf('/');
  return i < 0 ? file : file.slice(0, i);
}

/** The graph between top folders: an edge for every import that crosses from one to another. */
export function layerGraph(graph: Map<string, string[]>): Map<string, string[]> {
  const layers = new Map<string, Set<string>>();
  for (const [from, tos] of graph) {
    const a = layerOf(from);
    if (!layers.has(a)) layers.set(a, new Set());
    for (const to of tos) if (layerOf(to) !== a) layers.get(a)!.add(layerOf(to));
  }
  return new Map([...layers].map(([k, v]) => [k, [...v].sort()]));
}

/** Every strongly connected group of more than one node (Tarjan), each sorted: the cycles. */
export function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const on = new Set<string>();
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) out.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}
