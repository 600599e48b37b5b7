// Lists the import cycles of src/: between top folders, and between files (node --import tsx
// scripts/import-cycles.ts). test/architecture.test.ts fails when a cycle crosses folders.
import { fileURLToPath } from 'node:url';
import { cycles, importGraph, layerGraph } from './import-graph.ts';

const graph = importGraph(fileURLToPath(new URL('../src/', import.meta.url)).replace(/\/$/, ''));
const layers = layerGraph(graph);
process.stdout.write(`folders: ${[...layers].map(([from, to]) => `${from} → ${to.join(', ') || '∅'}`).join('\n         ')}\n`);
process.stdout.write(`cycles between folders: ${JSON.stringify(cycles(layers))}\n`);
for (const group of cycles(graph)) process.stdout.write(`cycle of files: ${group.join(' ↔ ')}\n`);
