/** The marker a redacted value is replaced with. */
export const REDACTED = '[REDACTED]';

/** Counts the values a redaction replaced (`redacted: n` in a report). */
export interface RedactionTally {
  redacted: number;
}
