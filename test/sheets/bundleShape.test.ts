/**
 * What Apps Script and clasp read in dist/sheets: a top-level declaration with the registry's JSDoc for
 * every worksheet function (Sheets' autocomplete shows only that), a top-level function for every trigger,
 * menu item and Bridge method, a self-contained Sidebar.html, and the manifest with exactly two scopes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CELL_FUNCTIONS as FUNCTIONS } from '../../core/functions/cellRegistry';
import { NOT_IN_SHEETS } from '../../core/functions/registry';
import { SERVER_FUNCTIONS } from '../../sheets-addon/build/entrySource';
import { STUBBED_METHODS } from '../../sheets-addon/build/slimDecimal';
import { SHEETS_SERVER } from '../../sheets-addon/server/workbookServer';
import { builtFile, readBuilt, REPO_ROOT, DIST_SHEETS } from './builtSheets';

interface Declaration {
  readonly doc: string | null;
  readonly params: readonly string[];
}

/** Top-level `function NAME(params){}` stubs of Code.js, each with the JSDoc right before it, if any. */
function topLevelStubs(code: string): Map<string, Declaration> {
  const stubs = new Map<string, Declaration>();
  const pattern = /(\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*)?function ([A-Za-z_$][\w$]*)\(([^)]*)\)\{\}/g;
  for (const m of code.matchAll(pattern)) {
    stubs.set(m[3], { doc: m[2] ?? null, params: m[4] ? m[4].split(',') : [] });
  }
  return stubs;
}

/** The JSDoc's lines without the leading ` * `. */
function docLines(doc: string): string[] {
  return doc
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trimEnd())
    .filter((line, i, all) => !(line === '' && (i === 0 || i === all.length - 1)));
}

const code = readBuilt('Code.js');
const stubs = topLevelStubs(code);

describe('Code.js custom function stubs', () => {
  it.each(FUNCTIONS.map((spec) => [spec.name, spec] as const))(
    '%s: JSDoc from the registry, @customfunction, every @param',
    (name, spec) => {
      const stub = stubs.get(name);
      expect(stub).toBeDefined();
      expect(stub!.params).toEqual(spec.args.map((arg) => arg.name));
      expect(stub!.doc).not.toBeNull();
      const lines = docLines(stub!.doc!);
      expect(lines[0]).toBe(spec.summary.en);
      const params = lines.filter((line) => line.startsWith('@param'));
      expect(params).toEqual(
        spec.args.map((arg) => {
          const help = arg.help.en.replace(/\s+/g, ' ').trim();
          return `@param {any} ${arg.name} ${arg.optional && !/\boptional\b/i.test(help) ? `optional: ${help}` : help}`;
        }),
      );
      spec.args
        .filter((arg) => arg.optional)
        .forEach((arg) =>
          expect(params.find((p) => p.startsWith(`@param {any} ${arg.name} `))).toMatch(/optional/i),
        );
      expect(lines.filter((line) => line.startsWith('@return'))).toHaveLength(1);
      expect(lines[lines.length - 1]).toBe('@customfunction');
    },
  );

  it('leaves out the functions that carry the contract engine (CONTRACTFEE)', () => {
    for (const name of NOT_IN_SHEETS) expect(stubs.has(name)).toBe(false);
  });

  it('keeps exactly one @customfunction comment per function: no dead copies in the bundle', () => {
    expect(code.match(/@customfunction/g)).toHaveLength(FUNCTIONS.length);
  });

  it('declares nothing else as a custom function', () => {
    const documented = [...stubs].filter(([, stub]) => stub.doc?.includes('@customfunction')).map(([n]) => n);
    expect(documented).toEqual(FUNCTIONS.map((spec) => spec.name));
  });
});

describe('Code.js server functions', () => {
  it('declares every trigger, menu item and server function at top level, with its parameters', () => {
    for (const fn of SERVER_FUNCTIONS) expect(stubs.get(fn.name)?.params).toEqual(fn.params);
    expect(SERVER_FUNCTIONS.map((fn) => fn.name)).toEqual(
      expect.arrayContaining(['onOpen', 'onInstall', 'showSidebar']),
    );
  });

  it('declares a server function for every call of the sidebar’s workbook port', () => {
    const names = SERVER_FUNCTIONS.map((fn) => fn.name);
    expect(names).toEqual(expect.arrayContaining(Object.keys(SHEETS_SERVER)));
  });
});

describe('Code.js size', () => {
  // Sheets loads the whole script for every custom-function execution.
  it('is at most 100 KiB: the custom functions and the thin server only', () => {
    expect(Buffer.byteLength(code)).toBeLessThanOrEqual(100 * 1024);
  });

  it('holds none of the code the sidebar runs: contracts, templates, zod, invoices', () => {
    // A template id, zod, the contract texts and layout, the pane's own texts (the menu carries four).
    for (const marker of [
      'bpo-customer-service',
      'invalid_type',
      'contractSheet',
      'ContractKpis',
      'emptyTemplateTitle',
    ]) {
      expect([marker, code.includes(marker)]).toEqual([marker, false]);
    }
  });

  it('calls none of the decimal.js methods it carries as a throwing stub', () => {
    // Every name of each stubbed method (`P.toDecimalPlaces = P.toDP = …`), as decimal.mjs chains them.
    const library = readFileSync(require.resolve('decimal.js/decimal.mjs'), 'utf8');
    const names = [...library.matchAll(/^(?:P\.\w+ = )+/gm)]
      .map((chain) => chain[0].match(/\w+(?= =)/g)!)
      .filter((aliases) => aliases.some((name) => STUBBED_METHODS.includes(name)))
      .flat()
      // Two letters are also what webpack names a module's exports (`(0,o.ln)()`), and a number has its
      // own toPrecision (money.ts reads host numbers with it): those the stub's throw alone guards.
      .filter((name) => name.length > 2 && !(name in Number.prototype));
    expect(names).toEqual(expect.arrayContaining(['toDecimalPlaces', 'toDP', 'squareRoot', 'sqrt']));
    for (const name of names) {
      // A definition (`.sqrt=`) is the stub itself; `Math.trunc` and its kin are not decimal.js.
      const calls = code.match(new RegExp(`(?<!Math)\\.${name}\\b(?!=)`, 'g')) ?? [];
      expect([name, calls]).toEqual([name, []]);
    }
  });

  it('carries the function help once, in the JSDoc: no French help, no examples, no second English copy', () => {
    // A string literal holds the text in quotes (French as typed, before defineFunction's no-break spaces).
    const quoted = (text: string) =>
      [text, text.replace(/\u00a0/g, ' ')].flatMap((t) => [
        `"${t}"`,
        `'${t.replace(/'/g, "\\'")}'`,
        `\`${t}\``,
      ]);
    for (const spec of FUNCTIONS) {
      const texts = [spec.summary, ...spec.args.map((arg) => arg.help)];
      for (const text of texts.flatMap((t) => [t.fr, t.en])) {
        for (const literal of quoted(text))
          expect([spec.name, code.includes(literal)]).toEqual([spec.name, false]);
      }
      for (const { formula } of spec.examples)
        expect([formula, code.includes(formula)]).toEqual([formula, false]);
    }
  });
});

describe('Sidebar.html', () => {
  const html = readBuilt('Sidebar.html');

  it('is self-contained: the stylesheet and the UI inlined, nothing loaded from elsewhere', () => {
    expect(html).not.toMatch(/<script[^>]*\ssrc=/i);
    expect(html).not.toMatch(/<link[^>]*stylesheet/i);
    expect(html).not.toMatch(/\b(?:src|href)=["']?(?:https?:)?\/\//i);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain('taskpane-root');
  });

  it('is a template whose only scriptlets set the page language and the action to start with', () => {
    expect(html.match(/<\?/g)).toHaveLength(2);
    expect(html).toMatch(/^<!doctype html>\s*<html lang="<\?= lang \?>" data-start="<\?= start \?>">/i);
  });

  it('runs the pane’s contract code itself', () => {
    expect(html).toContain('bpo-customer-service');
  });
});

describe('dist/sheets as clasp pushes it', () => {
  it('holds the script, the sidebar and the manifest only', () => {
    expect(readdirSync(DIST_SHEETS).sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
  });

  it('ships the repository’s appsscript.json unchanged', () => {
    expect(readFileSync(builtFile('appsscript.json'), 'utf8')).toBe(
      readFileSync(join(REPO_ROOT, 'appsscript.json'), 'utf8'),
    );
  });
});

describe('appsscript.json', () => {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'appsscript.json'), 'utf8')) as Record<
    string,
    unknown
  >;

  it('asks for exactly the two scopes the add-on needs', () => {
    expect([...(manifest.oauthScopes as string[])].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });

  it('runs on V8 with exception logging and a time zone, as an editor add-on (no addOns block)', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(manifest.timeZone).toBe('Europe/Paris');
    expect(manifest).not.toHaveProperty('addOns');
  });
});
