import { toWellFormed } from './to-well-formed.ts';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * Text that came from a chat platform, made safe to keep: every lone UTF-16 surrogate becomes
 * U+FFFD and control characters other than line breaks and tabs are dropped. Chat adapters clean
 * rather than refuse (the web API refuses, see textProblem): the platform authenticated the
 * sender, and a person can neither see nor fix such a character in what they typed.
 */
export function cleanText(value: string): string {
  return toWellFormed(value).replace(CONTROLS, '');
}
