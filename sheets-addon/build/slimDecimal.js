// Build-time: a webpack loader that slims decimal.js for Code.js only. Code.js loads on every
// custom-function call and must stay under 100 KiB; decimal.js is a third of it, and half of that is what
// the worksheet functions never call (trigonometry, logarithms, roots, base conversions, and the rounding
// and formatting only invoices use) with the 1,025-digit PI and LN10 it parses at load. The loader leaves
// every method Code.js calls untouched (arithmetic, comparison, integer powers, toFixed, toSignificantDigits)
// and turns the others into a call that throws, so a future use inside Code.js fails loudly
// ("[DecimalError] sqrt is not in Code.js"), never silently, and test/sheets/bundleShape.test.ts fails
// the build that calls one. The sidebar and the CLI keep the full library.
'use strict';
const acorn = require('acorn');

/** Prototype methods (by any of their names) whose bodies are replaced by the throwing stub. */
const STUBBED_METHODS = [
  'acos',
  'acosh',
  'asin',
  'asinh',
  'atan',
  'atanh',
  'cos',
  'cosh',
  'sin',
  'sinh',
  'tan',
  'tanh',
  'cbrt',
  'sqrt',
  'exp',
  'ln',
  'log',
  'toBinary',
  'toHex',
  'toOctal',
  'toFraction',
  // Rounding and formatting no worksheet function calls (core/money.ts rounds and allocates for invoices,
  // which the sidebar makes); `Decimal.trunc` and `Decimal.clamp` go with them.
  'toDP',
  'dp',
  'divToInt',
  'toNearest',
  'toExponential',
  'toPrecision',
  'trunc',
  'clamp',
  'isPos',
];

/**
 * Static functions of the constructor (`Decimal.sqrt(x)`) dropped with them, and `random` (it reaches for
 * `crypto`); the arithmetic ones stay, since decimal.js calls `Decimal.pow` itself.
 */
const DROPPED_STATICS = new Set([...STUBBED_METHODS, 'atan2', 'hypot', 'log10', 'log2', 'random']);

/** Internal helpers behind the stubbed methods that a kept one still names (`pow` with a fractional exponent). */
const STUBBED_HELPERS = new Set(['naturalLogarithm', 'naturalExponential']);

/** Precision constants only the stubbed code reads; parsing them at load costs time and bytes. */
const CONSTANTS = new Set(['LN10', 'PI']);

const STUB = '__notInCodeJs';

/** The names of a `P.a = P.b = function…` chain, and the function at its end. */
function methodChain(expression) {
  const names = [];
  let node = expression;
  while (
    node.type === 'AssignmentExpression' &&
    node.left.type === 'MemberExpression' &&
    node.left.object.type === 'Identifier' &&
    node.left.object.name === 'P' &&
    !node.left.computed
  ) {
    names.push(node.left.property.name);
    node = node.right;
  }
  return { names, fn: node };
}

/** The edits, as `[start, end, replacement]`, that slim the decimal.mjs source. */
function slimEdits(source) {
  const ast = acorn.parse(source, { ecmaVersion: 2022, sourceType: 'module' });
  const edits = [];
  const found = { methods: new Set(), helpers: new Set(), constants: new Set() };
  for (const statement of ast.body) {
    if (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression') {
      const { names, fn } = methodChain(statement.expression);
      const stubbed = names.filter((name) => STUBBED_METHODS.includes(name));
      if (stubbed.length > 0 && fn.type === 'FunctionExpression') {
        edits.push([fn.start, fn.end, `${STUB}(${JSON.stringify(stubbed[stubbed.length - 1])})`]);
        stubbed.forEach((name) => found.methods.add(name));
      }
      const left = statement.expression.left;
      if (left.type === 'Identifier' && CONSTANTS.has(left.name)) {
        edits.push([statement.start, statement.end, '']);
        found.constants.add(left.name);
      }
    }
    if (statement.type === 'VariableDeclaration') {
      for (const declaration of statement.declarations) {
        if (CONSTANTS.has(declaration.id.name) && declaration.init)
          edits.push([declaration.init.start, declaration.init.end, "''"]);
      }
    }
    if (statement.type === 'FunctionDeclaration' && STUBBED_HELPERS.has(statement.id.name)) {
      const name = statement.id.name;
      edits.push([statement.body.start, statement.body.end, `{ ${STUB}(${JSON.stringify(name)})(); }`]);
      found.helpers.add(name);
    }
    if (statement.type === 'FunctionDeclaration' && statement.id.name === 'clone') {
      for (const inner of statement.body.body) {
        const e = inner.type === 'ExpressionStatement' ? inner.expression : null;
        if (
          e?.type === 'AssignmentExpression' &&
          e.left.type === 'MemberExpression' &&
          e.left.object.name === 'Decimal' &&
          DROPPED_STATICS.has(e.left.property.name)
        )
          edits.push([inner.start, inner.end, '']);
      }
    }
  }
  // A decimal.js that renamed what we look for must fail the build, not ship the library whole or broken.
  const missing = [
    ...STUBBED_METHODS.filter((name) => !found.methods.has(name)),
    ...[...STUBBED_HELPERS].filter((name) => !found.helpers.has(name)),
    ...[...CONSTANTS].filter((name) => !found.constants.has(name)),
  ];
  if (missing.length > 0) throw new Error(`slimDecimal: decimal.mjs has no ${missing.join(', ')}.`);
  return edits;
}

/** The slimmed source of decimal.mjs. */
function slimDecimal(source) {
  let out = source;
  for (const [start, end, replacement] of slimEdits(source).sort((a, b) => b[0] - a[0]))
    out = out.slice(0, start) + replacement + out.slice(end);
  return (
    out +
    `\nfunction ${STUB}(name) {\n  return function () {\n    throw Error(decimalError + name + ' is not in Code.js');\n  };\n}\n`
  );
}

module.exports = function slimDecimalLoader(source) {
  return slimDecimal(source);
};
module.exports.slimDecimal = slimDecimal;
module.exports.STUBBED_METHODS = STUBBED_METHODS;
