import { FUNCTIONS } from './registry';
import { TIEREDFEE } from './defs/tieredFee';
import { straightApostrophes } from '../../test/support/frenchApostrophes';

const texts = FUNCTIONS.flatMap((f) => [f.summary, ...f.args.map((arg) => arg.help)]);

describe('function help in French has French typography; English is left as written', () => {
  it('no plain or missing space before : ; ? or inside « » in any French summary or argument help', () => {
    const french = texts.map((t) => t.fr);
    expect(french.filter((t) => /( [:;?!]|« | »|[^\s\u00a0][:;](?=\s))/.test(t))).toEqual([]);
    expect(french.some((t) => t.includes('\u00a0:'))).toBe(true);
  });

  it('gives the no-break spaces where the help was written with plain ones, and keeps English as is', () => {
    const tiers = TIEREDFEE.args.find((arg) => arg.name === 'tiers')!.help;
    expect(tiers.fr).toContain('pas même «\u00a0100\u00a0» en texte');
    expect(tiers.fr).toContain('croissant\u00a0; dernier plafond');
    expect(tiers.en).toContain('not even "100" stored as text');
    expect(texts.every((t) => !/\u00a0/.test(t.en))).toBe(true);
  });

  it('writes the typographic apostrophe in every French elision, as every French table does', () => {
    const straight = FUNCTIONS.flatMap((f) =>
      [f.summary, ...f.args.map((arg) => arg.help)].flatMap(({ fr }) =>
        straightApostrophes(fr).map((word) => `${f.name}: ${word}`),
      ),
    );
    expect(straight).toEqual([]);
    expect(texts.some((t) => t.fr.includes('l’objectif'))).toBe(true);
  });
});
