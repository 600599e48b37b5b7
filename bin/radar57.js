#!/usr/bin/env node
// Entry point of the `radar57` command: runs the TypeScript CLI through tsx's loader,
// so that the package works from a checkout without a separate build step.
import { register } from 'tsx/esm/api';
register();
await import('../src/serve/cli/main.ts');
