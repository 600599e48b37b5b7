// Body of an extraction thread: reads one file's bytes into documents and extracts their facts,
// the CPU-heavy part of ingest, and answers with both. No database: the ingest thread stores them.
import { serveRequests } from '../threads.ts';
import { extractFile, type ExtractRequest } from './extract-file.ts';

serveRequests((request: ExtractRequest) => extractFile(request));
