// Entry of the job worker thread. The package runs its TypeScript through tsx's loader; a worker
// thread does not inherit a loader registered in code (bin/radar57.js), so it registers its own
// before loading the job code.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
