/**
 * A correction note corrected again: actuals restated a second time after note 1 was written. The new note
 * corrects from what note 1 made the invoice (its invoice as recomputed, which the note's JSON carries as
 * `asRecomputed`), never from the original again: notes 1 and 2 together then correct each change once.
 * The note is read back and checked before anything starts from it: its lines as recomputed must be its
 * invoice's, each line and total must add up (issued + difference), and that invoice is then proved as
 * an issued one is (`issuedJsonProof.ts`).
 */
import { z } from 'zod';
import { pathIssue } from '../contract/issues';
import type { Language } from '../contract/types';
import { contractText } from '../i18n/contract';
import { correctionTexts } from '../i18n/correction';
import { dec, type Dec } from '../money';
import type { NoteChain } from './correction';
import { readIssuedInvoice, type IssuedInvoice } from './issuedInvoice';

/**
 * The schema of a note's JSON with its problems in `lang`, worded as a contract file's are (`required`,
 * `expected a decimal number written as a string ("2.10"), got 5000`), never zod's English. Strict at every
 * level, as a contract file is: an unknown field (a misspelt `valuesAsIssued`) is refused by name, where
 * dropping it would read the note as one written before notes carried that field.
 */
function noteSchema(lang: Language) {
  const p = contractText(lang).problems;
  // A missing field is required; one of another type is said with what it holds.
  const said = (expected: (got: string) => string) => ({
    error: (issue: { code?: string; input?: unknown }) =>
      issue.code === 'unrecognized_keys'
        ? undefined
        : issue.input === undefined
          ? p.required
          : expected(p.describe(issue.input)),
  });
  const text = z.string(said(p.expectedText));
  const decimal = z
    .string(said(p.expectedDecimal))
    .regex(/^-?\d+(\.\d+)?$/, said(p.expectedDecimal))
    .transform((value): Dec => dec(value));
  const object = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape, said(p.expectedObject));
  const amount = { issued: decimal, recomputed: decimal, difference: decimal };
  const kinds = ['credit', 'debit', 'none'] as const;
  return object({
    kind: z.enum(
      kinds,
      said((got) => p.expectedOneOf(kinds, got)),
    ),
    number: text,
    issueDate: text,
    // What the note says of its invoice, each the invoice's as recomputed (checked below).
    period: z.unknown().optional(),
    months: z.unknown().optional(),
    contract: object({
      id: z.unknown().optional(),
      name: z.unknown().optional(),
      parties: object({ client: z.unknown().optional(), provider: z.unknown().optional() }).optional(),
      currency: z.unknown().optional(),
      language: z.unknown().optional(),
    }).optional(),
    corrects: object({
      number: text,
      issueDate: text,
      fingerprint: text.nullable(),
      contractVersion: text.nullable(),
      previous: object({ number: text, issueDate: text, fingerprint: text }).optional(),
    }),
    lines: z.array(
      object({
        kind: text,
        label: text,
        issued: decimal.nullable(),
        recomputed: decimal.nullable(),
        difference: decimal,
        reason: text,
      }),
      said(p.expectedList),
    ),
    subtotal: object(amount),
    vat: object({ ...amount, reason: text }),
    total: object(amount),
    fingerprint: text,
    contractVersion: text.optional(),
    engineVersion: text.optional(),
    // Each entry read, strictly too, by `correctionProof.ts`, which names the one that is no value.
    valuesAsIssued: z.unknown().optional(),
    asRecomputed: z.unknown().optional(),
  });
}

const NOTES = { en: noteSchema('en'), fr: noteSchema('fr') };

/** The fields a note repeats from its invoice as recomputed; an older note without them is not asked for them. */
const NOTE_FIELDS = [
  'period',
  'months',
  'contract.id',
  'contract.name',
  'contract.parties.client',
  'contract.parties.provider',
  'contract.currency',
  'contract.language',
] as const;

/** The value at a dotted `path` of a JSON object, or undefined. */
function at(json: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (o, key) => (o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[key] : undefined),
      json,
    );
}

/** What a later note corrects from: the invoice as the note made it, and the chain to name. */
export interface NoteBasis {
  readonly issued: IssuedInvoice;
  /** The note's `asRecomputed` JSON, to be proved as an issued invoice JSON is. */
  readonly issuedJson: unknown;
  readonly chain: NoteChain;
}

/**
 * The invoice a correction note's JSON made (`asRecomputed`), checked against the note; or the problems,
 * each naming its field (`lines[2].recomputed (FCR)`), in `lang`.
 */
export function noteBasis(
  json: unknown,
  lang: Language,
): { ok: true; value: NoteBasis } | { ok: false; problems: string[] } {
  const t = correctionTexts(lang);
  const parsed = NOTES[lang].safeParse(json);
  if (!parsed.success) {
    const p = contractText(lang).problems;
    // An unknown field is said as a contract file's is, at the object holding it: `(note): unknown field
    // "valuesAsIsued"`, `lines[4]: unknown field "reasn"`.
    const problems = parsed.error.issues.flatMap((i) =>
      i.code === 'unrecognized_keys'
        ? i.keys.map((key) => pathIssue(i.path, p.unknownField(key), lang, 'note').message)
        : [t.notANote(pathIssue(i.path, i.message, lang, 'note').message)],
    );
    return { ok: false, problems };
  }
  const note = parsed.data;
  if (note.asRecomputed === undefined) return { ok: false, problems: [t.noteWithoutInvoice(note.number)] };
  const invoice = readIssuedInvoice(note.asRecomputed);
  if (!invoice.ok) return { ok: false, problems: invoice.problems.map((p) => `asRecomputed.${p}`) };
  const issued = invoice.value;

  const problems: string[] = [];
  const text = (d: Dec | null | undefined) =>
    d === null || d === undefined ? 'none' : JSON.stringify(d.toFixed());
  const differs = (where: string, inNote: Dec | null | undefined, recomputed: Dec | null | undefined) => {
    const same = inNote === recomputed || (inNote && recomputed && inNote.eq(recomputed));
    if (!same) problems.push(t.noteEdited(where, text(inNote), text(recomputed)));
  };
  // The note's own arithmetic: each line and total as issued, plus its difference, is as recomputed.
  const amounts = [
    ...note.lines.map((l, i) => ({ where: `lines[${i}] (${l.label})`, ...l })),
    { where: 'subtotal', ...note.subtotal },
    { where: 'vat', ...note.vat },
    { where: 'total', ...note.total },
  ];
  for (const a of amounts)
    differs(`${a.where}.difference`, a.difference, (a.recomputed ?? dec(0)).minus(a.issued ?? dec(0)));
  // Its lines as recomputed are its invoice's, in order.
  const recomputedLines = note.lines.filter((l) => l.recomputed !== null);
  for (let i = 0; i < Math.max(recomputedLines.length, issued.lines.length); i++) {
    const line = recomputedLines[i];
    const own = issued.lines[i];
    const where = `lines[${line ? note.lines.indexOf(line) : note.lines.length}].recomputed (${(line ?? own)!.label})`;
    if (line && own && (line.kind !== own.kind || line.label !== own.label))
      problems.push(t.noteEdited(`${where}.label`, JSON.stringify(line.label), JSON.stringify(own.label)));
    else differs(where, line?.recomputed, own?.amount);
  }
  differs('subtotal.recomputed', note.subtotal.recomputed, issued.subtotal);
  differs('vat.recomputed', note.vat.recomputed, issued.vat.amount);
  differs('total.recomputed', note.total.recomputed, issued.total);
  if (note.fingerprint !== issued.fingerprint)
    problems.push(
      t.noteEdited('fingerprint', JSON.stringify(note.fingerprint), JSON.stringify(issued.fingerprint)),
    );
  if (issued.number !== note.corrects.number)
    problems.push(
      t.noteEdited('corrects.number', JSON.stringify(note.corrects.number), JSON.stringify(issued.number)),
    );
  // Its kind follows its total's difference, as `correctionNote` decides it.
  const sign = note.total.difference.comparedTo(0);
  const kind = sign === 0 ? 'none' : sign < 0 ? 'credit' : 'debit';
  if (note.kind !== kind)
    problems.push(t.noteEdited('kind', JSON.stringify(note.kind), JSON.stringify(kind)));
  // Its period and contract are its invoice's, which `asRecomputed` carries (and its fingerprint proves).
  const asRecomputed = note.asRecomputed as Record<string, unknown>;
  for (const path of NOTE_FIELDS) {
    const [inNote, own] = [note as Record<string, unknown>, asRecomputed].map((o) => at(o, path));
    if (inNote !== undefined && JSON.stringify(inNote) !== JSON.stringify(own))
      problems.push(t.noteEdited(path, JSON.stringify(inNote), JSON.stringify(own ?? null)));
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      issued,
      issuedJson: note.asRecomputed,
      chain: {
        original: note.corrects,
        previous: { number: note.number, issueDate: note.issueDate, fingerprint: note.fingerprint },
      },
    },
  };
}
