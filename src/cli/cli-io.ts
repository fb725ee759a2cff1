import type { Readable, Writable } from 'node:stream';

/** What a CLI command may touch; passed in so tests run commands in-process. */
export interface CliIo {
  stdout: Writable;
  stderr: Writable;
  stdin: Readable;
  env: Record<string, string | undefined>;
}

export const processIo = (): CliIo => ({ stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });

/** Exit code for a usage error (bad flag, bad JSON, unknown fact or value). */
export const USAGE_EXIT_CODE = 2;

/** A usage error: printed as one line on stderr, exit 2. */
export class UsageError extends Error {
  readonly code = 'cli.usage';
}
