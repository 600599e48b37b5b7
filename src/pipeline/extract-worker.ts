// Body of an extraction thread: reads one file's bytes into documents and extracts their facts,
// the CPU-heavy part of ingest, and posts both back. No database: the ingest thread stores them.
import { parentPort } from 'node:worker_threads';
import { extractFile, type ExtractRequest, type ExtractAnswer } from './extract-file.ts';

const port = parentPort!;
port.on('message', (request: ExtractRequest) => {
  let answer: ExtractAnswer;
  try {
    answer = { id: request.id, ok: true, ...extractFile(request) };
  } catch (error) {
    answer = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(answer);
});
port.postMessage({ ready: true });
