// Output channels of a command, injectable so that commands can be tested in-process.
export interface CommandIO {
  out(text: string): void;
  err(text: string): void;
}

export function processIO(): CommandIO {
  return {
    out: (text) => { process.stdout.write(text); },
    err: (text) => { process.stderr.write(text); },
  };
}

/** A usage error: printed as one line, exit code 2. */
export class UsageError extends Error {
  exitCode = 2;
}
