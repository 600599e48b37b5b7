// Worker threads, started one way. Three parts of Radar 57 run code in threads: ingest's extraction
// pool, the server's read pool and the server's job runner. Each thread's body is a module beside
// the code that starts it; compiled (dist/…), that module is plain JavaScript; run from source
// through tsx, a thread does not inherit the loader registered in the main thread, so it starts at
// thread-entry.mjs, which registers tsx and then loads the body named in its workerData.
//
// A pool (createThreadPool) hands each request to its least busy thread and settles the request's
// promise with the answer, in any order. With `maxInFlight`, requests beyond that many per thread
// wait in the pool's one queue and go to whichever thread answers first. Its threads first post
// { ready: true }, then answer { id, ok: true, value } or { id, ok: false, name, message }
// (serveRequests writes both).
import { parentPort, Worker } from 'node:worker_threads';

const COMPILED = import.meta.url.endsWith('.js');
const ENTRY = new URL('./thread-entry.mjs', import.meta.url);

/**
 * A thread running the module `name` (without extension) that sits beside `nextTo` (the starting
 * module's import.meta.url). `data` reaches the body as workerData.
 */
export function startThread(nextTo: string, name: string, data: Record<string, unknown> = {}): Worker {
  if (COMPILED) return new Worker(new URL(`./${name}.js`, nextTo), { workerData: data });
  return new Worker(ENTRY, { workerData: { ...data, threadBody: new URL(`./${name}.ts`, nextTo).href } });
}

/** How a thread reports a failure: the error's class name and message (a thread cannot post an Error). */
export interface ThreadFailure {
  name: string;
  message: string;
}

type Answer<Res> = { id: number; ok: true; value: Res } | ({ id: number; ok: false } & ThreadFailure);

export interface ThreadPoolOptions {
  /** import.meta.url of the module starting the pool: the body sits beside it. */
  nextTo: string;
  /** The body's module name, without extension. */
  body: string;
  size: number;
  /** workerData for every thread. */
  data?: Record<string, unknown>;
  /** Rebuilds a reported failure (default: an Error with its message). */
  errorFrom?: (failure: ThreadFailure) => Error;
  /** Names the threads in the error given when one stops: `an extraction thread stopped …`. */
  label: string;
  /**
   * Requests a thread is given before it answers (default: no limit, every request is posted at
   * once). Posting everything suits ingest, whose threads must keep working while the main thread
   * writes a batch. Reads of uneven cost want few: a request posted behind a slow search waits for
   * it even when another thread is free (read-pool.ts READS_IN_FLIGHT).
   */
  maxInFlight?: number;
}

export interface ThreadPool<Req, Res> {
  readonly size: number;
  /** Threads still running: fewer than `size` once one has exited or failed to start (it is not restarted). */
  readonly live: number;
  request(request: Req): Promise<Res>;
  close(): Promise<void>;
}

interface Waiting<Res> {
  resolve: (value: Res) => void;
  reject: (error: Error) => void;
}

interface Slot<Res> {
  worker: Worker;
  pending: Map<number, Waiting<Res>>;
  ready: Promise<void>;
  /** The thread stopped: it is given nothing more. */
  stopped: Error | null;
}

export function createThreadPool<Req, Res>(options: ThreadPoolOptions): ThreadPool<Req, Res> {
  const errorFrom = options.errorFrom ?? ((f: ThreadFailure) => new Error(f.message));
  const maxInFlight = Math.max(1, options.maxInFlight ?? Number.POSITIVE_INFINITY);
  let nextId = 0;
  let closed = false;
  const slots: Slot<Res>[] = [];
  /** Requests no thread has room for yet, oldest first (`head` is the next to hand out). */
  let queue: ({ id: number; request: Req } & Waiting<Res>)[] = [];
  let head = 0;

  /** Posts a request to a thread; it keeps the process alive until the thread answers. */
  const assign = (slot: Slot<Res>, id: number, request: Req, waiting: Waiting<Res>): void => {
    slot.pending.set(id, waiting);
    slot.worker.ref();
    slot.ready.then(
      () => slot.worker.postMessage({ id, request }),
      (error: Error) => slot.pending.get(id)?.reject(error),
    );
  };

  const liveSlots = (): Slot<Res>[] => slots.filter((s) => s.stopped === null);

  /** Fails every request still waiting in the queue, and empties it. */
  const rejectQueued = (error: Error): void => {
    for (const q of queue.slice(head)) q.reject(error);
    queue = [];
    head = 0;
  };

  /** Hands queued requests to threads with room, least busy first. */
  const pump = (): void => {
    while (head < queue.length) {
      const live = liveSlots();
      if (live.length === 0) return rejectQueued(slots[0]?.stopped ?? new Error(`${options.label} pool has no thread`));
      const slot = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      if (slot.pending.size >= maxInFlight) return compact();
      const next = queue[head++]!;
      assign(slot, next.id, next.request, next);
    }
    queue = [];
    head = 0;
  };
  /** Drops the requests handed out from the front of the queue, when they are many (a busy server may never empty it). */
  const compact = (): void => {
    if (head > 1024 && head * 2 > queue.length) {
      queue = queue.slice(head);
      head = 0;
    }
  };

  for (let i = 0; i < options.size; i++) {
    const worker = startThread(options.nextTo, options.body, options.data);
    const slot: Slot<Res> = {
      worker,
      pending: new Map(),
      ready: new Promise((resolve, reject) => {
        worker.once('message', () => resolve());
        worker.once('error', reject);
      }),
      stopped: null,
    };
    // A failed start is reported by the first request sent to this thread, not as an unhandled rejection.
    slot.ready.catch(() => undefined);
    worker.on('message', (m: Answer<Res> | { ready: true }) => {
      if (!('id' in m)) return;
      const waiting = slot.pending.get(m.id);
      slot.pending.delete(m.id);
      if (slot.pending.size === 0) worker.unref();
      if (waiting) {
        if (m.ok) waiting.resolve(m.value);
        else waiting.reject(errorFrom(m));
      }
      pump();
    });
    const failAll = (error: Error): void => {
      slot.stopped ??= error;
      for (const w of slot.pending.values()) w.reject(error);
      slot.pending.clear();
      // What waits in the queue goes to the threads left (or fails, when none is).
      if (!closed) pump();
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`${options.label} stopped (exit code ${code})`)));
    // An idle pool must not keep the process alive (ref'd again while it has work).
    worker.unref();
    slots.push(slot);
  }
  return {
    size: options.size,
    get live() {
      return liveSlots().length;
    },
    request(request) {
      if (closed) return Promise.reject(new Error(`${options.label} pool is closed`));
      const id = ++nextId;
      const answer = new Promise<Res>((resolve, reject) => queue.push({ id, request, resolve, reject }));
      pump();
      return answer;
    },
    async close() {
      closed = true;
      rejectQueued(new Error(`${options.label} pool is closed`));
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/** The body side of a pool: answers every request with `handle`, after saying it is ready. */
export function serveRequests<Req, Res>(handle: (request: Req) => Res | Promise<Res>): void {
  const port = parentPort;
  if (!port) throw new Error('serveRequests runs in a worker thread');
  port.on('message', ({ id, request }: { id: number; request: Req }) => {
    const reply = (answer: Answer<Res>): void => port.postMessage(answer);
    // A throw inside handle becomes a rejection too.
    Promise.resolve()
      .then(() => handle(request))
      .then(
        (value) => reply({ id, ok: true, value }),
        (error: unknown) => reply({ id, ok: false, ...failureOf(error) }),
      );
  });
  port.postMessage({ ready: true });
}

function failureOf(error: unknown): ThreadFailure {
  return error instanceof Error ? { name: error.name, message: error.message } : { name: 'Error', message: String(error) };
}
