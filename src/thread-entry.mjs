// Entry of every worker thread run from source (src/threads.ts startThread): a thread does not
// inherit the tsx loader registered in the main thread, so it registers its own, then loads the
// TypeScript body named in its workerData.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.threadBody);
