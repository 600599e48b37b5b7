// The errors of the domain: one hierarchy, whatever stage throws them, so that each face maps them
// once: the command line to an exit code and a message (src/serve/cli/exit-codes.ts), the HTTP API
// to a problem+json status (src/serve/http/problem.ts). A domain error's message is written for the
// person who asked (in Vietnamese where the project speaks to officials) and reaches them as it is;
// anything else that escapes is a fault of the program, logged and answered as an internal error.

/** What kind of refusal, independent of the face: the faces map kinds, never classes. */
export type DomainErrorKind = 'not-found' | 'invalid-input' | 'conflict' | 'forbidden' | 'unauthenticated' | 'unavailable';

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** What was asked for does not exist (a task, an account, a proposal). */
export class NotFound extends DomainError {
  readonly kind = 'not-found';
}

/** The request itself is wrong: a malformed date, an unknown option value, a file that cannot be read. */
export class InvalidInput extends DomainError {
  readonly kind = 'invalid-input';
}

/** The request is well formed but clashes with what is stored (a duplicate, the last admin, a decided proposal). */
export class Conflict extends DomainError {
  readonly kind = 'conflict';
}

/** The person is known but may not do this (role, agency scope). */
export class Forbidden extends DomainError {
  readonly kind = 'forbidden';
}

/** The person must say who they are first. */
export class Unauthenticated extends DomainError {
  readonly kind = 'unauthenticated';
}

/** Something the request needs is missing or busy here and now (chromium for a PDF, a locked database). */
export class Unavailable extends DomainError {
  readonly kind = 'unavailable';
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/** The HTTP status of each kind (problem+json). */
export const HTTP_STATUS: Record<DomainErrorKind, number> = {
  'invalid-input': 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  unavailable: 503,
};

/**
 * The command line's exit status of each kind. 1 stays "the command ran and found a problem"
 * (an invalid pack, nothing could be read); 2 is a usage error (commander's own, and bad input).
 */
export const EXIT_CODE: Record<DomainErrorKind, number> = {
  'invalid-input': 2,
  'not-found': 3,
  conflict: 4,
  forbidden: 5,
  unauthenticated: 5,
  unavailable: 6,
};
