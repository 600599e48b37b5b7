// Issue 13: the pipeline declared once. The steps are named in order; one file runs through
// read … save; and the link-to-programme step gives the same observations whether it links the
// documents a job kept in memory or reads them back from the store.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/index.ts';
import { BUILTIN_PACK_DIR, loadPack } from '../../src/programme/load.ts';
import { PIPELINE_STEPS, programmeStep, runFile } from '../../src/pipeline/chain.ts';
import { ingestPaths } from '../../src/pipeline/ingest.ts';
import type { LinkMemory } from '../../src/pipeline/track.ts';
import { InvalidInput } from '../../src/errors.ts';
import { SEED_DIR } from '../helpers.ts';

test('the steps are declared once, in the order of the data', () => {
  assert.deepEqual([...PIPELINE_STEPS], ['read', 'decode', 'structure', 'extract', 'link', 'link-programme', 'save']);
});

test('a file without documents is invalid input, named by its origin', async () => {
  const store = await openStore(':memory:');
  try {
    await assert.rejects(() => runFile(store, { origin: 'rong.txt', bytes: Buffer.from('\n\n') }), (e: unknown) => e instanceof InvalidInput && /rong\.txt/.test(e.message));
  } finally {
    await store.close();
  }
});

async function observationsOf(store: Store) {
  return (await store.programme.observations())
    .filter((o) => o.origin === 'extracted')
    .map((o) => `${o.key} ${o.value} ${o.asOf} ${o.scope} ${o.sources.join(',')}`)
    .sort();
}

test('linking from memory gives the observations that reading back gives', async (t) => {
  const files = readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).slice(0, 60);
  if (files.length === 0) return t.skip(`no seed files in ${SEED_DIR}`);
  const pack = loadPack(BUILTIN_PACK_DIR);
  const fromMemory = await openStore(':memory:');
  const readBack = await openStore(':memory:');
  t.after(async () => {
    await fromMemory.close();
    await readBack.close();
  });
  const memory: LinkMemory = new Map();
  for (const name of files) {
    const input = { origin: name, bytes: readFileSync(join(SEED_DIR, name)) };
    await runFile(fromMemory, input, {}, memory);
    await runFile(readBack, input);
  }
  assert.ok(memory.size >= files.length, `${memory.size} documents remembered`);
  const a = await programmeStep(fromMemory, { pack, actor: 'test' })(memory);
  const b = await programmeStep(readBack, { pack, actor: 'test' })();
  assert.ok('observations' in a && 'observations' in b);
  assert.ok(a.observations > 0, 'the seeds have figures of the programme');
  assert.equal(a.observations, b.observations);
  assert.deepEqual(await observationsOf(fromMemory), await observationsOf(readBack));
});

test('ingest links its figures from the documents it kept in memory, as reading back would', async (t) => {
  if (readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).length === 0) return t.skip(`no seed files in ${SEED_DIR}`);
  const pack = loadPack(BUILTIN_PACK_DIR);
  const withMemory = await openStore(':memory:');
  const readBack = await openStore(':memory:');
  t.after(async () => {
    await withMemory.close();
    await readBack.close();
  });
  let handed: LinkMemory | undefined;
  const step = programmeStep(withMemory, { pack, actor: 'test' });
  const a = await ingestPaths([SEED_DIR], withMemory, { workers: 0, linkProgramme: (memory) => ((handed = memory), step(memory)) });
  await ingestPaths([SEED_DIR], readBack, { workers: 0 });
  await programmeStep(readBack, { pack, actor: 'test' })();
  assert.ok(handed && handed.size > 0 && handed.size === a.created, `${handed?.size} documents remembered for ${a.created} created`);
  assert.ok(a.programme && 'observations' in a.programme && a.programme.observations > 0);
  assert.deepEqual(await observationsOf(withMemory), await observationsOf(readBack));
});
