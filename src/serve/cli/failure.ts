// The command line's face of the error hierarchy (src/errors.ts): a domain error is the person's to
// fix, so its message is printed as it is, with the exit status of its kind; commander's own usage
// errors keep status 2; anything else is a fault of the program and prints its message too, with 2
// as before (a stack trace helps nobody at a terminal; RADAR57_DEBUG=1 prints it).
import { EXIT_CODE, isDomainError } from '../../errors.ts';

export interface Failure {
  message: string;
  exitCode: number;
}

export function failureOf(error: unknown): Failure {
  if (isDomainError(error)) return { message: error.message, exitCode: EXIT_CODE[error.kind] };
  return { message: error instanceof Error ? error.message : String(error), exitCode: 2 };
}
