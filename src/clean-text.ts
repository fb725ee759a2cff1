import { FREE_CONTROLS } from './text-problem.ts';

const CONTROLS = new RegExp(FREE_CONTROLS.source, 'g');

/**
 * Text that came from a chat platform, made safe to keep: every lone UTF-16 surrogate becomes
 * U+FFFD and control characters other than line breaks and tabs are dropped. Chat adapters clean
 * rather than refuse (the web API refuses, see textProblem): the platform authenticated the
 * sender, and a person can neither see nor fix such a character in what they typed.
 */
export function cleanText(value: string): string {
  return value.toWellFormed().replace(CONTROLS, '');
}
