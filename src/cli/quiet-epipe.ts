/**
 * A reader that went away (`daybrief dupes … | head`) is not an error: when stdout or stderr
 * reports EPIPE, the process ends at once and quietly, with the exit code it had so far, instead
 * of crashing on an unhandled 'error' event with a stack trace. Other stream errors still throw.
 */
export function exitQuietlyOnEpipe(
  streams: NodeJS.WritableStream[],
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  for (const stream of streams)
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
      exit(typeof process.exitCode === "number" ? process.exitCode : 0);
    });
}
