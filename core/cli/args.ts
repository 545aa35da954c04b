import { parseArgs, type ParseArgsConfig } from 'node:util';
import { usageError, type Said } from './cliError';
import { nearestName } from './nearestName';

/** The options a command accepts, as `node:util` `parseArgs` declares them. */
export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** A command's arguments once parsed: option values by name (no prototype), then positionals. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/** The long option `typed` (`--perod`) most likely misspells, as typed (`--period`). */
function optionMeant(typed: string, options: OptionSpec): string | undefined {
  const name = /^--([\w-]+)/.exec(typed)?.[1];
  const meant = name === undefined ? undefined : nearestName(name, Object.keys(options));
  return meant === undefined ? undefined : `--${meant}`;
}

/**
 * The word typed where parseArgs names one letter: `-period` is read as `-p -e -r …`, refused at `-p`; the
 * user typed a long option with one dash, so the word is what to name, and the long option it is near.
 */
function typedWord(letter: string, args: readonly string[]): string | undefined {
  const end = args.indexOf('--');
  const word = (end < 0 ? args : args.slice(0, end)).find(
    (arg) => arg.startsWith(letter) && !arg.startsWith('--') && arg.length > 2,
  );
  return word?.split('=')[0];
}

/** Node's parseArgs failure in a few words; its messages go on with advice meant for scripts. */
function parseFailure(error: Error & { code?: string }, options: OptionSpec, args: readonly string[]): Said {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  // `'-o, --output <value>'`: the long name, else the first word.
  const name = /--[\w-]+/.exec(quoted)?.[0] ?? quoted.split(/[ ,]/)[0];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const word = /^-[A-Za-z]$/.test(quoted) ? typedWord(quoted, args) : undefined;
      if (word !== undefined) return (t) => t.unknownOption(word, optionMeant(`-${word}`, options));
      return (t) => t.unknownOption(quoted, optionMeant(quoted, options));
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(error.message)
        ? (t) => t.optionTakesNoValue(name)
        : (t) => t.optionNeedsValue(name);
    default:
      return () => error.message.split('\n')[0];
  }
}

/**
 * `--from -10` (an NPS curve) as `--from=-10`: parseArgs takes any word starting with "-" for an option,
 * so a negative number after an option that takes a value would be refused as a missing value.
 */
function negativeValuesJoined(args: readonly string[], options: OptionSpec): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const name = /^--([\w-]+)$/.exec(args[i])?.[1];
    const next = args[i + 1];
    if (
      name !== undefined &&
      Object.hasOwn(options, name) &&
      options[name].type === 'string' &&
      next !== undefined &&
      /^-(\d|\.\d)/.test(next)
    ) {
      joined.push(`${args[i]}=${next}`);
      i++;
    } else joined.push(args[i]);
  }
  return joined;
}

/**
 * A line break, a terminal escape or another control character (C0, DEL, C1, the Unicode line and paragraph
 * separators): every message quotes the file names and values it was given, one line a problem.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;

/** Whether `text` holds such a character: a usage error, said by `cliTexts().controlCharacter`. */
export const holdsControl = (text: string): boolean => CONTROL.test(text);

/**
 * Parses a command's arguments strictly: an unknown option, a missing value, a repeated option or one
 * positional too many is a usage error (exit 2) naming it, never ignored; so is a value or a positional
 * holding a control character (`$'no\nsuch.csv'`), named escaped, before any file is read or written.
 */
export function parseCommandArgs(
  args: readonly string[],
  options: OptionSpec,
  maxPositionals: number,
  usage: string,
): ParsedArgs {
  let parsed: ReturnType<typeof parseArgs<{ options: OptionSpec; tokens: true; allowPositionals: true }>>;
  try {
    parsed = parseArgs({
      args: negativeValuesJoined(args, options),
      options,
      strict: true,
      allowPositionals: true,
      tokens: true,
    });
  } catch (error) {
    throw usageError(parseFailure(error as Error & { code?: string }, options, args), usage);
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    if (seen.has(token.name) && !options[token.name]?.multiple)
      throw usageError((t) => t.optionTwice(token.rawName), usage);
    seen.add(token.name);
    // -o says it in its own words (checkOutputFile).
    if (typeof token.value === 'string' && token.value.trim() === '' && token.name !== 'output')
      throw usageError((t) => t.optionEmpty(token.rawName), usage);
    if (typeof token.value === 'string' && holdsControl(token.value)) {
      const escaped = JSON.stringify(token.value);
      throw usageError((t) => t.controlCharacter(token.rawName, escaped), usage);
    }
  }
  const controlled = parsed.positionals.find(holdsControl);
  if (controlled !== undefined)
    throw usageError((t) => t.controlCharacter(undefined, JSON.stringify(controlled)), usage);
  if (parsed.positionals.length > maxPositionals) {
    const extra = parsed.positionals[maxPositionals];
    throw usageError((t) => t.unexpectedArgument(extra), usage);
  }
  // Only options declared `multiple` (compare's --contract) have arrays: read them with `multipleOption`.
  return { values: parsed.values as ParsedArgs['values'], positionals: parsed.positionals };
}

/** Every value of an option declared `multiple`, in the order given. */
export function multipleOption(args: ParsedArgs, name: string): string[] {
  const value = (args.values as Readonly<Record<string, unknown>>)[name];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** A string option's value, `undefined` when absent. */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** A required string option: a usage error naming it when absent. */
export function requiredOption(args: ParsedArgs, name: string, usage: string): string {
  const value = stringOption(args, name);
  if (value === undefined) throw usageError((t) => t.missingOption(`--${name}`), usage);
  return value;
}

/** `--lang en|fr`, or `fallback` when absent. */
export function languageOption(args: ParsedArgs, fallback: 'en' | 'fr', usage: string): 'en' | 'fr' {
  const lang = stringOption(args, 'lang') ?? fallback;
  if (lang !== 'en' && lang !== 'fr') throw usageError((t) => t.languageMustBe(lang), usage);
  return lang;
}
