/**
 * Correcting from a correction note's sheet (the pane's Correct an invoice on a `Credit note …` sheet, and
 * `invoice --corrects BOOK.xlsx`): the note's sheet prints the values of the invoice as it recomputed it,
 * so the next note is proved as the JSON chain is and says from which value a KPI was restated, in the
 * same words as the note corrected from its JSON.
 *
 * The chain (BPO, October 2026, VAT 20 %): issued with CSAT 89.5 % (threshold 90 % missed); note 1 with
 * CSAT restated to 90.5 % (+5,000.00); then CSAT restated again to 84 % and Interactions to 41,800: note 2
 * gives back the CSAT fee (−5,000.00), the FCR bonus its gate now fails (−560.00) and 700 × 1.90
 * (−1,330.00), VAT −1,378.00: −8,268.00.
 */
import { actualEntries, buildActuals } from '../../core/contract/actuals';
import type { Grid } from '../../core/contract/sheet/cells';
import type { Actuals, Contract, Language } from '../../core/contract/types';
import { correctionNote, correctionToJson, type CorrectionNote } from '../../core/control/correction';
import { noteBasis } from '../../core/control/correctionChain';
import { readIssuedInvoice } from '../../core/control/issuedInvoice';
import { issuedFromNoteSheet } from '../../core/control/noteSheet';
import { buildInvoice } from '../../core/invoice/buildInvoice';
import { invoiceToJson } from '../../core/invoice/toJson';
import type { Invoice } from '../../core/invoice/types';
import { correctionSheetPlan } from '../../core/layout/correctionSheet';
import { planToGrid } from '../../core/layout/planToGrid';
import { dec } from '../../core/money';
import { bpoCustomerService } from '../../core/templates/bpoCustomerService';

function withValues(actuals: Actuals, values: Readonly<Record<string, string>>): Actuals {
  return buildActuals(
    actualEntries(actuals).map((e) =>
      e.period === '2026-10' && values[e.name] !== undefined ? { ...e, value: dec(values[e.name]) } : e,
    ),
  );
}

function invoiceOf(contract: Contract, actuals: Actuals): Invoice {
  const result = buildInvoice(contract, actuals, '2026-10');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

function noted(result: ReturnType<typeof correctionNote>): CorrectionNote {
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.note;
}

/** Note 1 of the chain above, the actuals of the second restatement, and note 1's sheet as read back. */
function chain(lang: Language) {
  const contract = bpoCustomerService.contract(lang);
  const actuals = bpoCustomerService.actuals(lang);
  const issued = readIssuedInvoice(
    json(invoiceToJson(invoiceOf(contract, withValues(actuals, { CSAT: '0.895' })))),
  );
  if (!issued.ok) throw new Error(issued.problems.join('\n'));
  const first = invoiceOf(contract, withValues(actuals, { CSAT: '0.905' }));
  const note1 = noted(correctionNote(issued.value, first, contract, { issueDate: '2026-11-20' }));
  const restated = withValues(actuals, { CSAT: '0.84', Interactions: '41800' });
  const plan = correctionSheetPlan(note1);
  return { contract, note1, restated, plan, grid: planToGrid(plan) as Grid };
}

/** Note 2, corrected from note 1's sheet `grid`, or the problems that refuse it. */
function fromSheet(lang: Language, grid: Grid, sheet = 'Credit note 2026-10') {
  const { contract, restated } = chain(lang);
  const basis = issuedFromNoteSheet(grid, sheet, contract, restated, '2026-10', lang);
  if (!basis.ok) return { problems: basis.problems };
  const note = noted(
    correctionNote(basis.issued, invoiceOf(contract, restated), contract, {
      issueDate: '2026-12-15',
      chain: basis.chain,
    }),
  );
  return { note: json(correctionToJson(note)) as ReturnType<typeof asNote> };
}

const asNote = (value: unknown) =>
  value as {
    number: string;
    lines: { label: string; issued: string; recomputed: string; difference: string; reason: string }[];
    vat: { difference: string; reason: string };
    total: { difference: string };
    asRecomputed: unknown;
  };

/** Note 2 corrected from note 1's JSON, as `invoice --corrects NOTE.json` does. */
function fromJson(lang: Language) {
  const { contract, note1, restated } = chain(lang);
  const basis = noteBasis(json(correctionToJson(note1)), lang);
  if (!basis.ok) throw new Error(basis.problems.join('\n'));
  const note = noted(
    correctionNote(basis.value.issued, invoiceOf(contract, restated), contract, {
      issueDate: '2026-12-15',
      chain: basis.value.chain,
    }),
  );
  return asNote(json(correctionToJson(note)));
}

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('correcting from a note’s sheet', () => {
  it.each(['en', 'fr'] as const)(
    'gives the note the JSON chain gives, reasons in words included (%s)',
    (lang) => {
      const { note } = fromSheet(lang, chain(lang).grid);
      expect(note).toBeDefined();
      const expected = fromJson(lang);
      expect(note!.lines).toEqual(expected.lines);
      expect(note!.vat).toEqual(expected.vat);
      expect(note!.total).toEqual(expected.total);
      expect(note!.number).toBe('bpo-customer-service-2026-10-C2');
      expect(note!.asRecomputed).toEqual(expected.asRecomputed);
    },
  );

  it('says from which value CSAT, the volume and FCR’s gate were restated (EN, FR)', () => {
    const reasons = (lang: Language) =>
      fromSheet(lang, chain(lang).grid)
        .note!.lines.filter((l) => l.difference !== '0.00')
        .map((l) => plain(l.reason));
    expect(reasons('en')).toEqual([
      'Interactions restated from 42,500 to 41,800: −€1,330.00',
      'FCR: gate CSAT restated from 90.5% to 84%: −€560.00',
      'CSAT restated from 90.5% to 84%: threshold now missed: −€5,000.00',
    ]);
    expect(reasons('fr')).toEqual([
      'Interactions : valeur corrigée de 42 500 à 41 800 : −1 330,00 €',
      'FCR : condition CSAT corrigée de 90,5 % à 84 % : −560,00 €',
      'CSAT : valeur corrigée de 90,5 % à 84 % : seuil désormais manqué : −5 000,00 €',
    ]);
    expect(fromSheet('en', chain('en').grid).note!.total.difference).toBe('-8268.00');
  });

  /** Note 1's sheet with `edit` applied to the cell of the row labelled `label` (the first such row). */
  const edited = (label: string, col: number, value: number, nth = 0) => {
    const grid = chain('en').grid.map((row) => [...row]);
    const rows = grid.flatMap((row, r) => (row[0] === label ? [r] : []));
    grid[rows[nth]!]![col] = value;
    return { grid, row: rows[nth]! + 1 };
  };

  it('refuses an As recomputed amount typed over with its difference, the sums following, naming it', () => {
    // FCR as note 1 made it typed 560 → 600 and its difference 0 → 40: it adds up, and is not what the
    // note's values give.
    const { grid, row } = edited('FCR', 2, 600);
    grid[row - 1]![3] = 40;
    const subtotal = grid.findIndex((r) => r[0] === 'Subtotal excluding VAT');
    const total = grid.findIndex((r) => r[0] === 'Total including VAT');
    for (const r of [subtotal, total]) {
      grid[r]![2] = (grid[r]![2] as number) + 40;
      grid[r]![3] = (grid[r]![3] as number) + 40;
    }
    expect(fromSheet('en', grid).problems).toEqual([
      `'Credit note 2026-10'!C${row}: 600 on the note's sheet, 560 from its other cells: edited by hand since`,
      `'Credit note 2026-10'!C${subtotal + 1}: 114030 on the note's sheet, 113990 from its other cells: edited by hand since`,
      `'Credit note 2026-10'!C${total + 1}: 136828 on the note's sheet, 136788 from its other cells: edited by hand since`,
    ]);
  });

  it('refuses a value of the invoice as recomputed typed over: the fingerprint is not reproduced', () => {
    // The second CSAT row is the value block's: 0.905 typed 0.95.
    const { grid } = edited('CSAT', 2, 0.95, 1);
    const problems = fromSheet('en', grid).problems!;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^'Credit note 2026-10'!B8: the values printed on the sheet do not give its fingerprint/,
    );
  });

  it('refuses a note’s sheet without its values (an earlier version’s): nothing proves it (EN, FR)', () => {
    for (const lang of ['en', 'fr'] as const) {
      const { plan } = chain(lang);
      const grid = planToGrid({ ...plan, blocks: plan.blocks.slice(0, 3) }) as Grid;
      const problems = fromSheet(lang, grid, 'Avoir').problems!;
      expect(problems).toHaveLength(1);
      expect(plain(problems[0]!)).toMatch(
        lang === 'en'
          ? /^Avoir!A\d+: this note's sheet prints no values of the invoice as recomputed .*--corrects NOTE\.json\)$/
          : /^Avoir!A\d+ : la feuille de cette note n’imprime pas les valeurs de la facture recalculée/,
      );
    }
  });
});
