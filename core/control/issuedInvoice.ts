/**
 * An invoice as it was issued: the JSON `outcome-fees invoice` wrote, read back for a correction. Only
 * the fields a correction uses are read, each checked (a hand-edited amount that is not a decimal string is
 * an error at its field); fields added by later versions are ignored.
 */
import { z } from 'zod';
import { pathIssue } from '../contract/issues';
import { isPeriod } from '../contract/period';
import type { Language } from '../contract/types';
import { contractText } from '../i18n/contract';
import { correctionTexts } from '../i18n/correction';
import { dec, type Dec } from '../money';

/** A value of the file as problems say it: as JSON writes it (`true`, `null`), else as a contract file's. */
function jsonValue(lang: Language): (value: unknown) => string {
  const p = contractText(lang).problems;
  return (value) => (value === null || typeof value === 'boolean' ? String(value) : p.describe(value));
}

/**
 * The schema of an issued invoice with its problems in `lang`, worded as a contract file's are (`required`,
 * `expected a decimal number written as a string ("2.10"), got 5000`), never zod's English.
 */
function issuedSchema(lang: Language) {
  const p = contractText(lang).problems;
  const got = jsonValue(lang);
  // A missing field is required; one of another type is said with what it holds.
  const said = (expected: (got: string) => string) => ({
    error: (issue: { input?: unknown }) =>
      issue.input === undefined ? p.required : expected(got(issue.input)),
  });
  const decimal = z
    .string(said(p.expectedDecimal))
    .regex(/^-?\d+(\.\d+)?$/, said(p.expectedDecimal))
    .transform((text): Dec => dec(text));
  const period = z.string(said(p.expectedPeriod)).refine(isPeriod, said(p.expectedPeriod));
  const text = z.string(said(p.expectedText));
  const object = <T extends z.ZodRawShape>(shape: T) => z.object(shape, said(p.expectedObject));
  const list = <T extends z.ZodType>(item: T) => z.array(item, said(p.expectedList));
  const line = object({
    kind: text,
    label: text,
    kpi: text.optional(),
    quantity: decimal.optional(),
    amount: decimal,
    explanation: text,
  });
  return object({
    number: text,
    issueDate: text,
    period,
    months: list(period).min(1, { error: () => p.required }),
    contract: object({
      id: text,
      name: text,
      currency: text,
      language: z.enum(
        ['en', 'fr'],
        said((value) => p.expectedOneOf(['en', 'fr'], value)),
      ),
    }),
    lines: list(line),
    // An excluded month without a value prints no actual.
    evidence: list(
      object({
        kpi: text,
        month: period,
        actual: decimal.optional(),
        outcome: text,
        amount: decimal,
        // An aggregated KPI prints each month's value, and a weighted average each month's weight: what
        // rebuilds the invoice as issued (`issuedJsonProof.ts`) and what a correction says was restated.
        aggregate: object({
          months: list(object({ month: period, value: decimal.optional(), weight: decimal.optional() })),
        }).optional(),
      }),
    ),
    subtotal: decimal,
    vat: line,
    total: decimal,
    fingerprint: text.optional(),
    contractVersion: text.optional(),
  });
}

const SCHEMAS = { en: issuedSchema('en'), fr: issuedSchema('fr') };

/** The issued invoice, as a correction reads it. */
export type IssuedInvoice = z.output<(typeof SCHEMAS)['en']>;
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
 * Why a parsed JSON is no invoice outcome-fees wrote, in `lang`: it is no object (`expected an object, got
 * true`, its value said as JSON writes it, not a cell's TRUE), or an object without the `number` every
 * invoice carries (`number: required`: `{}`, a contract file given by mistake, which would otherwise be told
 * field by field); `undefined` for an object with its number, whose fields are then checked.
 */
export function notAnInvoiceJson(json: unknown, lang: Language): string | undefined {
  const p = contractText(lang).problems;
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return p.expectedObject(jsonValue(lang)(json));
  return 'number' in json ? undefined : pathIssue(['number'], p.required, lang).message;
}

/** `notAnInvoiceJson` as a correction says it: `not an invoice JSON written by outcome-fees: …`. */
export function notAnIssuedObject(json: unknown, lang: Language): string | undefined {
  const problem = notAnInvoiceJson(json, lang);
  return problem === undefined ? undefined : correctionTexts(lang).notAnInvoice(problem);
}

/**
 * Reads an issued invoice's parsed JSON; the problems name their field (`lines[2].amount: …`), in `lang`
 * (`lines[2].amount : …`).
 */
export function readIssuedInvoice(
  json: unknown,
  lang: Language = 'en',
): { ok: true; value: IssuedInvoice } | { ok: false; problems: string[] } {
  const parsed = SCHEMAS[lang].safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const document = lang === 'fr' ? 'facture' : 'invoice';
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => pathIssue(i.path, i.message, lang, document).message),
  };
}
