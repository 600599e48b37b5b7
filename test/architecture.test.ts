// Issue 13: the layers of src/ import one way. The circle between store/, link/ and track/ is gone
// and must not come back: no cycle between the top folders, no cycle of files that crosses
// folders, and the stages that decide (link, track) do not reach into the store, which keeps what
// they decide. Type-only imports count: they tie one folder's meaning to another's all the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { REPO } from './helpers.ts';
import { cycles, importGraph, layerGraph, layerOf } from '../scripts/import-graph.ts';

const graph = importGraph(join(REPO, 'src'));

test('the cycle finder finds a planted cycle', () => {
  const planted = new Map([['a/x.ts', ['b/y.ts']], ['b/y.ts', ['c/z.ts']], ['c/z.ts', ['a/x.ts']], ['d/w.ts', ['a/x.ts']]]);
  assert.deepEqual(cycles(planted), [['a/x.ts', 'b/y.ts', 'c/z.ts']]);
  assert.deepEqual(cycles(layerGraph(planted)), [['a', 'b', 'c']]);
});

test('the top folders of src/ import without a cycle', () => {
  assert.ok(graph.size > 100, `read ${graph.size} files`);
  assert.deepEqual(cycles(layerGraph(graph)), []);
});

test('no cycle of files crosses from one folder to another', () => {
  const crossing = cycles(graph).filter((group) => new Set(group.map(layerOf)).size > 1);
  assert.deepEqual(crossing, []);
});

test('link and track do not import the store; the store does not import serve or pipeline', () => {
  const layers = layerGraph(graph);
  for (const stage of ['link', 'track', 'extract', 'structure', 'decode', 'text', 'programme']) {
    assert.ok(!(layers.get(stage) ?? []).includes('store'), `${stage} imports store/`);
  }
  for (const upper of ['serve', 'pipeline']) assert.ok(!(layers.get('store') ?? []).includes(upper), `store imports ${upper}/`);
});
