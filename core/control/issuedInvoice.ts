/**
 * An invoice as it was issued: the JSON `outcome-fees invoice` wrote, read back for a correction. Only
 * the fields a correction uses are read, each checked (a hand-edited amount that is not a decimal string is
 * an error at its field); fields added by later versions are ignored.
 */
import { z } from 'zod';
import { formatPath } from '../contract/issues';
import { isPeriod } from '../contract/period';
import type { Language } from '../contract/types';
import { contractText } from '../i18n/contract';
import { correctionTexts } from '../i18n/correction';
import { FRENCH_SPACE } from '../i18n/frenchTypography';
import { dec, type Dec } from '../money';

const DECIMAL = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, 'expected a decimal string such as "5000.00"')
  .transform((text): Dec => dec(text));
const PERIOD = z.string().refine(isPeriod, 'expected a month YYYY-MM');
const TEXT = z.string();

const LINE = z.object({
  kind: TEXT,
  label: TEXT,
  kpi: TEXT.optional(),
  quantity: DECIMAL.optional(),
  amount: DECIMAL,
  explanation: TEXT,
});

const ISSUED = z.object({
  number: TEXT,
  issueDate: TEXT,
  period: PERIOD,
  months: z.array(PERIOD).min(1),
  contract: z.object({ id: TEXT, name: TEXT, currency: TEXT, language: z.enum(['en', 'fr']) }),
  lines: z.array(LINE),
  // An excluded month without a value prints no actual.
  evidence: z.array(
    z.object({
      kpi: TEXT,
      month: PERIOD,
      actual: DECIMAL.optional(),
      outcome: TEXT,
      amount: DECIMAL,
      // An aggregated KPI prints each month's value, and a weighted average each month's weight: what
      // rebuilds the invoice as issued (`issuedJsonProof.ts`) and what a correction says was restated.
      aggregate: z
        .object({
          months: z.array(z.object({ month: PERIOD, value: DECIMAL.optional(), weight: DECIMAL.optional() })),
        })
        .optional(),
    }),
  ),
  subtotal: DECIMAL,
  vat: LINE,
  total: DECIMAL,
  fingerprint: TEXT.optional(),
  contractVersion: TEXT.optional(),
});

/** The issued invoice, as a correction reads it. */
export type IssuedInvoice = z.output<typeof ISSUED>;
/** One issued line. */
export type IssuedLine = IssuedInvoice['lines'][number];

/**
 * The correction note a JSON is (`correctionToJson` writes its `kind` and what it `corrects`), given where an
 * invoice belongs: said as such in one line, not as every invoice field it lacks.
 */
export function correctionNoteOf(json: unknown): { number: string; corrects: string } | undefined {
  if (json === null || typeof json !== 'object') return undefined;
  const { kind, number, corrects } = json as Record<string, unknown>;
  if (kind !== 'credit' && kind !== 'debit' && kind !== 'none') return undefined;
  const issued = corrects !== null && typeof corrects === 'object' ? (corrects as { number?: unknown }) : {};
  if (typeof number !== 'string' || typeof issued.number !== 'string') return undefined;
  return { number, corrects: issued.number };
}

/**
 * What a parsed JSON that is no object (`true`, a number, a list, a string, `null`) is, in `lang`, its value
 * said as JSON writes it, as a contract file's is (`expected an object, got true`, not a cell's TRUE);
 * `undefined` for an object.
 */
export function notAnObject(json: unknown, lang: Language): string | undefined {
  if (typeof json === 'object' && json !== null && !Array.isArray(json)) return undefined;
  const p = contractText(lang).problems;
  return p.expectedObject(json === null || typeof json === 'boolean' ? String(json) : p.describe(json));
}

/**
 * The one line saying a parsed JSON that is no object is no invoice outcome-fees wrote
 * (`issued.json: not an invoice JSON written by outcome-fees: expected an object, got true`); `undefined`
 * for an object, whose fields `readIssuedInvoice` checks.
 */
export function notAnIssuedObject(json: unknown, file: string, lang: Language): string | undefined {
  const problem = notAnObject(json, lang);
  if (problem === undefined) return undefined;
  return `${file}${lang === 'fr' ? FRENCH_SPACE : ''}: ${correctionTexts(lang).notAnInvoice(problem)}`;
}

/** Reads an issued invoice's parsed JSON; the problems name their field (`lines[2].amount: …`). */
export function readIssuedInvoice(
  json: unknown,
): { ok: true; value: IssuedInvoice } | { ok: false; problems: string[] } {
  const parsed = ISSUED.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => `${formatPath(i.path) || '(invoice)'}: ${i.message}`),
  };
}
