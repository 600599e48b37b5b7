// Receiving uploaded files, in memory: each multipart file is read into a Buffer, hashed from it,
// and handed to the job that stores it (the bytes wait in the database, not on this server's
// disk), so an upload writes no file anywhere and leaves nothing behind however it ends. Memory
// is bounded twice: a file over the per-file limit is refused by name while the others go on (its
// bytes are dropped as soon as it is known too large), and one request may hold only so much in
// all (413, the whole upload refused: the client splits it).
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { FastifyRequest } from 'fastify';
import { HttpProblem } from './problem.ts';

export interface UploadLimits {
  /** Largest file; a larger one is refused by name. */
  perFile: number;
  /** Largest sum of the received files of one request; past it the request is refused (413). */
  perRequest: number;
}

export interface ReceivedFile {
  /** The client's file name, cleaned: for messages and the stored origin, never a path. */
  name: string;
  bytes: Buffer;
  /** SHA-256 of its bytes, hex. */
  sha256: string;
}

export interface RefusedFile {
  name: string;
  reason: string;
}

/** The client's name reduced to letters, digits, dot, dash and underscore; never a path. */
export function cleanFileName(raw: string | undefined): string {
  return basename(raw || 'upload').replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 120) || 'upload';
}

/**
 * Where an uploaded file is said to come from: its content hash and name. Uploading the same bytes
 * under the same name again is the same input (the store recognises it).
 */
export function uploadOrigin(sha256: string, name: string): string {
  return `upload:${sha256.slice(0, 24)}/${name}`;
}

export type UploadedFile = ({ status: 'received' } & ReceivedFile) | ({ status: 'refused' } & RefusedFile);

/**
 * Reads every file of a multipart request into memory, in the client's order. A file past
 * `limits.perFile` is refused by name (the parser stops handing over its bytes at the limit). When
 * the received files together pass `limits.perRequest`, throws a 413 problem once the file that
 * passed it has been read to its end: a file that turns out too large on its own is refused by
 * name instead, like any other.
 */
export async function receiveFiles(request: FastifyRequest, limits: UploadLimits): Promise<UploadedFile[]> {
  const files: UploadedFile[] = [];
  let held = 0;
  for await (const part of request.files({ limits: { fileSize: limits.perFile }, throwFileSizeLimit: false })) {
    const name = cleanFileName(part.filename);
    let chunks: Buffer[] = [];
    let size = 0;
    let overRequest = false;
    for await (const chunk of part.file as AsyncIterable<Buffer>) {
      size += chunk.length;
      overRequest ||= held + size > limits.perRequest;
      // Past either bound its bytes are of no use: the rest of the part is read and dropped.
      if (overRequest || part.file.truncated) chunks = [];
      else chunks.push(chunk);
    }
    if (part.file.truncated) {
      files.push({ status: 'refused', name, reason: `tệp lớn hơn giới hạn ${sizeLabel(limits.perFile)} cho mỗi tệp` });
      continue;
    }
    if (overRequest) {
      throw new HttpProblem(413, `các tệp của một lần tải lên cộng lại lớn hơn giới hạn ${sizeLabel(limits.perRequest)}; hãy chia thành nhiều lần tải lên`, [{ field: 'body.files', message: 'too large in all' }]);
    }
    const bytes = Buffer.concat(chunks, size);
    held += size;
    files.push({ status: 'received', name, bytes, sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  return files;
}

function sizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}
