'use strict';
/**
 * zod's `locales` namespace (zod/v4/locales/index.cjs) for Jest, with each locale loaded when it is first
 * read instead of all 64 (423 KB) whenever zod is: the same getters over the same modules, so any test
 * reading `z.locales.fr` gets what zod's own index gives. Mapped in jest.config.js; zod itself loads
 * only `en`, through schemas.cjs.
 */
const { readFileSync } = require('fs');
const { dirname, join } = require('path');

const dir = join(dirname(require.resolve('zod/package.json')), 'v4', 'locales');
const index = readFileSync(join(dir, 'index.cjs'), 'utf8');
// The index pairs `var <id> = require("./<file>")` with a getter `"<name>" … __importDefault(<id>).default`.
const files = new Map(
  [...index.matchAll(/var (\w+) = require\("\.\/([\w-]+\.cjs)"\)/g)].map((m) => [m[1], m[2]]),
);
const names = [
  ...index.matchAll(/defineProperty\(exports, "(\w+)", \{[^}]*__importDefault\((\w+)\)\.default/g),
];
if (names.length === 0 || names.length !== files.size) {
  throw new Error(
    `test/support/zodLocales.cjs no longer reads ${join(dir, 'index.cjs')}: remove its mapping`,
  );
}
Object.defineProperty(exports, '__esModule', { value: true });
for (const [, name, id] of names) {
  const file = join(dir, files.get(id));
  Object.defineProperty(exports, name, {
    enumerable: true,
    get: () => {
      const mod = require(file);
      return mod && mod.__esModule ? mod.default : mod;
    },
  });
}
