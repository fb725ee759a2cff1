import type { Messages } from '../messages/messages-for.ts';

/** The first quoted word of a Node parseArgs message ("Unknown option '--x'. To …" → "--x"). */
const QUOTED = /'([^']*)'/;

/**
 * A `node:util` parseArgs error (code ERR_PARSE_ARGS_*) in the CLI's language, or undefined for
 * any other error. The option or argument is taken from Node's message; a parseArgs error this
 * does not know keeps Node's own words.
 */
export function argsProblem(error: unknown, m: Messages): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const code: unknown = (error as Error & { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) return undefined;
  const quoted = QUOTED.exec(error.message)?.[1]?.replace(/ <value>$/, '');
  if (quoted === undefined) return error.message;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return m.t('cli.args.unknown_option', { option: quoted });
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return m.t('cli.args.unexpected_argument', { argument: quoted });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/argument missing/.test(error.message)) return m.t('cli.args.missing_value', { option: quoted });
    if (/does not take an argument/.test(error.message)) return m.t('cli.args.no_value', { option: quoted });
  }
  return error.message;
}
