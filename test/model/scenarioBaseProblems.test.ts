/**
 * A curve or an exposure held at a scenario that lacks a volume (or hours) says which scenario, on the
 * command line (`--scenarios S.csv --scenario NAME`) and in the pane (the Scenarios sheet's cell), in English
 * and in French: the engine's "no quantity given for Interactions" alone does not say where to add it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { workbookActions } from '../../core/app/actions';
import type { Lang } from '../../core/app/bridge';
import { runCli } from '../cli/runCli';
import { MemoryWorkbook } from '../support/memoryWorkbook';
import { now } from '../support/syncActions';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-scenario-base-'));
const at = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('on the command line', () => {
  const files: Record<Lang, { contract: string; scenarios: string }> = {} as never;
  beforeAll(async () => {
    for (const lang of ['en', 'fr'] as const) {
      const json = await runCli(['template', 'bpo-customer-service', '--lang', lang]);
      // `best` gives every KPI and no Interactions; `worst` is complete, so the file reads.
      const scenarios =
        lang === 'en'
          ? 'Scenario,Kind,Name,Value\nworst,volume,Interactions,42500\nworst,kpi,FCR,0.7\nbest,kpi,FCR,0.8\nbest,kpi,Average response time,2.5\nbest,kpi,CSAT,0.93\n'
          : 'Scénario;Type;Nom;Valeur\npire;volume;Interactions;42500\npire;indicateur;FCR;0,7\nmeilleur;indicateur;FCR;0,8\nmeilleur;indicateur;Délai moyen de réponse;2,5\nmeilleur;indicateur;CSAT;0,93\n';
      files[lang] = {
        contract: at(`contract-${lang}.json`, `${json.out}\n`),
        scenarios: at(`scenarios-${lang}.csv`, scenarios),
      };
    }
  });

  it.each([
    ['exposure', []],
    ['curve', ['--kpi', 'FCR']],
  ])('%s names the scenario that lacks a volume (EN)', async (command, options) => {
    const { contract, scenarios } = files.en;
    const run = await runCli([
      command,
      '--contract',
      contract,
      '--scenarios',
      scenarios,
      '--scenario',
      'best',
      ...options,
    ]);
    expect(run.code).not.toBe(0);
    // The file is named, as every problem of a scenarios file is: that is where the value goes.
    expect(run.err).toBe('scenarios-en.csv, scenario "best": no quantity given for "Interactions"');
  });

  it('scenarios names the file and the scenario that lacks a value', async () => {
    const { contract, scenarios } = files.en;
    const run = await runCli(['scenarios', '--contract', contract, '--scenarios', scenarios]);
    expect(run.code).not.toBe(0);
    // `worst`, first in the file, gives FCR alone.
    expect(run.err).toMatch(/^scenarios-en\.csv, scenario "worst": no value given for KPI "CSAT"$/m);
  });

  it('names a scenario that lacks the hours of an hourly contract', async () => {
    const json = await runCli(['template', 'online-business-manager', '--lang', 'en']);
    const contract = at('obm.json', `${json.out}\n`);
    const scenarios = at('obm.csv', 'Scenario,Kind,Name,Value\nquiet,kpi,Lead conversion rate,0.2\n');
    const run = await runCli([
      'exposure',
      '--contract',
      contract,
      '--scenarios',
      scenarios,
      '--scenario',
      'quiet',
    ]);
    expect(run.code).not.toBe(0);
    expect(run.err).toMatch(/^obm\.csv, scenario "quiet": .*hours/);
  });

  it.each([
    ['exposure', []],
    ['curve', ['--kpi', 'FCR']],
  ])('%s names it in the contract’s language (FR)', async (command, options) => {
    const { contract, scenarios } = files.fr;
    const run = await runCli([
      command,
      '--contract',
      contract,
      '--scenarios',
      scenarios,
      '--scenario',
      'meilleur',
      ...options,
    ]);
    expect(run.code).not.toBe(0);
    expect(run.err).toMatch(/^scenarios-fr\.csv, scénario «\u00a0meilleur\u00a0»\u00a0: .*Interactions/);
    expect(run.err.split('\n')).toHaveLength(1);
  });
});

describe('in the pane', () => {
  /** A Scenarios sheet made from the BPO contract, its Interactions column then deleted by the user. */
  function withoutInteractions(lang: Lang) {
    const book = new MemoryWorkbook();
    const actions = workbookActions(book);
    now(actions.newContract('bpo-customer-service', lang));
    const made = now(actions.createScenarios(lang));
    const grid = book.sheetMap.get(made.sheet)!;
    const header = grid.findIndex((row) => row[1] === 'Interactions');
    expect(header).toBeGreaterThan(0);
    book.sheetMap.set(
      made.sheet,
      grid.map((row, i) => (i < header ? row : [row[0], ...row.slice(2)])),
    );
    // Rows are 1-based on the sheet: worst, expected and best follow the header.
    return { book, actions, sheet: made.sheet, bestRow: header + 4 };
  }

  it('the exposure names the sheet, the row and the scenario (EN)', () => {
    const { book, actions, sheet, bestRow } = withoutInteractions('en');
    const names = book.sheetNames();
    expect(() => actions.scenarioExposure(sheet, 'best', 'en')).toThrow(
      // The column is gone: the value is said at the cell a column typed right of the headers (F) gives it.
      `It cannot be computed: ${sheet}!F${bestRow} (scenario "best", Interactions): no quantity given for "Interactions"; the sheet has no "Interactions" column: type its header in F${bestRow - 3} and its values below`,
    );
    expect(book.sheetNames()).toEqual(names);
  });

  it('the curve names them in the pane’s language (FR)', () => {
    const { book, actions, sheet, bestRow } = withoutInteractions('fr');
    const names = book.sheetNames();
    const base = { kind: 'scenario', sheet, scenario: 'meilleur' } as const;
    expect(() => actions.feeCurve({ kpi: 'FCR', from: '', to: '', steps: '5', base }, 'fr')).toThrow(
      new RegExp(
        `${sheet}!F${bestRow} \\(scénario «\u00a0meilleur\u00a0», Interactions\\)\u00a0: .*Interactions.*en-tête en F${bestRow - 3} `,
      ),
    );
    expect(book.sheetNames()).toEqual(names);
  });
});
