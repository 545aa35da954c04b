/**
 * JSON text as the product reads a file (a contract, an issued invoice): strictly, by `JSON.parse`, with
 * a syntax error said at its line and column and its usual cause named (a comment or a trailing comma
 * left by hand editing, a file cut short), and nesting bounded: walking a document nested 200,000 levels
 * deep to find its repeated keys overflowed the stack ("Maximum call stack size exceeded").
 */
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { jsonSyntaxTexts, type JsonSyntaxError } from '../i18n/jsonSyntax';
import type { Language } from './types';

/** Nesting no contract or invoice file comes near (a contract is about six levels deep). */
export const MAX_JSON_DEPTH = 64;

export type JsonText =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: string };

/** Parses `text`, or says why not at its place. */
export function readJsonText(text: string, lang: Language = 'en'): JsonText {
  const t = jsonSyntaxTexts(lang);
  // First, as locating a syntax error walks the document too.
  const deep = tooDeepAt(text);
  if (deep !== undefined) return { ok: false, problem: placed(text, deep, t.tooDeep(MAX_JSON_DEPTH), lang) };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return {
      ok: false,
      problem: syntaxProblem(text, error instanceof Error ? error.message : String(error), lang),
    };
  }
}

/**
 * Where `JSON.parse` failed, and why, as jsonc-parser locates it (JSON.parse names no place for most
 * errors); JSON.parse's own words, first line only, in the rare case the two disagree.
 */
function syntaxProblem(text: string, message: string, lang: Language): string {
  const t = jsonSyntaxTexts(lang);
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const [first] = errors;
  if (text.trim() === '') return t.empty;
  if (first === undefined) return message.split('\n')[0];
  const code = printParseErrorCode(first.error);
  if (code.startsWith('UnexpectedEndOf') || first.offset >= text.trimEnd().length) return t.endsEarly;
  const at = first.offset;
  const cause =
    code === 'InvalidCommentToken'
      ? t.comment
      : /^[}\]]/.test(text.slice(at)) && text.slice(0, at).trimEnd().endsWith(',')
        ? t.trailingComma
        : Object.hasOwn(t.errors, code)
          ? t.errors[code as JsonSyntaxError]
          : code;
  return placed(text, at, cause, lang);
}

/** The offset where brackets first nest deeper than `MAX_JSON_DEPTH`, strings skipped; or undefined. */
function tooDeepAt(text: string): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      if (++depth > MAX_JSON_DEPTH) return i;
    } else if (c === ']' || c === '}') depth--;
  }
  return undefined;
}

/** `problem` at the line and column of `offset`, lines counted as editors count them (CRLF, LF or CR). */
function placed(text: string, offset: number, problem: string, lang: Language): string {
  const lines = text.slice(0, offset).split(/\r\n|\n|\r/);
  return jsonSyntaxTexts(lang).at(lines.length, lines[lines.length - 1].length + 1, problem);
}
