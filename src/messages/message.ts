/**
 * One catalog entry: a template with `{name}` parameters, or plural forms chosen by the `count`
 * parameter with `Intl.PluralRules` of the locale (`other` is required; `one`, `two`, `few`,
 * `many` and `zero` are used where the language has them).
 */
export type Message = string | PluralMessage;

export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

export type MessageParams = Readonly<Record<string, string | number>>;
