#!/usr/bin/env node
// Entry point of the `radar57` command: the compiled JavaScript in dist/ (`npm run build:cli`, run by
// `npm ci` and `npm install` through `prepare`). From a checkout without it, say how to build it
// rather than fail with a module-not-found trace.
import { existsSync } from 'node:fs';
import { URL } from 'node:url';

const main = new URL('../dist/serve/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('radar57: the command is not built yet; run `npm run build:cli` (or `npm ci`) in the package folder.\n');
  process.exit(2);
}
await import(main.href);
