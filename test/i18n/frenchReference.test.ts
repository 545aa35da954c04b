/**
 * The French function reference (docs/functions.fr.md, and the help pages built from the same texts) is
 * French: no English word in its prose, and the product's French typography in its own text (a no-break
 * space before `:`, `;`, `?` and inside « »), as every French table has it. Formulas, argument names and
 * quoted values are the functions' syntax, the same in every language.
 */
import { functionReference } from '../../core/docs/functionReference';
import { FRENCH_SPACE, frenchSpacing } from '../../core/i18n/frenchTypography';
import { englishWordIn } from '../support/englishWords';
import { straightApostrophes } from '../support/frenchApostrophes';

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

  test('puts a no-break space before the colons of its own lines (index, arguments, headings)', () => {
    const glued = prose(french).filter((line) => /[^\s:]:(\s|$)/.test(line));
    expect(glued).toEqual([]);
    expect(french).toContain(`Arguments${FRENCH_SPACE}:`);
    expect(french).toMatch(new RegExp(`^- \\[BONUSMALUS\\]\\(#bonusmalus\\)${FRENCH_SPACE}: `, 'm'));
  });

  test('its own prose (intro, headings, index) is spaced the French way; its formulas are kept as typed', () => {
    const unspaced = prose(french).filter((line) => frenchSpacing(line) !== line);
    expect(unspaced).toEqual([]);
    // A French formula keeps its plain `; `: it is what the user types in a French spreadsheet.
    expect(french).toContain('`=FEES.KPISCORE(0,78; 0,70; 0,80)`');
  });

  test('writes the typographic apostrophe in its prose; its formulas and quoted values keep theirs', () => {
    expect(prose(french).flatMap((line) => straightApostrophes(line))).toEqual([]);
    expect(french).toContain('l’espace de noms');
  });
});
