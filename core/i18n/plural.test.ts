import { cliTexts } from './cli';
import { modelTexts } from './model';
import { modelSheetTexts } from './modelSheets';

// What a forecast of one simulation says of itself ("1 simulations" was printed before).
const strip = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('a forecast counts its simulations in words that agree with the count', () => {
  it.each([
    ['en', 1, '1 simulation, seed 7; resampled'],
    ['en', 2, '2 simulations, seed 7; resampled'],
    ['fr', 1, '1 simulation, graine 7 ; rééchantillonnée sur'],
    ['fr', 2, '2 simulations, graine 7 ; rééchantillonnées sur'],
  ] as const)('on the command line (%s, %d)', (lang, n, expected) => {
    expect(strip(cliTexts(lang).forecastAbout(n, 7, []))).toContain(expected);
  });

  it.each([
    ['en', 1, ': 1 simulation, seed 7;', 'Running 1 simulation…'],
    ['en', 3, ': 3 simulations, seed 7;', 'Running 3 simulations…'],
    ['fr', 1, ' : 1 simulation, graine 7 ;', '1 simulation en cours…'],
    ['fr', 3, ' : 3 simulations, graine 7 ;', '3 simulations en cours…'],
  ] as const)('on the Forecast sheet and in the pane (%s, %d)', (lang, n, subtitle, busy) => {
    const basis = { simulations: n, seed: 7, draws: { kind: 'resampled' } } as const;
    expect(strip(modelSheetTexts(lang).forecastSubtitle('2027-01', '2027-12', basis))).toContain(subtitle);
    expect(strip(modelTexts(lang).busyForecast(n))).toBe(busy);
  });
});
