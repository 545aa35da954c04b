import { actionTexts } from './actions';
import { cliTexts } from './cli';
import { controlSectionTexts } from './controlSections';
import { modelTexts } from './model';
import { modelSheetTexts } from './modelSheets';
import { counted, plural } from './plural';
import * as fs from 'fs';
import * as path from 'path';

// What a forecast of one simulation says of itself ("1 simulations" was printed before).
const strip = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('a forecast counts its simulations in words that agree with the count', () => {
  it.each([
    ['en', 1, '1 simulation, seed 7; resampled'],
    ['en', 2, '2 simulations, seed 7; resampled'],
    ['fr', 1, '1 simulation, graine 7 ; rééchantillonnée sur'],
    ['fr', 2, '2 simulations, graine 7 ; rééchantillonnées sur'],
  ] as const)('on the command line (%s, %d)', (lang, n, expected) => {
    expect(strip(cliTexts(lang).forecastAbout(n, 7, [], true))).toContain(expected);
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

describe('each language counts its own way: English singular after exactly 1, French below 2', () => {
  it.each([
    ['en', 0, 'problems'],
    ['en', 1, 'problem'],
    ['en', 2, 'problems'],
    ['en', -1, 'problems'],
    ['fr', 0, 'problème'],
    ['fr', 1, 'problème'],
    ['fr', 2, 'problèmes'],
    ['fr', 1.5, 'problème'],
  ] as const)('plural(%s, %d)', (lang, n, word) => {
    expect(
      plural(lang, n, lang === 'en' ? 'problem' : 'problème', lang === 'en' ? 'problems' : 'problèmes'),
    ).toBe(word);
  });

  // English said "0 problem in …": the table tested `count > 1` by hand.
  it.each([
    ['en', 0, '0 problems in c.json and a.csv'],
    ['en', 1, '1 problem in c.json and a.csv'],
    ['en', 2, '2 problems in c.json and a.csv'],
    ['fr', 0, '0 problème dans c.json et a.csv'],
    ['fr', 1, '1 problème dans c.json et a.csv'],
    ['fr', 2, '2 problèmes dans c.json et a.csv'],
    // It said "1200 problems" under a fold line saying "… and 1,190 more".
    ['en', 1200, '1,200 problems in c.json and a.csv'],
    ['fr', 1200, '1\u202f200 problèmes dans c.json et a.csv'],
    ['en', 12345678, '12,345,678 problems in c.json and a.csv'],
  ] as const)('check closes with its count (%s, %d)', (lang, n, line) => {
    const t = cliTexts(lang);
    expect(t.problemsIn(n, t.bothSources('c.json', 'a.csv'))).toBe(line);
  });

  it.each([
    ['en', 0, 'The contract has 0 problems; run Check contract to see them all. First: x'],
    ['en', 1, 'The contract has 1 problem; run Check contract to see it. First: x'],
    ['en', 2, 'The contract has 2 problems; run Check contract to see them all. First: x'],
    ['fr', 0, 'Le contrat comporte 0 problème ; lancez Vérifier le contrat pour le voir. Premier : x'],
    ['fr', 1, 'Le contrat comporte 1 problème ; lancez Vérifier le contrat pour le voir. Premier : x'],
    ['fr', 2, 'Le contrat comporte 2 problèmes ; lancez Vérifier le contrat pour les voir. Premier : x'],
  ] as const)('the pane says how many problems the contract has (%s, %d)', (lang, n, message) => {
    expect(strip(actionTexts(lang).contractHasProblems(n, 'x'))).toBe(message);
  });

  it.each([
    ['en', 1, '1 scenario priced as the invoice of 2026-10'],
    ['en', 2, '2 scenarios priced as the invoice of 2026-10'],
    ['fr', 1, '1 scénario chiffré comme la facture de 2026-10'],
    ['fr', 2, '2 scénarios chiffrés comme la facture de 2026-10'],
  ] as const)('a count the English table wrote plural whatever it was (%s, %d)', (lang, n, line) => {
    expect(cliTexts(lang).scenariosWritten(n, '2026-10')).toBe(line);
  });

  it.each([
    ['en', 2, 'first (and 1 more difference)'],
    ['en', 3, 'first (and 2 more differences)'],
    ['fr', 2, 'first (et 1 autre écart)'],
    ['fr', 3, 'first (et 2 autres écarts)'],
  ] as const)('the count of the others past the first (%s, %d)', (lang, n, line) => {
    expect(controlSectionTexts(lang).invoiceSheetProblems(n, 'first')).toBe(line);
  });

  it('counted puts the count before its word', () => {
    expect(counted('fr', 0, 'écart', 'écarts')).toBe('0 écart');
    expect(counted('en', 0, 'difference', 'differences')).toBe('0 differences');
  });
});

test('no table builds a plural by hand: each count goes through plural.ts, which knows both languages', () => {
  const byHand = /[=!]== 1 \? '' : '(s|es)'|[<>]=? ?[12] \? '(s|es)' : ''|\w\(s\)/;
  const found = fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .flatMap((name) =>
      fs
        .readFileSync(path.join(__dirname, name), 'utf8')
        .split('\n')
        .filter((line) => byHand.test(line))
        .map((line) => `${name}: ${line.trim()}`),
    );
  expect(found).toEqual([]);
});
