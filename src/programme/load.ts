// Reads a programme pack folder: each known YAML file parsed with line positions, checked against
// its schema (schema.ts) and then against the other files (validate.ts). Every problem of every file
// is collected before failing, so one run of `programme check` lists them all.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { packFiles, REQUIRED_PACK_FILE, type Pack } from './schema.ts';
import { PackError, pathText, type PackProblem } from './problems.ts';
import { crossReferenceProblems } from './validate.ts';

type FileName = keyof typeof packFiles;

/** The built-in Resolution 57 pack shipped with the project. */
export const BUILTIN_PACK_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../programmes/nq57');

/** Line (1-based) of the YAML node at `path`, or of its nearest existing parent. */
function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number | null {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as (string | number)[], true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return null;
}

interface ParsedFile {
  name: FileName;
  value: unknown;
  locate: (path: readonly PropertyKey[]) => number | null;
}

function parseFile(dir: string, name: FileName, problems: PackProblem[]): ParsedFile | null {
  const path = join(dir, name);
  let text: string;
  try {
    text = readFileSync(path, 'utf8').normalize('NFC');
  } catch (error) {
    problems.push({ file: name, line: null, path: '', message: `cannot read: ${(error as Error).message}` });
    return null;
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.push({ file: name, line: counter.linePos(error.pos[0]).line, path: '', message: `YAML syntax: ${error.message.split('\n')[0]}` });
    }
    return null;
  }
  return { name, value: doc.toJS() as unknown, locate: (p) => lineOf(doc, counter, p) };
}

/** Reads and validates the pack in `dir`; throws PackError listing every problem found. */
export function loadPack(dirArg: string): Pack {
  const dir = resolve(dirArg);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new PackError(dir, [{ file: dir, line: null, path: '', message: 'not a folder' }]);
  }
  const problems: PackProblem[] = [];
  const known = Object.keys(packFiles) as FileName[];
  for (const entry of readdirSync(dir)) {
    if (/\.ya?ml$/i.test(entry) && !(known as string[]).includes(entry)) {
      problems.push({ file: entry, line: null, path: '', message: `unknown pack file; expected one of ${known.join(', ')}` });
    }
  }
  if (!existsSync(join(dir, REQUIRED_PACK_FILE))) {
    problems.push({ file: REQUIRED_PACK_FILE, line: null, path: '', message: 'missing: every pack needs its programme' });
  }
  const hash = createHash('sha256');
  const sections: Record<string, unknown> = {};
  const locators = new Map<string, ParsedFile['locate']>();
  for (const name of known) {
    if (!existsSync(join(dir, name))) continue;
    hash.update(`${name}\0`).update(readFileSync(join(dir, name))).update('\0');
    const parsed = parseFile(dir, name, problems);
    if (!parsed) continue;
    const result = packFiles[name].safeParse(parsed.value);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file: name, line: parsed.locate(issue.path), path: pathText(issue.path), message: issue.message });
      }
      continue;
    }
    Object.assign(sections, result.data);
    const key = Object.keys(result.data)[0] as string;
    locators.set(key, parsed.locate);
  }
  if (problems.length > 0) throw new PackError(dir, problems);

  const pack: Pack = {
    dir,
    hash: hash.digest('hex'),
    programme: sections.programme as Pack['programme'],
    indicators: (sections.indicators ?? []) as Pack['indicators'],
    targets: (sections.targets ?? []) as Pack['targets'],
    documents: (sections.documents ?? []) as Pack['documents'],
    agencies: (sections.agencies ?? []) as Pack['agencies'],
    provinces: (sections.provinces ?? []) as Pack['provinces'],
    observations: (sections.observations ?? []) as Pack['observations'],
    tasks: (sections.tasks ?? []) as Pack['tasks'],
  };
  const crossProblems = crossReferenceProblems(pack).map((p) => ({
    ...p,
    line: locators.get(p.path.split(/[.[]/)[0] as string)?.(parsePath(p.path)) ?? null,
  }));
  if (crossProblems.length > 0) throw new PackError(dir, crossProblems);
  return pack;
}

/** `targets[3].indicator` → `['targets', 3, 'indicator']`. */
function parsePath(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] as string)));
}
