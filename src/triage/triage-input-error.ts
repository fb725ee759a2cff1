import { AppError } from '../app-error.ts';

export type TriageInputErrorCode = 'triage.unknown_fact' | 'triage.unknown_value' | 'triage.invalid_facts';

/** Facts given to the engine (CLI `--facts`, stored state) that do not fit triage-spec.md. */
export class TriageInputError extends AppError {
  declare readonly code: TriageInputErrorCode;
  /** The fact id the error is about, when there is one. */
  readonly fact?: string;
  /** The offending value, when there is one. */
  readonly value?: string;
  /** The values (or fact ids) that would have fitted, for a caller that words the error itself. */
  readonly expected?: readonly string[];
  /** The other fact the value does not fit with (a symptom of another surface). */
  readonly conflict?: { readonly fact: string; readonly value: string };

  constructor(
    code: TriageInputErrorCode,
    message: string,
    options: { fact?: string; value?: string; expected?: readonly string[]; conflict?: { fact: string; value: string }; cause?: unknown } = {},
  ) {
    super(code, message, options.cause === undefined ? undefined : { cause: options.cause });
    if (options.fact !== undefined) this.fact = options.fact;
    if (options.value !== undefined) this.value = options.value;
    if (options.expected !== undefined) this.expected = options.expected;
    if (options.conflict !== undefined) this.conflict = options.conflict;
  }
}
