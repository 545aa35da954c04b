/**
 * Chained corrections: the BPO worked example (October 2026) invoiced with CSAT at 89.5 %, then restated
 * twice. Note 2 corrects from what note 1 made the invoice (the note given to `--corrects`), so the notes
 * together correct each change once. Goldens under golden/ (`UPDATE_GOLDEN=1` rewrites them after review).
 *
 * The arithmetic of the chain (EUR, VAT 20 %):
 *   original, CSAT 89.5 % (threshold 90 % missed): subtotal 108,990.00, VAT 21,798.00, total 130,788.00
 *   note 1 (…-C), CSAT restated to 90.5 %: +5,000.00, VAT +1,000.00 → 136,788.00, a debit of +6,000.00
 *   note 2 (…-C2), Interactions restated from 42,500 to 41,800: 40,000 × 2.10 + 1,800 × 1.90 = 87,420.00,
 *     −1,330.00, VAT −266.00 → 135,192.00, a credit of −1,596.00 (CSAT stays as note 1 made it)
 *   130,788.00 + 6,000.00 − 1,596.00 = 135,192.00, the invoice of the last actuals. Against the original,
 *   note 2 would have been +3,670.00 + VAT: the CSAT fee corrected twice.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { actualEntries, buildActuals } from '../../core/contract/actuals';
import type { Actuals, Contract } from '../../core/contract/types';
import { correctionNote, correctionToJson, noteNumber } from '../../core/control/correction';
import { noteBasis } from '../../core/control/correctionChain';
import { provenIssuedJson } from '../../core/control/issuedJsonProof';
import { readIssuedInvoice } from '../../core/control/issuedInvoice';
import { buildInvoice } from '../../core/invoice/buildInvoice';
import { invoiceToJson } from '../../core/invoice/toJson';
import type { Invoice } from '../../core/invoice/types';
import { dec, decSum } from '../../core/money';
import { bpoCustomerService } from '../../core/templates/bpoCustomerService';

type Json = Record<string, unknown> & {
  number: string;
  lines: { kind: string; label: string; recomputed: string | null; difference: string; reason: string }[];
  total: { issued: string; recomputed: string; difference: string };
};

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

const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as Json;

/** The note of `given` (an issued invoice JSON, or a note JSON to correct from) recomputed from `restated`. */
function correct(contract: Contract, given: unknown, restated: Actuals): Json {
  const basis = 'asRecomputed' in (given as object) ? noteBasis(given, contract.language) : undefined;
  if (basis && !basis.ok) throw new Error(basis.problems.join('\n'));
  const issuedJson = basis?.ok ? basis.value.issuedJson : given;
  const issued = basis?.ok ? { ok: true as const, value: basis.value.issued } : readIssuedInvoice(given);
  if (!issued.ok) throw new Error(issued.problems.join('\n'));
  // The invoice corrected from is proved over the restated actuals, as the CLI does.
  const proof = provenIssuedJson(issuedJson, issued.value, 'given', contract, restated, contract.language);
  if (!proof.ok) throw new Error(proof.problems.join('\n'));
  const result = correctionNote(issued.value, invoiceOf(contract, restated), contract, {
    issueDate: '2026-12-15',
    ...(basis?.ok ? { chain: basis.value.chain } : {}),
  });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return asJson(correctionToJson(result.note));
}

function golden(name: string, actual: unknown): void {
  const file = join(__dirname, 'golden', `${name}.json`);
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(file, JSON.stringify(actual));
    execFileSync(join(__dirname, '..', '..', 'node_modules', '.bin', 'prettier'), ['--write', file]);
  }
  expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}

/** The original invoice and the two notes of the chain above, for `contract` and its `actuals`. */
function chain(contract: Contract, actuals: Actuals) {
  const issuedActuals = withValues(actuals, { CSAT: '0.895' });
  const first = withValues(actuals, { CSAT: '0.905' });
  const second = withValues(actuals, { CSAT: '0.905', Interactions: '41800' });
  const original = asJson(invoiceToJson(invoiceOf(contract, issuedActuals)));
  const note1 = correct(contract, original, first);
  const note2 = correct(contract, note1, second);
  return { original, note1, note2, second };
}

const reasonOf = (note: Json, label: string) =>
  note.lines.find((l) => l.label === label)?.reason.replace(/[\u202f\u00a0]/g, ' ');

describe('a chain of two restatements', () => {
  it('note 2 corrects from what note 1 made the invoice, numbered -C2 and naming the chain (EN)', () => {
    const contract = bpoCustomerService.contract('en');
    const { original, note1, note2 } = chain(contract, bpoCustomerService.actuals('en'));
    golden('correction-chain-2-en', note2);
    expect(original.total).toBe('130788.00');
    expect([note1.number, note1.total.difference]).toEqual(['bpo-customer-service-2026-10-C', '6000.00']);
    expect(note2).toMatchObject({
      kind: 'credit',
      number: 'bpo-customer-service-2026-10-C2',
      corrects: {
        number: 'bpo-customer-service-2026-10',
        fingerprint: original.fingerprint,
        previous: { number: 'bpo-customer-service-2026-10-C', fingerprint: note1.fingerprint },
      },
      subtotal: { issued: '113990.00', recomputed: '112660.00', difference: '-1330.00' },
      vat: { difference: '-266.00' },
      total: { issued: '136788.00', recomputed: '135192.00', difference: '-1596.00' },
    });
    // The CSAT fee note 1 added is as billed now: not corrected a second time.
    expect(reasonOf(note2, 'CSAT')).toBe('unchanged');
    expect(reasonOf(note2, 'Interactions')).toBe('Interactions restated from 42,500 to 41,800: −€1,330.00');
  });

  it('in French for a French contract', () => {
    const contract = bpoCustomerService.contract('fr');
    const { note2 } = chain(contract, bpoCustomerService.actuals('fr'));
    golden('correction-chain-2-fr', note2);
    expect(note2.total).toEqual({ issued: '136788.00', recomputed: '135192.00', difference: '-1596.00' });
    expect(reasonOf(note2, 'Interactions')).toBe(
      'Interactions : valeur corrigée de 42 500 à 41 800 : −1 330,00 €',
    );
  });

  it('a third note is -C3; a number that is no note of the invoice has no successor', () => {
    expect(noteNumber('x-2026-10')).toBe('x-2026-10-C');
    expect(noteNumber('x-2026-10', 'x-2026-10-C')).toBe('x-2026-10-C2');
    expect(noteNumber('x-2026-10', 'x-2026-10-C2')).toBe('x-2026-10-C3');
    for (const wrong of ['x-2026-10-C1', 'x-2026-10-C0', 'x-2026-11-C', 'x-2026-10-Cx', 'x-2026-10'])
      expect(noteNumber('x-2026-10', wrong)).toBeUndefined();
  });
});

describe('a note given to correct from is checked before anything starts from it', () => {
  const contract = bpoCustomerService.contract('en');
  const actuals = bpoCustomerService.actuals('en');
  const { note1 } = chain(contract, actuals);
  const problems = (edit: (note: Json) => void) => {
    const note = asJson(note1);
    edit(note);
    const basis = noteBasis(note, 'en');
    return basis.ok ? [] : basis.problems;
  };

  it('an amount as recomputed edited in the note is named with its field', () => {
    expect(problems((n) => (n.lines[4].recomputed = '5500.00'))).toEqual([
      'lines[4] (CSAT).difference: "5000" in the note, "5500" in the invoice as it recomputed it: edited by hand since',
      'lines[4].recomputed (CSAT): "5500" in the note, "5000" in the invoice as it recomputed it: edited by hand since',
    ]);
    expect(problems(() => undefined)).toEqual([]);
  });

  it('a note written before notes carried their invoice, or its invoice changed, is refused', () => {
    expect(problems((n) => delete n.asRecomputed)).toEqual([
      'correction note bpo-customer-service-2026-10-C carries no invoice as recomputed ("asRecomputed"; written by an earlier version): write it again from the invoice it corrects, then correct from the new note',
    ]);
    expect(
      problems((n) => ((n.asRecomputed as { lines: { amount: string }[] }).lines[4].amount = '0.00')),
    ).toContain(
      'lines[4].recomputed (CSAT): "5000" in the note, "0" in the invoice as it recomputed it: edited by hand since',
    );
  });

  it('an unknown field, at any level, is refused by name, as a contract file’s is; the goldens still read', () => {
    const misspelt = (n: Json) => {
      n.valuesAsIsued = n.valuesAsIssued;
      delete n.valuesAsIssued;
    };
    // Dropped, the misspelt field read the note as one written before notes carried their values as issued.
    expect(problems(misspelt)).toEqual(['(note): unknown field "valuesAsIsued"']);
    expect(
      problems((n) => {
        Object.assign(n.lines[4]!, { reasn: 'x' });
        Object.assign(n.corrects as object, { note: 'x' });
        Object.assign((n.contract as { parties: object }).parties, { clients: 'x' });
        Object.assign(n.vat as object, { rate: '0.2' });
      }),
    ).toEqual([
      'contract.parties: unknown field "clients"',
      'corrects: unknown field "note"',
      'lines[4]: unknown field "reasn"',
      'vat: unknown field "rate"',
    ]);
    const note = asJson(note1);
    misspelt(note);
    const french = noteBasis(note, 'fr');
    expect(!french.ok && french.problems).toEqual([
      '(note)\u00a0: champ inconnu «\u00a0valuesAsIsued\u00a0»',
    ]);
    for (const file of [
      ...['csat-en', 'csat-fr', 'volume-en', 'chain-2-en', 'chain-2-fr'].map(
        (name) => `golden/correction-${name}`,
      ),
      ...['earlier-notes/correction-csat-en', 'earlier-notes/correction-csat-fr'],
    ]) {
      const written: unknown = JSON.parse(readFileSync(join(__dirname, `${file}.json`), 'utf8'));
      expect([file, noteBasis(written, 'en').ok]).toEqual([file, true]);
    }
  });

  it('a field of another type or missing is said as a contract file’s is, in French too, never zod’s English', () => {
    const note = asJson(note1);
    Object.assign(note.lines[0]!, { issued: 5000 });
    Object.assign(note, { kind: 'refund', subtotal: [] });
    delete (note as Partial<Json>).number;
    const read = (lang: 'en' | 'fr') => {
      const basis = noteBasis(note, lang);
      return basis.ok ? [] : basis.problems.map((problem) => problem.replace(/[\u202f\u00a0]/g, ' '));
    };
    expect(read('en')).toEqual([
      'not a correction note written by outcome-fees: kind: expected one of credit, debit, none, got "refund"',
      'not a correction note written by outcome-fees: number: required',
      'not a correction note written by outcome-fees: lines[0].issued: expected a decimal number written as a string ("2.10"), got 5000',
      'not a correction note written by outcome-fees: subtotal: expected an object, got a list',
    ]);
    expect(read('fr')).toEqual([
      'pas une note de correction écrite par outcome-fees : kind : valeur attendue parmi credit, debit, none, reçu « refund »',
      'pas une note de correction écrite par outcome-fees : number : obligatoire',
      'pas une note de correction écrite par outcome-fees : lines[0].issued : nombre décimal attendu, écrit comme texte (« 2.10 »), reçu 5000',
      'pas une note de correction écrite par outcome-fees : subtotal : objet attendu, reçu une liste',
    ]);
  });

  it('a note numbered as no note of its invoice is refused by correctionNote', () => {
    const basis = noteBasis(note1, 'en');
    if (!basis.ok) throw new Error('unreadable');
    const chained = { ...basis.value.chain, previous: { ...basis.value.chain.previous, number: 'other-C' } };
    const result = correctionNote(basis.value.issued, invoiceOf(contract, actuals), contract, {
      issueDate: '2026-12-15',
      chain: chained,
    });
    expect(!result.ok && result.problems).toEqual([
      'other-C is numbered as no correction note of invoice bpo-customer-service-2026-10',
    ]);
  });
});

describe('law: the original and every note add up to the invoice of the last actuals', () => {
  const contract = bpoCustomerService.contract('en');
  const actuals = bpoCustomerService.actuals('en');
  const restatement = fc.record({
    CSAT: fc.integer({ min: 850, max: 950 }).map((n) => (n / 1000).toFixed(3)),
    FCR: fc.integer({ min: 700, max: 850 }).map((n) => (n / 1000).toFixed(3)),
    Interactions: fc.integer({ min: 38000, max: 46000 }).map(String),
  });

  it('to the cent, line by line and in total, each note numbered once along the chain', () => {
    fc.assert(
      fc.property(restatement, fc.array(restatement, { minLength: 1, maxLength: 4 }), (first, later) => {
        const original = asJson(invoiceToJson(invoiceOf(contract, withValues(actuals, first))));
        let given: unknown = original;
        const notes: Json[] = [];
        for (const values of later) {
          const note = correct(contract, given, withValues(actuals, values));
          notes.push(note);
          given = note;
        }
        const last = invoiceOf(contract, withValues(actuals, later[later.length - 1]));
        const billed = decSum(
          [original.total as unknown as string, ...notes.map((n) => n.total.difference)].map(dec),
        );
        expect(billed.toFixed(2)).toBe(last.total.toFixed(2));
        // Each line as billed by the original and every note is the last invoice's.
        const key = (l: { kind: string; label: string }) => `${l.kind}|${l.label}`;
        const lines = new Map<string, ReturnType<typeof dec>>();
        const originalLines = original.lines as unknown as { kind: string; label: string; amount: string }[];
        for (const l of originalLines) lines.set(key(l), dec(l.amount));
        for (const note of notes)
          for (const l of note.lines)
            lines.set(key(l), (lines.get(key(l)) ?? dec(0)).plus(dec(l.difference)));
        for (const l of last.lines)
          expect([key(l), lines.get(key(l))?.toFixed(2)]).toEqual([key(l), l.amount.toFixed(2)]);
        for (const [k, amount] of lines)
          if (!last.lines.some((l) => key(l) === k)) expect([k, amount.toFixed(2)]).toEqual([k, '0.00']);
        expect(new Set(notes.map((n) => n.number)).size).toBe(notes.length);
      }),
      { numRuns: 25 },
    );
  });
});
