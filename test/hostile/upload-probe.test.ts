// The hostile-input corpus through the server (issue 10, "done when"): the heaviest cases are
// uploaded to a running server, and while each upload is in flight the server must answer a probe
// request within 1 s (the requirement; the only timed bound here, deliberately generous).
// The upload's own answer is asserted too: the file refused by name, or stored. Each case runs in
// a bounded child process (run-bounded.ts), server included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { REPO } from '../helpers.ts';
import { HOSTILE_CASES } from './cases.ts';
import { runBounded } from './run-bounded.ts';

const CHILD = join(REPO, 'test', 'hostile', 'upload-probe-child.ts');

interface ProbeResult {
  status: number;
  body: string;
  probes: number;
  worstMs: number;
}

for (const c of HOSTILE_CASES.filter((x) => x.heavy)) {
  test(`hostile upload: the server answers within 1 s while "${c.id}" is uploaded`, async (t) => {
    const run = await runBounded(CHILD, [c.id], { cwd: REPO, nodeArgs: ['--import', 'tsx'] });
    assert.equal(run.killed, null, `killed by the safety bound: ${run.killed} (peak ${run.peakMiB} MiB)`);
    assert.equal(run.code, 0, run.stderr.slice(-2000));
    const result = JSON.parse(run.stdout) as ProbeResult;
    assert.equal(result.status, 200, result.body);
    const summary = JSON.parse(result.body) as { stored: number; results: { name: string; status: string; reason?: string }[] };
    const file = summary.results.find((r) => r.name === c.fileName);
    assert.ok(file, `no result names ${c.fileName}: ${result.body.slice(0, 500)}`);
    if (c.expect === 'reject') assert.equal(file.status, 'rejected');
    if (c.expect === 'store') assert.equal(file.status, 'stored', file.reason);
    if (file.status === 'rejected') assert.ok((file.reason ?? '').trim().length > 5, `reason: ${file.reason}`);
    t.diagnostic(`${c.fileName}: ${file.status}; ${result.probes} probes, worst ${result.worstMs} ms; child peak ${run.peakMiB} MiB`);
    assert.ok(result.probes >= 1, 'no probe was sent while the upload was in flight');
    assert.ok(result.worstMs < 1000, `a probe waited ${result.worstMs} ms while ${c.fileName} was uploaded`);
  });
}
