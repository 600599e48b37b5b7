// The one error the structure stage throws: the input held nothing it could turn into a document.
import { InvalidInput } from '../errors.ts';

/** Thrown when an input yields no usable document; the message names the input's origin. */
export class StructureError extends InvalidInput {
  readonly origin: string;

  constructor(origin: string, problem: string) {
    super(`${origin}: ${problem}`);
    this.name = 'StructureError';
    this.origin = origin;
  }
}
