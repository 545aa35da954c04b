/**
 * The reference says how a formula is typed in a spreadsheet whose language writes decimals with a comma
 * (French, German…): there the host's separators apply, `;` between arguments. Its examples are written
 * with `,` and `.`, which a French Excel refuses as a syntax error.
 */
import { FUNCTIONS } from '../functions/registry';
import { functionReference } from './functionReference';

/** `=FEES.KPISCORE(0,78; 0,70; 0,80)` back to the registry's `KPISCORE(0.78, 0.70, 0.80)`. */
function asWrittenHere(localized: string): string {
  return localized
    .replace(/^=FEES\./, '')
    .replace(/(\d),(\d)/g, '$1.$2')
    .replace(/;/g, ',');
}

const examples = new Set(FUNCTIONS.flatMap((f) => f.examples.map((e) => e.formula)));

describe.each(['en', 'fr'] as const)('the %s function reference', (lang) => {
  const intro = functionReference(lang)
    .split('\n')
    .find((line) => line.includes('=FEES.BONUSMALUS'))!;

  it('shows one of its examples as typed where decimals take a comma', () => {
    const localized = [...intro.matchAll(/`(=FEES\.[A-Z]+\([^`]*;[^`]*\))`/g)].map((m) => m[1]);
    expect(localized).toHaveLength(1);
    expect(localized[0]).toMatch(/\d,\d/);
    expect(examples.has(asWrittenHere(localized[0]))).toBe(true);
  });
});
