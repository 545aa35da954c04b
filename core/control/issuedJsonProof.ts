/**
 * An issued invoice JSON (what `outcome-fees invoice --json` wrote), proved as issued before a correction
 * starts from it. Lines that still add up to the total can have been edited (two amounts swapped): the
 * values the JSON prints (each KPI's actual on its month, a month's volumes and hours as line quantities)
 * put over today's actuals rebuild the invoice, whose fingerprint must be the one the JSON carries; then
 * the inputs are proved, and comparing the JSON field by field with the rebuilt invoice's names any field
 * edited since. The invoice sheet read back for the pane is proved the same way (`issuedSheet.ts`).
 */
import type { Actuals, Contract, Language } from '../contract/types';
import { controlSectionTexts } from '../i18n/controlSections';
import { issuedJsonTexts } from '../i18n/verify';
import { weightingVolume } from '../invoice/aggregation/periodValue';
import { buildInvoice } from '../invoice/buildInvoice';
import type { Invoice } from '../invoice/types';
import type { IssuedInvoice } from './issuedInvoice';
import { PrintedActuals } from './printedActuals';
import { verifyJson } from './verify';

export type IssuedJsonProof =
  | { readonly ok: true; readonly invoice: Invoice }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * The invoice `json` (read as `issued`, from the file named `source`) was issued as, rebuilt under
 * `contract` over today's `actuals`; or the problems that refuse it, in `lang`.
 */
export function provenIssuedJson(
  json: unknown,
  issued: IssuedInvoice,
  source: string,
  contract: Contract,
  actuals: Actuals,
  lang: Language,
): IssuedJsonProof {
  const t = issuedJsonTexts(lang);
  if (issued.fingerprint === undefined) return { ok: false, problems: [t.noFingerprint(source)] };

  const printed = new PrintedActuals(contract, issued.period);
  for (const line of issued.lines)
    if (line.quantity !== undefined) printed.quantity(line.label, line.quantity);
  // An aggregated KPI's actual is formed from its months: each month's value is what was read, and a
  // weighted average's weight each month's volume, which a longer invoice's line prints only summed.
  for (const evidence of issued.evidence) {
    if (evidence.aggregate) {
      const clause = contract.kpis.find((k) => k.name === evidence.kpi);
      const volume = clause?.aggregationVolume === undefined ? undefined : weightingVolume(contract, clause);
      for (const { month, value, weight } of evidence.aggregate.months) {
        if (value !== undefined) printed.at(month).kpis.set(evidence.kpi, value);
        if (weight !== undefined && volume !== undefined) printed.at(month).volumes.set(volume, weight);
      }
    } else if (evidence.actual !== undefined) {
      printed.at(evidence.month).kpis.set(evidence.kpi, evidence.actual);
    }
  }

  const rebuilt = buildInvoice(contract, printed.over(actuals), issued.period);
  if (!rebuilt.ok)
    return { ok: false, problems: [controlSectionTexts(lang).cannotRebuild(rebuilt.problems)] };
  if (rebuilt.invoice.seal.fingerprint !== issued.fingerprint)
    return {
      ok: false,
      problems: [t.notReproduced(source) + (contract.version ? t.statedVersion(contract.version) : '')],
    };
  const report = verifyJson(json, rebuilt.invoice, source, lang, t);
  if (report.differences.length > 0)
    return { ok: false, problems: report.differences.map((d) => `${source}: ${d.message}`) };
  return { ok: true, invoice: rebuilt.invoice };
}
