/**
 * The English of the function help and of the templates writes the straight apostrophe, as the English
 * tables do (their test: `core/i18n/frenchTables.test.ts`): docs/functions.md, the Insert Function dialog
 * and a template's Contract sheet never mix `supplier’s` with `contract's`.
 */
import { FUNCTIONS } from '../../core/functions/registry';
import { TEMPLATES } from '../../core/templates';
import { typographicApostrophes } from '../support/englishApostrophes';

/** Every string inside `value`, however deep. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

const named = (name: string, texts: readonly string[]) =>
  texts.flatMap((text) => typographicApostrophes(text).map((word) => `${name}: ${word}`));

test('the rule finds a typographic apostrophe and leaves the straight one', () => {
  expect(typographicApostrophes("the supplier’s invoice, the contract's KPIs")).toEqual(['supplier’s']);
});

test('function summaries and argument help in English write the straight apostrophe', () => {
  const help = FUNCTIONS.flatMap((f) =>
    named(
      f.name,
      [f.summary, ...f.args.map((arg) => arg.help)].map((t) => t.en),
    ),
  );
  expect(help).toEqual([]);
  expect(FUNCTIONS.some((f) => f.args.some((arg) => arg.help.en.includes("'")))).toBe(true);
});

test('the English templates write the straight apostrophe', () => {
  const texts = TEMPLATES.flatMap((t) =>
    named(t.id, [t.title.en, t.description.en, ...strings(t.contract('en'))]),
  );
  expect(texts).toEqual([]);
});
