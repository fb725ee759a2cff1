/**
 * The value of a `--locale` option anywhere in `args` (`--locale de` or `--locale=de`), read
 * before the real parse: for the language of a line that says the arguments themselves are wrong.
 */
export function localeArgument(args: readonly string[]): string | undefined {
  for (const [i, arg] of args.entries()) {
    if (arg === '--') return undefined;
    if (arg === '--locale') return args[i + 1];
    if (arg.startsWith('--locale=')) return arg.slice('--locale='.length);
  }
  return undefined;
}
