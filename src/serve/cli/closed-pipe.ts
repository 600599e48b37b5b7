// `radar57 facts | head`: once the reader has gone, the rest of the output has nowhere to go.
// Node reports that as an EPIPE error on stdout, which would otherwise end in a stack trace; the
// command has done all anyone will read, so it ends quietly, as `cat` and `grep` do.

/** Installed once by the CLI's entry point: every command's output goes through process.stdout. */
export function endQuietlyWhenOutputCloses(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
