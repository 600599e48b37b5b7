// Issue 14: the input listing as a stream. The walk yields the same files, in the same order and
// under the same names, as the listing collected whole did (kept below as the reference), while
// remembering only the files that can be met twice; the count for progress equals the walk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkSync, mkdirSync, readdirSync, statSync, symlinkSync, writeFileSync, type BigIntStats } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import fc from 'fast-check';
import { countInputFiles, listInputFiles, walkInputFiles, type InputListing } from '../../src/sources/files.ts';
import { tempDir } from '../helpers.ts';

/** The listing before issue 14 (every file kept in the seen set), as the reference for order and names. */
function referenceListing(paths: string[]): InputListing {
  const files: string[] = [];
  const problems: InputListing['problems'] = [];
  const seen = new Map<bigint, Set<bigint>>();
  const firstVisit = (stat: BigIntStats) => {
    let inodes = seen.get(stat.dev);
    if (!inodes) seen.set(stat.dev, (inodes = new Set()));
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
      for (const name of names) if (!name.startsWith('.')) visit(join(path, name), false);
    } else if (stat.isFile()) {
      files.push(path);
    } else if (explicit) {
      problems.push({ origin: path, reason: 'not a regular file or directory' });
    }
  };
  for (const p of paths) visit(p, true);
  return { files, problems };
}

/** Asserts the walk, its collected listing and its count against the reference. */
function assertSameAsReference(paths: string[]): InputListing {
  const expected = referenceListing(paths);
  const listing = listInputFiles(paths);
  assert.deepEqual(listing, expected);
  const walked = [...walkInputFiles(paths)];
  assert.deepEqual(walked.filter((e) => e.kind === 'file').map((e) => e.path), expected.files);
  assert.deepEqual(countInputFiles(paths), { files: expected.files.length, problems: expected.problems });
  return listing;
}

function write(path: string, text = 'Tỉnh Lào Cai có 40 trạm 5G mới.\n'): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/**
 * in/: hidden files and folders, nested folders, a symlinked folder met after (b-alias) and before
 * (0-alias → z) its real path, a loop (d/up → ..), links to files of the tree met after their file
 * (m-link → a.txt) and before it (0-link.txt → z/late.txt), two links to one file outside the tree,
 * a link to a hidden file, a hard link, a broken link.
 */
function buildTree(dir: string): { root: string; outside: string } {
  const root = join(dir, 'in');
  const outside = join(dir, 'outside');
  write(join(root, 'a.txt'));
  write(join(root, '.hidden.txt'));
  write(join(root, '.git', 'config.txt'));
  write(join(root, 'd', 'c.txt'));
  write(join(root, 'd', 'e', 'f.txt'));
  write(join(root, 'z', 'late.txt'));
  write(join(outside, 'o.txt'));
  symlinkSync('d', join(root, 'd-alias'));
  symlinkSync('z', join(root, '0-alias'));
  symlinkSync('..', join(root, 'd', 'up'));
  symlinkSync('a.txt', join(root, 'm-link.txt'));
  symlinkSync(join('z', 'late.txt'), join(root, '0-link.txt'));
  symlinkSync(join(outside, 'o.txt'), join(root, 'o1.txt'));
  symlinkSync(relative(join(root, 'd'), join(outside, 'o.txt')), join(root, 'd', 'o2.txt'));
  symlinkSync('.hidden.txt', join(root, 'h-link.txt'));
  linkSync(join(root, 'a.txt'), join(root, 'd', 'e', 'hard.txt'));
  symlinkSync('missing.txt', join(root, 'broken.txt'));
  return { root, outside };
}

test('the walk of a tree with hidden names, folder links, a loop, file links and a hard link: each file once, in order', (t) => {
  const { root, outside } = buildTree(tempDir(t));
  const listing = assertSameAsReference([root]);
  assert.deepEqual(listing.files, [
    // 0-alias → z is listed under the alias (met first); z itself then skipped.
    join(root, '0-alias', 'late.txt'),
    // 0-link.txt → z/late.txt: z was listed already (as 0-alias), so the link is skipped.
    join(root, 'a.txt'),
    join(root, 'd', 'c.txt'),
    // d/e/hard.txt is a.txt under another name: skipped.
    join(root, 'd', 'e', 'f.txt'),
    // d/o2.txt → the file outside the tree: taken once, by the first link met.
    join(root, 'd', 'o2.txt'),
    // d/up → in: a loop, ends. d-alias → d: listed already.
    join(root, 'h-link.txt'), // the hidden file is never met under its own name
    // m-link.txt → a.txt: a.txt taken already. o1.txt → outside/o.txt: taken already (as d/o2.txt).
  ]);
  assert.deepEqual(listing.problems, [{ origin: join(root, 'broken.txt'), reason: 'no such file or directory' }]);
  // The outside folder after the tree: its file was taken through the links.
  assert.deepEqual(assertSameAsReference([root, outside]).files, listing.files);
});

test('a link met before its file, in the same folder or further on: taken under the link, the file then skipped', (t) => {
  const dir = tempDir(t);
  write(join(dir, 'b.txt'));
  write(join(dir, 'sub', 'c.txt'));
  symlinkSync('b.txt', join(dir, 'a-link.txt'));
  symlinkSync(join('sub', 'c.txt'), join(dir, 'a2-link.txt'));
  assert.deepEqual(assertSameAsReference([dir]).files, [join(dir, 'a-link.txt'), join(dir, 'a2-link.txt')]);
});

test('two links to one file outside the tree: taken once; the file named afterwards is not taken again', (t) => {
  const dir = tempDir(t);
  write(join(dir, 'outside', 'o.txt'));
  mkdirSync(join(dir, 'in'));
  symlinkSync(join(dir, 'outside', 'o.txt'), join(dir, 'in', 'x.txt'));
  symlinkSync(join(dir, 'outside', 'o.txt'), join(dir, 'in', 'y.txt'));
  const files = assertSameAsReference([join(dir, 'in'), join(dir, 'outside', 'o.txt'), join(dir, 'outside')]).files;
  assert.deepEqual(files, [join(dir, 'in', 'x.txt')]);
});

test('files named twice, or inside a folder also named, are taken once, under the first name', (t) => {
  const { root, outside } = buildTree(tempDir(t));
  const a = join(root, 'a.txt');
  assert.deepEqual(assertSameAsReference([a, a]).files, [a]);
  // The folder first: its files are taken there, the names after it skipped.
  const folderFirst = assertSameAsReference([root, a, join(root, 'd', 'e', 'f.txt'), join(root, 'd-alias', 'c.txt')]).files;
  assert.deepEqual(folderFirst, listInputFiles([root]).files);
  // The files first: the folder's walk skips them, wherever they sit.
  const filesFirst = assertSameAsReference([join(root, 'd', 'e', 'f.txt'), join(root, 'd-alias', 'c.txt'), root, join(outside, 'o.txt')]).files;
  assert.deepEqual(filesFirst.slice(0, 2), [join(root, 'd', 'e', 'f.txt'), join(root, 'd-alias', 'c.txt')]);
  assert.equal(filesFirst.length, listInputFiles([root]).files.length);
  // A folder inside another named first, then the outer one.
  assertSameAsReference([join(root, 'd'), root, join(root, 'd')]);
  // A missing path and something neither file nor folder are problems, in order.
  assert.deepEqual(assertSameAsReference([join(root, 'nope.txt'), '/dev/null', a]).problems.map((p) => p.reason), ['no such file or directory', 'not a regular file or directory']);
});

test('random trees of folders, files, links and hard links: the walk equals the listing collected whole', (t) => {
  const base = tempDir(t);
  const op = fc.record({
    kind: fc.constantFrom('dir', 'file', 'file', 'link', 'link', 'hard'),
    parent: fc.nat(),
    name: fc.constantFrom('a', 'b', 'c.txt', 'z', '0', '.h', 'a.txt', 'B'),
    target: fc.nat(),
    absolute: fc.boolean(),
  });
  let run = 0;
  fc.assert(
    fc.property(fc.array(op, { maxLength: 24 }), fc.array(fc.nat(), { maxLength: 4 }), (ops, args) => {
      const dir = join(base, String(run++));
      const folders = [join(dir, 'in'), join(dir, 'out')];
      const nodes = [...folders, join(dir, 'in', 'gone')];
      const files: string[] = [];
      folders.forEach((f) => mkdirSync(f, { recursive: true }));
      for (const o of ops) {
        const parent = folders[o.parent % folders.length]!;
        const path = join(parent, o.name);
        if (nodes.includes(path)) continue;
        if (o.kind === 'dir') {
          mkdirSync(path);
          folders.push(path);
        } else if (o.kind === 'file') {
          writeFileSync(path, o.name);
          files.push(path);
        } else if (o.kind === 'hard' && files.length > 0) {
          linkSync(files[o.target % files.length]!, path);
          files.push(path);
        } else if (o.kind === 'link') {
          const target = nodes[o.target % nodes.length]!;
          symlinkSync(o.absolute ? target : relative(parent, target) || '.', path);
        } else continue;
        nodes.push(path);
      }
      assertSameAsReference([join(dir, 'in'), ...args.map((i) => nodes[i % nodes.length]!)]);
    }),
    { numRuns: 150, seed: 14 },
  );
});
