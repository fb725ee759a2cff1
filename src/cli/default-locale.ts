import { loadConfig } from '../config.ts';
import type { Locale } from '../messages/locale.ts';
import type { CliIo } from './cli-io.ts';

/**
 * DEFAULT_LOCALE from the environment, or English when the configuration itself is broken: for
 * the texts (help, the first error line) that must be written before that error is reported.
 */
export function defaultLocale(env: CliIo['env']): Locale {
  try {
    return loadConfig(env).DEFAULT_LOCALE;
  } catch {
    return 'en';
  }
}
