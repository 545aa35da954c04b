/**
 * The command examples of README.md, read as a newcomer would type them: the `sh` blocks' command lines
 * (with the `# …` comment that states their result) and the `console` blocks' `$ command` lines with the
 * output printed under them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/builtCore';

export const README_PATH = join(REPO_ROOT, 'README.md');

export function readme(): string {
  return readFileSync(README_PATH, 'utf8');
}

export interface CodeBlock {
  readonly lang: string;
  /** 1-based line of the README where the block's first line is. */
  readonly line: number;
  readonly lines: readonly string[];
}

/** Every fenced block, at any indentation (a block inside a list item is indented). */
export function codeBlocks(text: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const all = text.split('\n');
  for (let i = 0; i < all.length; i += 1) {
    const open = /^(\s*)```(\w*)\s*$/.exec(all[i]);
    if (!open) continue;
    const indent = open[1].length;
    const lines: string[] = [];
    let j = i + 1;
    while (j < all.length && !/^\s*```\s*$/.test(all[j])) lines.push(all[j++].slice(indent));
    blocks.push({ lang: open[2], line: i + 2, lines });
    i = j;
  }
  return blocks;
}

/** One shell line split as bash would: words, an optional `> file`, and the comment after `#`. */
export interface ShellLine {
  readonly words: readonly string[];
  readonly stdoutTo?: string;
  readonly comment: string;
}

export function shellLine(line: string): ShellLine {
  const words: string[] = [];
  let stdoutTo: string | undefined;
  let redirectNext = false;
  let word: string | null = null;
  let i = 0;
  const end = () => {
    if (word === null) return;
    if (redirectNext) {
      stdoutTo = word;
      redirectNext = false;
    } else words.push(word);
    word = null;
  };
  while (i < line.length) {
    const c = line[i];
    if (/\s/.test(c)) {
      end();
      i += 1;
    } else if (c === '#' && word === null) {
      end();
      return { words, stdoutTo, comment: line.slice(i + 1).trim() };
    } else if (c === '>' && word === null) {
      redirectNext = true;
      i += 1;
    } else if (c === "'") {
      const close = line.indexOf("'", i + 1);
      if (close < 0) throw new Error(`unclosed ' in: ${line}`);
      word = (word ?? '') + line.slice(i + 1, close);
      i = close + 1;
    } else if (c === '"') {
      let text = '';
      i += 1;
      while (i < line.length && line[i] !== '"') {
        if (line[i] === '\\' && '"\\$`'.includes(line[i + 1] ?? '')) i += 1;
        text += line[i];
        i += 1;
      }
      if (i >= line.length) throw new Error(`unclosed " in: ${line}`);
      word = (word ?? '') + text;
      i += 1;
    } else if ('|&;<'.includes(c)) {
      throw new Error(`a README example the test cannot run (${c}): ${line}`);
    } else {
      word = (word ?? '') + c;
      i += 1;
    }
  }
  end();
  if (redirectNext) throw new Error(`> without a file in: ${line}`);
  return { words, stdoutTo, comment: '' };
}

/** What a README example states about its run. */
export interface Expected {
  readonly code: number;
  /** The whole stdout; `…` on a line of its own stands for any lines. */
  readonly out?: readonly string[];
  readonly err?: string;
}

/**
 * From an `sh` line's comment: `# 1500` (a JSON value) is the output; `# stderr: TEXT; exit N` the error
 * and its exit code; `exit N` elsewhere in the comment the exit code ("exit 1 if any" states none).
 */
export function expectedFromComment(comment: string): Expected {
  const stderr = /^stderr: (.*); exit (\d+)$/.exec(comment);
  if (stderr) return { code: Number(stderr[2]), err: stderr[1] };
  const exit = /\bexit (\d+)\b(?! if)/.exec(comment);
  const code = exit ? Number(exit[1]) : 0;
  try {
    JSON.parse(comment);
    return { code, out: [comment] };
  } catch {
    return { code };
  }
}

/** A command of the CLI (or `node -e` on the package) found in the README, in the README's order. */
export interface Example {
  /** Where it is, for the failure message. */
  readonly place: string;
  readonly kind: 'cli' | 'node';
  /** The CLI's arguments (after `outcome-fees`), or `node`'s. */
  readonly args: readonly string[];
  readonly stdoutTo?: string;
  readonly expected: Expected;
}

const CLI = /^(npx )?outcome-fees\b/;
const NODE = /^node -e\b/;

/**
 * `…` in an example stands for the options of the block's first command of the same name that the line
 * does not give itself: `reconcile … --supplier supplier.xlsx` after `reconcile --contract C --actuals A
 * --period P --supplier S` is `reconcile --contract C --actuals A --period P --supplier supplier.xlsx`.
 */
function expandEllipsis(args: readonly string[], first: readonly string[] | undefined, place: string) {
  const at = args.indexOf('…');
  if (at < 0) return args;
  if (!first) throw new Error(`${place}: "…" with no earlier ${args[0]} command in its block`);
  const own = new Set(args.slice(at + 1).filter((a) => a.startsWith('-')));
  const taken: string[] = [];
  for (let i = 1; i < first.length; i += 1) {
    if (own.has(first[i])) break;
    taken.push(first[i]);
  }
  return [...args.slice(0, at), ...taken, ...args.slice(at + 1)];
}

/** The examples of a Markdown file's `sh` and `console` blocks, each placed at `file`:line. */
export function examples(text: string, file = 'README.md'): Example[] {
  const found: Example[] = [];
  for (const block of codeBlocks(text)) {
    const firstOf = new Map<string, readonly string[]>();
    const push = (line: string, offset: number, out?: readonly string[]) => {
      const place = `${file}:${block.line + offset}`;
      const parsed = shellLine(line);
      const words = CLI.test(line)
        ? parsed.words.slice(line.startsWith('npx') ? 2 : 1)
        : parsed.words.slice(1);
      const args = expandEllipsis(words, firstOf.get(words[0]), place);
      if (!firstOf.has(args[0])) firstOf.set(args[0], args);
      const fromComment = expectedFromComment(parsed.comment);
      found.push({
        place,
        kind: CLI.test(line) ? 'cli' : 'node',
        args,
        stdoutTo: parsed.stdoutTo,
        // A `console` block's output is what it shows; its exit code, as an `sh` line's, its comment's (`# exit 1`).
        expected: out ? { code: fromComment.code, out } : fromComment,
      });
    };
    if (block.lang === 'sh') {
      block.lines.forEach((line, i) => {
        if (CLI.test(line) || NODE.test(line)) push(line, i);
      });
    } else if (block.lang === 'console') {
      for (let i = 0; i < block.lines.length; i += 1) {
        const command = /^\$ (.*)$/.exec(block.lines[i]);
        if (!command) continue;
        let j = i + 1;
        while (j < block.lines.length && !block.lines[j].startsWith('$ ')) j += 1;
        if (CLI.test(command[1])) push(command[1], i, block.lines.slice(i + 1, j));
        i = j - 1;
      }
    }
  }
  return found;
}

/** The lines of a block in the README whose first line is `firstLine`; an error when there is none. */
export function blockStartingWith(text: string, firstLine: string): readonly string[] {
  const block = codeBlocks(text).find((b) => b.lines[0] === firstLine);
  if (!block) throw new Error(`README.md has no code block starting with "${firstLine}"`);
  return block.lines;
}

/** `actual` matches `expected` line for line, a `…` line of `expected` standing for one or more lines. */
export function matchesWithEllipsis(actual: readonly string[], expected: readonly string[]): boolean {
  const match = (a: number, e: number): boolean => {
    if (e === expected.length) return a === actual.length;
    if (expected[e].trim() === '…') {
      for (let k = a + 1; k <= actual.length; k += 1) if (match(k, e + 1)) return true;
      return false;
    }
    return a < actual.length && actual[a].trimEnd() === expected[e].trimEnd() && match(a + 1, e + 1);
  };
  return match(0, 0);
}
