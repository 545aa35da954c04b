/**
 * Lists the product joins in code (the problems of one value, of one simulated invoice, of one exposure
 * search, of a reconciled bundle) take the French no-break space before `;` in French text, and keep the
 * plain `; ` in English: one helper, `joinList`, says both.
 */
import { joinList, FRENCH_SPACE } from '../../core/i18n/frenchTypography';
import { contractText } from '../../core/i18n/contract';
import { modelProblemTexts } from '../../core/i18n/modelProblems';
import { parseContract, contractToJson } from '../../core/contract/json';
import { TEMPLATES } from '../../core/templates';

const S = FRENCH_SPACE;

test('joinList separates with "; " in English and with a no-break space before ";" in French', () => {
  expect(joinList('en', ['a', 'b', 'c'])).toBe('a; b; c');
  expect(joinList('fr', ['a', 'b', 'c'])).toBe(`a${S}; b${S}; c`);
  expect(joinList('fr', ['seul'])).toBe('seul');
  // The items are data: a space or `;` inside one is kept as given.
  expect(joinList('fr', ['x ; y', 'z'])).toBe(`x ; y${S}; z`);
});

test('the unknown fields of one JSON object are listed the French way in French', () => {
  const doc = JSON.parse(JSON.stringify(contractToJson(TEMPLATES[0].contract()))) as {
    kpis: Record<string, unknown>[];
  };
  Object.assign(doc.kpis[0]!, { treshold: '0.7', traget: '0.8' });
  const message = (lang: 'en' | 'fr') => {
    const result = parseContract(doc, { lang });
    return result.ok ? '' : result.issues.map((issue) => issue.message).join('\n');
  };
  expect(message('en')).toContain('unknown field "treshold"; unknown field "traget"');
  expect(message('fr')).toContain(`champ inconnu «${S}treshold${S}»${S}; champ inconnu «${S}traget${S}»`);
  expect(contractText('fr').problems.list(['a', 'b'])).toBe(`a${S}; b`);
});

test('a simulation and an exposure say their problems the French way in French', () => {
  const fr = modelProblemTexts('fr');
  expect(fr.inSimulation(3, '2026-10', ['p', 'q'])).toBe(`simulation 3, 2026-10${S}: p${S}; q`);
  expect(fr.refusedAt('FCR = 0.7', ['p', 'q'])).toBe(`FCR = 0.7${S}: p${S}; q`);
  const en = modelProblemTexts('en');
  expect(en.inSimulation(3, '2026-10', ['p', 'q'])).toBe('simulation 3, 2026-10: p; q');
  expect(en.refusedAt('FCR = 0.7', ['p', 'q'])).toBe('FCR = 0.7: p; q');
});
