/**
 * Every function of every French table, called with arguments made from its declared parameter types (the
 * TypeScript checker reads them, so a new table or text is covered without listing it): the data it is
 * given comes back byte-for-byte, and the text the table writes around it has its French typography.
 */
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import ts from 'typescript';
import { actionTexts } from './actions';
import { batchLabels } from './batch';
import { cliTexts } from './cli';
import { conditionProblems, conditionTexts } from './conditions';
import { contractText } from './contract';
import { contractChoiceTexts } from './contractChoice';
import { contractFeeTexts } from './contractFee';
import { controlSectionTexts } from './controlSections';
import { correctionTexts } from './correction';
import { earnbackProblems } from './earnbackProblems';
import { csvLayoutTexts } from './csvLayout';
import { diagnosticsTexts } from './diagnostics';
import { excelHostTexts } from './excelHost';
import { exclusionReasonTexts } from './exclusionReason';
import { excelPlanProblemTexts } from './excelPlanProblems';
import { formulaTexts } from './formula';
import { gatePeriodProblems } from './gatePeriod';
import { gateTimeBoxProblems } from './gateTimeBox';
import { FRENCH_SPACE, frenchSpacing } from './frenchTypography';
import { invoiceTexts } from './invoice';
import { jsonSyntaxTexts } from './jsonSyntax';
import { invoiceSheetLabels } from './invoiceSheet';
import { levelProblems, levelTexts } from './levels';
import { modelTexts } from './model';
import { modelCsvTexts } from './modelCsv';
import { modelNoteTexts } from './modelNotes';
import { modelProblemTexts } from './modelProblems';
import { modelSheetTexts } from './modelSheets';
import { paintFailureTexts } from './paintFailure';
import { paintReasonTexts } from './paintReasons';
import { periodProblemText } from './periodCheck';
import { periodNameTexts } from './periodNames';
import { PERIOD_TERM_PROBLEMS, periodTermTexts } from './periodTerms';
import { reconciliationTexts } from './reconciliation';
import { sectionTexts } from './sections';
import { sheetsServerTexts } from './sheetsServer';
import { TASKPANE_STRINGS } from './taskpane';
import { handEditTexts, issuedJsonTexts, verifyTexts } from './verify';
import { cellEditModeText, notPaintedHereText, sheetMissingText, sheetNotMarkedText } from './hostMessages';
import { OFFICE_JS_MISSING_TEXTS, OLD_WEBVIEW_TEXTS } from './oldWebview';
import { xlsxCellTexts } from './xlsxCells';
import { dec, isDec, type Dec } from '../money';
import { englishWordIn } from '../../test/support/englishWords';
import { straightApostrophes } from '../../test/support/frenchApostrophes';
import { typographicApostrophes } from '../../test/support/englishApostrophes';
import { foreignQuotationMarks } from '../../test/support/quotationMarks';

/** The French tables by their accessors: every `frenchTexts` table of the core is reached from one. */
const FRENCH_TABLES = {
  actionTexts,
  batchLabels,
  cliTexts,
  conditionProblems,
  conditionTexts,
  contractText,
  contractChoiceTexts,
  contractFeeTexts,
  controlSectionTexts,
  correctionTexts,
  csvLayoutTexts,
  diagnosticsTexts,
  earnbackProblems,
  excelHostTexts,
  exclusionReasonTexts,
  excelPlanProblemTexts,
  formulaTexts,
  gatePeriodProblems,
  gateTimeBoxProblems,
  handEditTexts,
  invoiceTexts,
  invoiceSheetLabels,
  jsonSyntaxTexts,
  issuedJsonTexts,
  levelProblems,
  levelTexts,
  modelTexts,
  modelCsvTexts,
  modelNoteTexts,
  modelProblemTexts,
  modelSheetTexts,
  paintFailureTexts,
  paintReasonTexts,
  periodNameTexts,
  periodTermProblems: (lang: 'en' | 'fr') => PERIOD_TERM_PROBLEMS[lang],
  periodTermTexts,
  reconciliationTexts,
  sectionTexts,
  sheetsServerTexts,
  verifyTexts,
  xlsxCellTexts,
  taskpane: (lang: 'en' | 'fr') => TASKPANE_STRINGS[lang],
  // Texts written as functions of the language rather than as a table.
  hostMessages: (lang: 'en' | 'fr') => ({
    sheetNotMarked: (sheet: string, detail: string) => sheetNotMarkedText(lang, sheet, detail),
    cellEditMode: cellEditModeText(lang),
    sheetMissing: (sheet: string) => sheetMissingText(lang, sheet),
    notPaintedHere: (sheet: string) => notPaintedHereText(lang, sheet),
  }),
  periodCheck: (lang: 'en' | 'fr') => ({
    periodProblem: (period: string, problem: string) => periodProblemText(lang, period, problem),
  }),
  oldWebview: (lang: 'en' | 'fr') => ({
    oldWebview: OLD_WEBVIEW_TEXTS[lang],
    officeJsMissing: OFFICE_JS_MISSING_TEXTS[lang],
  }),
};

/** Where a string argument goes; filled with a token or with data when the function is called. */
const TEXT = '\u0000text';
type Shape = null | undefined | boolean | number | string | Dec | Shape[] | { [key: string]: Shape };

// Every module of this folder, so that a French table nothing here imports yet is found too.
const modules = fs
  .readdirSync(__dirname)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
  .map((name) => path.join(__dirname, name));
const program = ts.createProgram([__filename, ...modules], {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS,
  strict: true,
  noEmit: true,
  types: [],
  skipLibCheck: true,
});
const checker = program.getTypeChecker();

/**
 * Parameters that name a month (`2026-10`): the texts put it in words, with the elision its name calls
 * for (`d’octobre 2026`, `de mars 2026`), so they are given one rather than free text.
 */
const MONTHS = new Set(['period', 'from', 'to', 'month']);

/** The numbers a number parameter `param` (a field's name inside an object) of the text `text` is given. */
type Numbers = (text: string, param: string) => number[];
type ParamNumbers = (param: string) => number[];

// 1 and 2: a singular and a plural.
const SINGULAR_AND_PLURAL: Numbers = () => [1, 2];

/** The argument shapes a parameter `name` of `type` takes: each member of a union, each literal of an enum. */
function shapes(type: ts.Type, name: string, numbers: ParamNumbers, depth = 0): Shape[] {
  if (type.isUnion()) return type.types.flatMap((member) => shapes(member, name, numbers, depth));
  if (type.isStringLiteral() || type.isNumberLiteral()) return [type.value];
  const { flags } = type;
  if (flags & ts.TypeFlags.BooleanLiteral) return [checker.typeToString(type) === 'true'];
  if (flags & ts.TypeFlags.Undefined || flags & ts.TypeFlags.Void) return [undefined];
  if (flags & ts.TypeFlags.Null) return [null];
  // A decimal the table states itself: signed, grouped and fractional, as a bound or a hint may be.
  if (checker.typeToString(type) === 'Decimal') return [dec('-12345.678')];
  if (flags & ts.TypeFlags.Number) return numbers(name);
  if (flags & ts.TypeFlags.String && MONTHS.has(name)) return ['2026-10', '2026-04'];
  if (flags & (ts.TypeFlags.String | ts.TypeFlags.Unknown | ts.TypeFlags.Any)) return [TEXT];
  // A tuple (`[below, above]`) before the object case: its elements' properties have no declaration.
  if (checker.isTupleType(type))
    return [
      checker.getTypeArguments(type as ts.TypeReference).map((t) => shapes(t, name, numbers, depth + 1)[0]),
    ];
  if (checker.isArrayType(type)) {
    const [element] = checker.getTypeArguments(type as ts.TypeReference);
    const [first] = shapes(element, name, numbers, depth + 1);
    return [[first, first]];
  }
  if (depth < 3 && flags & ts.TypeFlags.Object) {
    const fields = checker.getPropertiesOfType(type).map((p) => {
      const declaration = p.valueDeclaration ?? p.declarations![0];
      const type = checker.getTypeOfSymbolAtLocation(p, declaration);
      return [p.name, shapes(type, p.name, numbers, depth + 1)] as const;
    });
    const base: { [key: string]: Shape } = {};
    for (const [field, options] of fields) base[field] = options[0];
    return [
      base,
      ...fields.flatMap(([field, options]) =>
        options.slice(1).map((option) => ({ ...base, [field]: option })),
      ),
    ];
  }
  throw new Error(`no argument for a parameter of type ${checker.typeToString(type)}`);
}

/** Argument lists for a signature: the first shape of each parameter, then each other shape in turn. */
function argumentLists(signature: ts.Signature, at: ts.Node, numbers: ParamNumbers): Shape[][] {
  const options = signature.parameters.map((p) =>
    shapes(checker.getTypeOfSymbolAtLocation(p, at), p.name, numbers),
  );
  const base = options.map((o) => o[0]);
  return [
    base,
    ...options.flatMap((o, i) => o.slice(1).map((shape) => base.map((b, j) => (j === i ? shape : b)))),
  ];
}

interface Text {
  readonly name: string;
  /** The text itself: a string, or a function with the argument lists to call it with. */
  readonly calls: readonly Shape[][] | null;
}

/** Each text of a table's type, by its path (`problems.unknownColumn`). */
function textsOf(type: ts.Type, at: ts.Node, prefix: string, numbers: Numbers): Text[] {
  return checker.getPropertiesOfType(type).flatMap((p) => {
    const name = `${prefix}${p.name}`;
    const inner = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(p, at));
    const [signature] = inner.getCallSignatures();
    if (signature) return [{ name, calls: argumentLists(signature, at, (param) => numbers(name, param)) }];
    if (inner.flags & ts.TypeFlags.StringLike || checker.isArrayType(inner) || checker.isTupleType(inner))
      return [{ name, calls: null }];
    return inner.flags & ts.TypeFlags.Object ? textsOf(inner, at, `${name}.`, numbers) : [];
  });
}

const source = program.getSourceFile(__filename)!;
let tablesNode: ts.VariableDeclaration | undefined;
source.forEachChild(function find(node) {
  if (ts.isVariableDeclaration(node) && node.name.getText(source) === 'FRENCH_TABLES') tablesNode = node;
  node.forEachChild(find);
});
const tableTypes = checker.getPropertiesOfType(checker.getTypeAtLocation(tablesNode!)).map((p) => {
  const accessor = checker.getTypeOfSymbolAtLocation(p, tablesNode!);
  return [p.name, checker.getReturnTypeOfSignature(accessor.getCallSignatures()[0])] as const;
});

const get = (value: unknown, name: string): unknown =>
  name.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown>)[key], value);

/** `shape` with each string argument filled by `text(i)`, `i` counting them in order. */
function filled(shape: Shape, text: (i: number) => string, count = { n: 0 }): unknown {
  if (shape === TEXT) return text(count.n++);
  if (isDec(shape)) return shape;
  if (Array.isArray(shape)) return shape.map((s) => filled(s, text, count));
  if (typeof shape === 'object' && shape !== null)
    return Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, filled(s, text, count)]));
  return shape;
}

const token = (i: number) => `⟦${i}⟧`;
const TOKENS = /⟦(\d+)⟧/g;

interface Call {
  /** The text with each string argument as a token. */
  readonly tokens: string;
  /** The same call with `data` as the string arguments. */
  readonly withData: (data: (i: number) => string) => unknown;
}

function callsOf(lang: 'en' | 'fr', numbers = SINGULAR_AND_PLURAL): { name: string; calls: Call[] }[] {
  return tableTypes.flatMap(([tableName, type]) => {
    const table = FRENCH_TABLES[tableName as keyof typeof FRENCH_TABLES](lang);
    return textsOf(type, tablesNode!, `${tableName}.`, numbers).map(({ name, calls }) => {
      const value = get(table, name.slice(tableName.length + 1));
      const texts = (v: unknown): string[] =>
        Array.isArray(v) ? v.flatMap(texts) : typeof v === 'string' ? [v] : [];
      if (calls === null)
        return { name, calls: texts(value).map((tokens) => ({ tokens, withData: () => tokens })) };
      const fn = value as (...args: unknown[]) => unknown;
      return {
        name,
        calls: calls.flatMap((shapesOfCall) => {
          // One count across the parameters: each string argument of the call has its own token.
          const once = (text: (i: number) => string) => {
            const count = { n: 0 };
            return fn(...shapesOfCall.map((s) => filled(s, text, count)));
          };
          return texts(once(token)).map((tokens, k) => ({
            tokens,
            withData: (data: (i: number) => string) => texts(once(data))[k],
          }));
        }),
      };
    });
  });
}

const FRENCH = callsOf('fr');

const tableText = (tokens: string) => tokens.replace(TOKENS, 'x');

/**
 * What a French text writes as English text does, being no English prose: product names (Google Sheets),
 * commands and options as typed (`outcome-fees invoice`, `--json`), the pane's placeholders (`{period}`), a
 * header or value quoted as the reader accepts it (`« Scenario »`) and the chart kinds a painter is given.
 */
function notProse(text: string): string {
  return text
    .replace(/Google Sheets/g, '')
    .replace(/outcome-fees \w+/g, '')
    .replace(/--[a-z-]+/g, '')
    .replace(/\{\w+\}/g, '')
    .replace(/«[^»]*»/g, '')
    .replace(/ni line, ni column, ni xyLines/g, '');
}

describe('every French table', () => {
  test('the tables are all here: each frenchTexts table of the core is reached from FRENCH_TABLES', () => {
    const tables: string[] = [];
    for (const file of program.getSourceFiles()) {
      if (!file.fileName.startsWith(path.join(__dirname, '..'))) continue;
      file.forEachChild(function find(node) {
        if (ts.isCallExpression(node) && node.expression.getText(file) === 'frenchTexts') {
          const type = checker.getTypeAtLocation(node);
          const reached = tableTypes.some(
            ([, t]) => checker.isTypeAssignableTo(t, type) && checker.getPropertiesOfType(type).length > 0,
          );
          tables.push(
            reached
              ? `${path.basename(file.fileName)}: reached`
              : `${path.basename(file.fileName)}: not reached (export an accessor of its table, list it in FRENCH_TABLES)`,
          );
        }
        node.forEachChild(find);
      });
    }
    expect(tables.length).toBeGreaterThan(20);
    expect(tables.filter((t) => !t.endsWith(': reached'))).toEqual([]);
  });

  test('every module that writes French is reached: it imports frenchTypography, and this test imports it', () => {
    const imported = new Set(
      source.statements
        .filter(ts.isImportDeclaration)
        .map((declaration) => (declaration.moduleSpecifier as ts.StringLiteral).text),
    );
    const french = modules
      .filter((file) => !file.endsWith('frenchTypography.ts'))
      .filter((file) => /from '\.\/frenchTypography'/.test(fs.readFileSync(file, 'utf8')))
      .map((file) => `./${path.basename(file, '.ts')}`);
    expect(french.length).toBeGreaterThan(20);
    // A module listed here: import it above and list an accessor of its texts in FRENCH_TABLES.
    expect(french.filter((module) => !imported.has(module))).toEqual([]);
  });

  test('no module writes a no-break space by hand: the tables get theirs from frenchTexts and fr', () => {
    // Numbers and periods space their own parts (`77,4 %`, `mars – juin`): formats, not punctuation.
    const formats = new Set(['frenchTypography.ts', 'numberFormat.ts', 'periodFormat.ts']);
    const byHand = modules
      .filter((file) => !formats.has(path.basename(file)))
      .filter((file) => /\\u00a0|\u00a0|FRENCH_SPACE/i.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.basename(file));
    expect(byHand).toEqual([]);
  });

  test('each function is called once per branch its parameter types name', () => {
    const plural = FRENCH.find(({ name }) => name === 'actionTexts.contractHasProblems')!;
    expect(plural.calls.map(({ tokens }) => tokens)).toEqual([
      `Le contrat comporte 1 problème${FRENCH_SPACE}; lancez Vérifier le contrat pour le voir. Premier${FRENCH_SPACE}: ⟦0⟧`,
      `Le contrat comporte 2 problèmes${FRENCH_SPACE}; lancez Vérifier le contrat pour les voir. Premier${FRENCH_SPACE}: ⟦0⟧`,
    ]);
    expect(FRENCH.filter(({ calls }) => calls.length === 0).map(({ name }) => name)).toEqual([]);
  });

  test('the table’s own text is spaced the French way, whatever its data', () => {
    const unspaced = FRENCH.flatMap(({ name, calls }) =>
      calls
        .map(({ tokens }) => tableText(tokens))
        .flatMap((text) => (frenchSpacing(text) === text ? [] : [`${name}: ${text}`])),
    );
    expect(unspaced).toEqual([]);
  });

  test('a KPI named “A : B ? «x»” and a sheet “Feuille ; 2 !” come back as typed', () => {
    const data = (i: number) => (i % 2 === 0 ? 'A : B ? «x»' : 'Feuille ; 2 !');
    const changed = FRENCH.flatMap(({ name, calls }) =>
      calls.flatMap(({ tokens, withData }) => {
        const expected = tokens.replace(TOKENS, (_, i: string) => data(Number(i)));
        return withData(data) === expected ? [] : [name];
      }),
    );
    expect(changed).toEqual([]);
  });

  test('any data comes back byte-for-byte, and the table’s text around it does not change with it', () => {
    const calls = FRENCH.flatMap(({ calls }) => calls);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: calls.length - 1 }),
        fc.array(fc.string({ minLength: 1 }), { minLength: 8 }),
        (k, data) => {
          const { tokens, withData } = calls[k];
          const of = (i: number) => data[i % data.length];
          expect(withData(of)).toBe(tokens.replace(TOKENS, (_, i: string) => of(Number(i))));
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('a month in words takes its elision, and keeps the no-break spaces of its text', () => {
    expect(modelTexts('fr').periodBase('2026-10')).toBe('Aux volumes d’octobre 2026');
    expect(sectionTexts('fr').busyRange('2026-03', '2026-10')).toBe(
      'Facturation de mars 2026 à octobre 2026…',
    );
    expect(modelSheetTexts('fr').exposureSubtitle({ kind: 'period', period: '2026-10' })).toBe(
      `Toute valeur des KPI dans sa plage valide, volumes et heures des réalisés d’octobre 2026${FRENCH_SPACE}; exact, non échantillonné.`,
    );
  });

  test('every text of a table is there in both languages, and none is empty in French alone', () => {
    /** Each text's path and kind (a string, a list of them, a function) in a table as built at run time. */
    const shape = (value: unknown, at = ''): string[] => {
      if (typeof value === 'function') return [`${at}()`];
      if (typeof value === 'string') return value.trim() === '' ? [`${at}: empty`] : [at];
      if (Array.isArray(value))
        return [`${at}[${value.length}]`, ...value.flatMap((v, i) => shape(v, `${at}[${i}]`))];
      if (typeof value === 'object' && value !== null)
        return Object.entries(value).flatMap(([key, inner]) => shape(inner, `${at}.${key}`));
      return [`${at}: ${typeof value}`];
    };
    const differ = Object.entries(FRENCH_TABLES).flatMap(([name, table]) => {
      const [en, fr] = [shape(table('en')), shape(table('fr'))];
      const missing = (a: string[], b: string[]) => a.filter((path) => !b.includes(path));
      return [
        ...missing(en, fr).map((path) => `${name}${path}: not in French`),
        ...missing(fr, en).map((path) => `${name}${path}: not in English`),
        ...fr
          .filter((path) => path.endsWith(': empty') && !en.includes(path))
          .map((path) => `${name}${path}`),
      ];
    });
    expect(differ).toEqual([]);
  });

  test('no French text has an English word in it', () => {
    const english = FRENCH.flatMap(({ name, calls }) =>
      calls.flatMap(({ tokens }) => {
        const word = englishWordIn(notProse(tableText(tokens)));
        return word === undefined ? [] : [`${name}: "${word}" in ${tableText(tokens)}`];
      }),
    );
    expect([...new Set(english)]).toEqual([]);
    // The list finds what it is for: the English tables are full of it.
    const inEnglish = callsOf('en').flatMap(({ calls }) =>
      calls.filter(({ tokens }) => englishWordIn(tokens)),
    );
    expect(inEnglish.length).toBeGreaterThan(500);
  });

  test('every elision of the table’s own text writes the typographic apostrophe', () => {
    const straight = FRENCH.flatMap(({ name, calls }) =>
      calls.flatMap(({ tokens }) => {
        const words = straightApostrophes(tableText(tokens));
        return words.length === 0 ? [] : [`${name}: ${words.join(' ')}`];
      }),
    );
    expect([...new Set(straight)]).toEqual([]);
  });

  test('the apostrophe rule sees a straight elision, and keeps a reference, a keyword and a README quote', () => {
    expect(straightApostrophes("l'indicateur n’a pas d'objectif")).toEqual(["l'indicateur", "d'objectif"]);
    expect(straightApostrophes("Jusqu'à « aujourd'hui »")).toEqual(["Jusqu'à", "aujourd'hui"]);
    expect(straightApostrophes("voir 'Facture d''avril'!B3:F20 et 'Contrat'!A1")).toEqual([]);
    expect(straightApostrophes("les clauses part-d'atteinte")).toEqual([]);
    expect(straightApostrophes("README : « Hidden rows of the supplier's invoice »")).toEqual([]);
    expect(straightApostrophes("« Facteur d'aggravation »")).toEqual(["d'aggravation"]);
  });

  test('English tables have no French spaces', () => {
    const english = callsOf('en').flatMap(({ name, calls }) =>
      calls.filter(({ tokens }) => tokens.includes(FRENCH_SPACE)).map(() => name),
    );
    expect(english).toEqual([]);
  });

  test('English tables write the straight apostrophe, as most of them always have', () => {
    const english = callsOf('en');
    const typographic = english.flatMap(({ name, calls }) =>
      calls.flatMap(({ tokens }) => {
        const words = typographicApostrophes(tableText(tokens));
        return words.length === 0 ? [] : [`${name}: ${words.join(' ')}`];
      }),
    );
    expect([...new Set(typographic)]).toEqual([]);
    // The rule is the one the tables follow: many English texts elide or say a possessive.
    const straight = english.filter(({ calls }) => calls.some(({ tokens }) => /\p{L}'\p{L}/u.test(tokens)));
    expect(straight.length).toBeGreaterThan(50);
  });

  test.each([
    ['en', '"'],
    ['fr', '«'],
  ] as const)('%s tables quote one way, with %s, the pane as the command line', (lang, mark) => {
    const calls = callsOf(lang);
    const mixed = calls.flatMap(({ name, calls }) =>
      calls.flatMap(({ tokens }) => {
        const marks = foreignQuotationMarks(tableText(tokens), lang);
        return marks.length === 0 ? [] : [`${name}: ${marks.join(' | ')}`];
      }),
    );
    expect([...new Set(mixed)]).toEqual([]);
    // The rule is the one the tables follow: many texts quote a name.
    expect(
      calls.filter(({ calls }) => calls.some(({ tokens }) => tokens.includes(mark))).length,
    ).toBeGreaterThan(40);
  });

  test('the quotation rule sees a quote of the other style, and keeps its own', () => {
    expect(foreignQuotationMarks('the sheet “Contract”: KPI "FCR"', 'en')).toEqual(['“Contract”']);
    expect(foreignQuotationMarks('the sheet "Contract" « Contrat », 12” wide', 'en')).toEqual([
      '« Contrat »',
      '”',
    ]);
    expect(foreignQuotationMarks('la feuille « Contrat » ; le "schema" d’un contrat', 'fr')).toEqual([]);
    expect(foreignQuotationMarks('la feuille “Contrat”', 'fr')).toEqual(['“Contrat”']);
  });
});

/**
 * Number parameters that are identifiers, printed as typed and never grouped: a row or line number, a
 * period, a year, a seed, an option's value echoed as the user typed it.
 */
const IDENTIFIERS = new Set([
  // Row, line, column and position numbers, wherever they are.
  'line',
  'headerLine',
  'row',
  'column',
  'position',
  'modelSheetTexts.forecastSubtitle.worst',
  'modelSheetTexts.forecastSubtitle.expected',
  'modelSheetTexts.forecastSubtitle.best',
  // A seed, a contract year, a simulation's number, the period a ramp is at: names, not quantities.
  'seed',
  'year',
  'simulation',
  'k',
  // The row a blank row is (`delete row 12`).
  'modelTexts.rowBelowTable.blank',
  // `--simulations 1000000`: the option as the user typed it.
  'cliTexts.tooManySimulations.simulations',
  // `a year has Q1 to Q4`: the count is part of a period's name.
  'periodNameTexts.noSuchPart.count',
  // CONTRACTFEE: a cell's place in its argument, and a cell's value echoed as the user typed it.
  'contractFeeTexts.blankName.cell',
  'contractFeeTexts.blankValue.cell',
  'contractFeeTexts.cell.value',
  'contractFeeTexts.outputNotText.value',
]);

describe('every count, size, duration and amount', () => {
  const BIG = 12345678;
  const numbers: Numbers = (text, param) =>
    IDENTIFIERS.has(param) || IDENTIFIERS.has(`${text}.${param}`) ? [7] : [BIG];

  test.each(['en', 'fr'] as const)('is written with its digits grouped in %s', (lang) => {
    const raw = callsOf(lang, numbers).flatMap(({ name, calls }) =>
      calls.filter(({ tokens }) => tokens.includes(String(BIG))).map(({ tokens }) => `${name}: ${tokens}`),
    );
    expect(raw).toEqual([]);
  });

  test.each(['en', 'fr'] as const)('a decimal is written with its digits grouped in %s', (lang) => {
    // The decimal every Decimal parameter is given (-12345.678), printed raw by `toString()`. An English
    // problem's number (a bound, a 'did you mean') is written as a CSV or JSON file types it back, ungrouped.
    const typedBack = new Set(['contractText.problems.decimal']);
    const raw = callsOf(lang).flatMap(({ name, calls }) =>
      calls
        .filter(({ tokens }) => !typedBack.has(name) && /12345[.,]678/.test(tokens))
        .map(({ tokens }) => `${name}: ${tokens}`),
    );
    expect(raw).toEqual([]);
  });

  test('the test sees a raw number: a text that prints one is found', () => {
    const grouped = callsOf('fr', numbers).find(({ name }) => name === 'actionTexts.contractHasProblems')!;
    expect(grouped.calls[0]!.tokens).toContain('12\u202f345\u202f678 problèmes');
  });
});
