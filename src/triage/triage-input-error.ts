import { AppError } from '../app-error.ts';

export type TriageInputErrorCode = 'triage.unknown_fact' | 'triage.unknown_value' | 'triage.invalid_facts';

/** Facts given to the engine (CLI `--facts`, stored state) that do not fit triage-spec.md. */
export class TriageInputError extends AppError {
  declare readonly code: TriageInputErrorCode;
  /** The fact id the error is about, when there is one. */
  readonly fact?: string;
  /** The offending value, when there is one. */
  readonly value?: string;

  constructor(
    code: TriageInputErrorCode,
    message: string,
    options: { fact?: string; value?: string; cause?: unknown } = {},
  ) {
    super(code, message, options.cause === undefined ? undefined : { cause: options.cause });
    if (options.fact !== undefined) this.fact = options.fact;
    if (options.value !== undefined) this.value = options.value;
  }
}
