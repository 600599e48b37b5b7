// Entry of an extraction thread run from source: a worker thread does not inherit the tsx loader
// registered in the main thread, so it registers its own before loading the TypeScript body.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
