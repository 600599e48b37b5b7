// Receiving uploaded files. Each upload streams its files into a folder of its own (two uploads of
// the same file never share one, so neither deletes the other's input), hashing them on the way;
// the route removes the folder when the upload ends, however it ends. A file over the size limit
// is refused by name while the others go on. Folders named `<pid>-<random>` under the upload root
// are Radar 57's: at start-up those of processes no longer running (a killed server) are removed,
// and nothing else in the root is touched.
import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';

export const DEFAULT_UPLOAD_DIR = join(tmpdir(), 'radar57-uploads');

/** A folder this process made: `<pid>-<6 random characters>` (mkdtemp). */
const OURS = /^(\d+)-[A-Za-z0-9]{6}$/;
/** A folder of an older Radar 57 (named by content hash); stale once an hour old. */
const OLDER_VERSION = /^[0-9a-f]{24}$/;
const HOUR_MS = 3_600_000;

export interface ReceivedFile {
  /** The client's file name, cleaned: for messages and the stored origin, never a path. */
  name: string;
  /** Where it was written, inside the upload's own folder. */
  path: string;
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
 * under the same name again is the same input (the store recognises it); the folder it was read
 * from is temporary and not part of it.
 */
export function uploadOrigin(sha256: string, name: string): string {
  return `upload:${sha256.slice(0, 24)}/${name}`;
}

/** A new folder for one upload. */
export function newUploadFolder(root: string): string {
  mkdirSync(root, { recursive: true });
  return mkdtempSync(join(root, `${process.pid}-`));
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the upload folders left by servers that stopped mid-upload; returns their names. */
export function removeStaleUploads(root: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of entries) {
    const path = join(root, name);
    const ours = OURS.exec(name);
    let stale = false;
    try {
      if (!statSync(path).isDirectory()) continue;
      stale = ours ? Number(ours[1]) !== process.pid && !running(Number(ours[1])) : OLDER_VERSION.test(name) && Date.now() - statSync(path).mtimeMs > HOUR_MS;
    } catch {
      continue;
    }
    if (stale) {
      rmSync(path, { recursive: true, force: true });
      removed.push(name);
    }
  }
  return removed;
}

export type UploadedFile = ({ status: 'received' } & ReceivedFile) | ({ status: 'refused' } & RefusedFile);

/**
 * Streams every file of a multipart request into `folder` (numbered, so that two files of the same
 * name do not collide), hashing as it writes. A file past `maxBytes` is deleted and refused by name.
 * In the client's order.
 */
export async function receiveFiles(request: FastifyRequest, folder: string, maxBytes: number): Promise<UploadedFile[]> {
  const files: UploadedFile[] = [];
  let n = 0;
  for await (const part of request.files({ limits: { fileSize: maxBytes }, throwFileSizeLimit: false })) {
    const name = cleanFileName(part.filename);
    const path = join(folder, `${n++}-${name}`);
    const hash = createHash('sha256');
    const hashing = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        done(null, chunk);
      },
    });
    await pipeline(part.file, hashing, createWriteStream(path));
    if (part.file.truncated) {
      rmSync(path, { force: true });
      files.push({ status: 'refused', name, reason: `tệp lớn hơn giới hạn ${sizeLabel(maxBytes)} cho mỗi tệp` });
      continue;
    }
    files.push({ status: 'received', name, path, sha256: hash.digest('hex') });
  }
  return files;
}

function sizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}
