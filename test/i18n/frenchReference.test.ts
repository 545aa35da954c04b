/**
 * The French function reference (docs/functions.fr.md, and the help pages built from the same texts) is
 * French: no English word in its prose, and a space before each colon of its own structure, as its intro
 * writes them. Formulas, argument names and quoted values are the functions' syntax, the same in every
 * language.
 */
import { functionReference } from '../../core/docs/functionReference';
import { englishWordIn } from '../support/englishWords';

/** The reference's prose: code spans, quoted values and the product's names left out. */
function prose(markdown: string): string[] {
  return markdown
    .replace(/`[^`]*`/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\]\(#[\w-]+\)/g, ']')
    .replace(/Outcome Fees|Google Sheets/g, '')
    .split('\n');
}

describe('the French function reference', () => {
  const french = functionReference('fr');

  test('has no English word in its prose', () => {
    expect(prose(french).filter((line) => englishWordIn(line) !== undefined)).toEqual([]);
    // The English reference is full of them: the check can fail.
    expect(
      prose(functionReference('en')).filter((line) => englishWordIn(line) !== undefined).length,
    ).toBeGreaterThan(20);
  });

  test('puts a space before the colons of its own lines (index, arguments, headings)', () => {
    const glued = prose(french).filter((line) => /[^\s:]:(\s|$)/.test(line));
    expect(glued).toEqual([]);
    expect(french).toContain('Arguments :');
    expect(french).toMatch(/^- \[BONUSMALUS\]\(#bonusmalus\) : /m);
  });
});
