// Runs one command in a child process under a safety bound: a V8 heap limit, a resident-memory
// watchdog (Linux /proc; buffers live outside the V8 heap, so the heap limit alone bounds nothing
// for a gzip bomb) and a kill timeout. The bounds keep one hostile input from taking the machine or
// the suite down; they are not speed assertions.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface BoundedRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Why the child was killed by the bound, if it was. */
  killed: string | null;
  /** Highest resident memory seen, in MiB (0 where /proc is not available). */
  peakMiB: number;
}

export interface Bounds {
  timeoutMs: number;
  heapMiB: number;
  rssMiB: number;
}

export const DEFAULT_BOUNDS: Bounds = { timeoutMs: 30_000, heapMiB: 512, rssMiB: 1536 };

function rssMiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : 0;
  } catch {
    return 0;
  }
}

export function runBounded(script: string, args: string[], options: { cwd: string; bounds?: Bounds; nodeArgs?: string[] }): Promise<BoundedRun> {
  const bounds = options.bounds ?? DEFAULT_BOUNDS;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${bounds.heapMiB}`, ...(options.nodeArgs ?? []), script, ...args], { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let killed: string | null = null;
    let peak = 0;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const kill = (why: string) => {
      if (killed) return;
      killed = why;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => kill(`still running after ${bounds.timeoutMs / 1000} s`), bounds.timeoutMs);
    const watch = setInterval(() => {
      if (child.pid === undefined) return;
      const rss = rssMiB(child.pid);
      peak = Math.max(peak, rss);
      if (rss > bounds.rssMiB) kill(`resident memory ${Math.round(rss)} MiB over ${bounds.rssMiB} MiB`);
    }, 50);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearInterval(watch);
      resolve({ code, signal, stdout, stderr, killed, peakMiB: Math.round(peak) });
    });
  });
}
