// Build-time: a webpack loader that takes the worksheet functions' help out of Code.js. Sheets shows a
// function's help from the JSDoc the entry module carries (sheets-addon/build/entrySource.js); at run time a
// custom function needs its arguments' names, kinds and bounds, never its summary, its arguments' help (in
// English and French) or its examples, which were a tenth of Code.js. In the modules that declare the
// functions (core/functions/defs/*, core/functions/argTypes.ts) every `{ en: '…', fr: '…' }` is such help:
// the loader turns each into one shared empty pair, and every `examples: […]` into `[]`. It runs on
// ts-loader's JavaScript. The sidebar, the CLI and the docs keep the help, from the registry.
'use strict';
const acorn = require('acorn');

const EMPTY_HELP = '__noHelp';

function keyName(property) {
  if (property.type !== 'Property' || property.computed) return null;
  return property.key.type === 'Identifier' ? property.key.name : String(property.key.value);
}

function isText(node) {
  return (
    (node.type === 'Literal' && typeof node.value === 'string') ||
    (node.type === 'TemplateLiteral' && node.expressions.length === 0)
  );
}

/** `{ en: '…', fr: '…' }` with literal texts only. */
function isHelp(node) {
  if (node.type !== 'ObjectExpression' || node.properties.length !== 2) return false;
  const keys = node.properties.map(keyName).sort();
  return keys[0] === 'en' && keys[1] === 'fr' && node.properties.every((p) => isText(p.value));
}

function visit(node, onNode) {
  if (!node || typeof node.type !== 'string') return;
  if (onNode(node) === false) return;
  for (const key of Object.keys(node)) {
    const child = node[key];
    if (Array.isArray(child)) child.forEach((c) => visit(c, onNode));
    else if (child && typeof child.type === 'string') visit(child, onNode);
  }
}

/** The edits, as `[start, end, replacement]`, that take the help out of a module's source. */
function helpEdits(source) {
  const ast = acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'module' });
  const edits = [];
  visit(ast, (node) => {
    if (isHelp(node)) {
      edits.push([node.start, node.end, EMPTY_HELP]);
      return false;
    }
    if (node.type === 'Property' && keyName(node) === 'examples' && node.value.type === 'ArrayExpression') {
      edits.push([node.value.start, node.value.end, '[]']);
      return false;
    }
    return true;
  });
  return edits;
}

/** The module's source without its help; throws when it has none, since the rule then matches the wrong files. */
function withoutFunctionHelp(source, file = 'module') {
  const edits = helpEdits(source);
  if (edits.length === 0) throw new Error(`withoutFunctionHelp: ${file} declares no function help.`);
  let out = source;
  for (const [start, end, replacement] of edits.sort((a, b) => b[0] - a[0]))
    out = out.slice(0, start) + replacement + out.slice(end);
  // Before the imports is still module scope, and ahead of every use at load.
  return `const ${EMPTY_HELP} = Object.freeze({ en: '', fr: '' });\n${out}`;
}

module.exports = function withoutFunctionHelpLoader(source) {
  return withoutFunctionHelp(source, this.resourcePath);
};
module.exports.withoutFunctionHelp = withoutFunctionHelp;
