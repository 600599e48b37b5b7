// The one error type of the decode stage. Every message starts with the input's origin so that a
// user ingesting a directory of files can tell which file failed and why.
import { InvalidInput } from '../errors.ts';

/** Why an input could not be decoded. */
export type DecodeFailure =
  | 'too-large'
  | 'invalid-gzip'
  | 'empty'
  | 'binary'
  | 'invalid-utf8'
  | 'invalid-utf16'
  | 'unsupported-encoding'
  | 'unknown-encoding';

export class DecodeError extends InvalidInput {
  override readonly name = 'DecodeError';
  readonly origin: string;
  readonly reason: DecodeFailure;
  /** Byte offset of the first offending byte, when one byte can be blamed. */
  readonly byteOffset: number | null;

  constructor(origin: string, reason: DecodeFailure, detail: string, byteOffset: number | null = null) {
    super(`${origin}: ${detail}`);
    this.origin = origin;
    this.reason = reason;
    this.byteOffset = byteOffset;
  }
}
