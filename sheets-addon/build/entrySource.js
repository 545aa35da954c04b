// Build-time generator of the Apps Script entry module (documented in entrySource.d.ts). Plain CommonJS so
// webpack.sheets.config.js can require it.
'use strict';
const path = require('path');

/**
 * Top-level functions of Code.js that are not worksheet functions: triggers, menu items and what the
 * sidebar calls over google.script.run (the thin server of sheets-addon/serverApi.ts: read grids, paint
 * plans). Apps Script reaches only top-level declarations, so each one is a stub that loads its module on
 * first use: a custom-function call never loads the painter.
 */
const SERVER_FUNCTIONS = [
  {
    name: 'onOpen',
    params: ['e'],
    module: 'server/triggers',
    doc: 'Adds the Outcome Fees menu (every auth mode).',
  },
  {
    name: 'onInstall',
    params: ['e'],
    module: 'server/triggers',
    doc: 'Runs onOpen when the add-on is installed.',
  },
  { name: 'showSidebar', params: [], module: 'server/triggers', doc: 'Opens the Outcome Fees sidebar.' },
  { name: 'menuNewContract', params: [], module: 'server/triggers', doc: 'Menu: New contract.' },
  { name: 'menuCheckContract', params: [], module: 'server/triggers', doc: 'Menu: Check contract.' },
  { name: 'menuGenerateInvoice', params: [], module: 'server/triggers', doc: 'Menu: Generate invoice.' },
  { name: 'menuDiagnostics', params: [], module: 'server/triggers', doc: 'Menu: Diagnostics.' },
  {
    name: 'workbookSheets',
    params: [],
    module: 'server/workbookServer',
    doc: 'Sidebar: every sheet with its tag, and the active one.',
  },
  {
    name: 'readSheets',
    params: ['names', 'rows'],
    module: 'server/workbookServer',
    doc: 'Sidebar: the values of the named sheets.',
  },
  {
    name: 'readFormattedSheets',
    params: ['names', 'probeName'],
    module: 'server/workbookServer',
    doc: 'Sidebar: the values and number formats of the named sheets, and their hidden rows if asked.',
  },
  {
    name: 'paintPlans',
    params: ['requests'],
    module: 'server/workbookServer',
    doc: 'Sidebar: paints sheet plans on new sheets.',
  },
  {
    name: 'removeSheet',
    params: ['id'],
    module: 'server/workbookServer',
    doc: 'Sidebar: deletes a sheet it painted.',
  },
  {
    name: 'hideSheetRows',
    params: ['id', 'name', 'rows'],
    module: 'server/workbookServer',
    doc: 'Sidebar: hides rows of a sheet it painted.',
  },
  {
    name: 'duplicateSheet',
    params: ['id', 'name'],
    module: 'server/workbookServer',
    doc: 'Sidebar: duplicates a sheet it painted.',
  },
  {
    name: 'compareSheetNames',
    params: ['pairs'],
    module: 'server/workbookServer',
    doc: 'Sidebar (Diagnostics): how Sheets compares sheet names.',
  },
  {
    name: 'probeLimits',
    params: ['id', 'name'],
    module: 'server/workbookServer',
    doc: "Sidebar (Diagnostics): tries Sheets' limits on a sheet it painted.",
  },
  {
    name: 'selectCell',
    params: ['sheet', 'address'],
    module: 'server/workbookServer',
    doc: 'Sidebar: selects a cell.',
  },
  {
    name: 'selectedRange',
    params: [],
    module: 'server/workbookServer',
    doc: "Sidebar: the user's selection.",
  },
  { name: 'hostLanguage', params: [], module: 'server/workbookServer', doc: "Sidebar: the user's language." },
];

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function checkIdentifier(name, what) {
  if (!IDENTIFIER.test(name)) throw new Error(`${what} "${name}" is not a JavaScript identifier.`);
}

/** Comment text cannot contain `*\/`, and a JSDoc line cannot break. */
function docText(text) {
  return String(text).replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim();
}

/** The argument help Sheets shows; optional arguments say so, since Sheets shows no optional marker. */
function paramHelp(arg) {
  const help = docText(arg.help.en);
  return arg.optional && !/\boptional\b/i.test(help) ? `optional: ${help}` : help;
}

/** The JSDoc block Apps Script reads for autocomplete: summary, every argument, result. */
function customFunctionDoc(spec) {
  const lines = [
    docText(spec.summary.en),
    '',
    ...spec.args.map((arg) => `@param {any} ${arg.name} ${paramHelp(arg)}`),
    '@return {number|Array<Array<number>>} the result, or one result per cell when an argument is a range',
    '@customfunction',
  ];
  return `/**\n${lines.map((line) => (line ? ` * ${line}` : ' *')).join('\n')}\n */`;
}

function requirePath(fromDir, moduleFile) {
  let relative = path.relative(fromDir, moduleFile).split(path.sep).join('/');
  if (!relative.startsWith('.')) relative = `./${relative}`;
  return JSON.stringify(relative);
}

/**
 * The entry module's source: one `global.NAME = function (...) {...}` per registry function and per
 * server function, each with its JSDoc. gas-webpack-plugin turns each into a top-level declaration
 * carrying that comment; the `require` inside each body keeps module factories from running at load.
 *
 * `functions`: the registry (FunctionSpec[]); `outDir`: where the module will be written;
 * `addonDir`: the sheets-addon directory.
 */
function entrySource({ functions, outDir, addonDir }) {
  const customModule = requirePath(outDir, path.join(addonDir, 'customFunctions'));
  const parts = [
    '// Generated by sheets-addon/build/entrySource.js from the function registry: do not edit.',
    "'use strict';",
    '',
  ];
  for (const spec of functions) {
    checkIdentifier(spec.name, 'Function name');
    spec.args.forEach((arg) => checkIdentifier(arg.name, `Argument of ${spec.name}`));
    const params = spec.args.map((arg) => arg.name).join(', ');
    parts.push(
      customFunctionDoc(spec),
      `global.${spec.name} = function (${params}) {`,
      `  return require(${customModule}).callCustomFunction(${JSON.stringify(spec.name)}, arguments);`,
      '};',
      '',
    );
  }
  for (const fn of SERVER_FUNCTIONS) {
    const target = requirePath(outDir, path.join(addonDir, fn.module));
    parts.push(
      `/** ${docText(fn.doc)} */`,
      `global.${fn.name} = function (${fn.params.join(', ')}) {`,
      `  return require(${target}).${fn.name}.apply(null, arguments);`,
      '};',
      '',
    );
  }
  return parts.join('\n');
}

/** Every identifier a stub declares: its name and parameter names, which the minifier must keep. */
function stubIdentifiers(functions) {
  const names = new Set();
  for (const spec of functions) {
    names.add(spec.name);
    for (const arg of spec.args) names.add(arg.name);
  }
  for (const fn of SERVER_FUNCTIONS) {
    names.add(fn.name);
    for (const param of fn.params) names.add(param);
  }
  return [...names];
}

module.exports = { entrySource, stubIdentifiers, customFunctionDoc, SERVER_FUNCTIONS };
