import { exposureSheetPlan } from '../../layout/exposureSheet';
import { cliTexts } from '../../i18n/cli';
import { formatAmount } from '../../i18n/numberFormat';
import { invoiceToJson } from '../../invoice/toJson';
import { exposure as exposureOf, exposureLines, type ExposureBound } from '../../model/exposure';
import { CliError } from '../cliError';
import type { Command } from '../command';
import type { ExitCode } from '../io';
import {
  BASE_OPTIONS,
  OUTPUT_OPTIONS,
  baseProblems,
  money,
  noteIdleBase,
  pricedAsLine,
  readBaseAndTarget,
  textTable,
  writeSheets,
} from '../modelInputs';
import { shownValue } from '../shown';

const USAGE =
  'usage: outcome-fees exposure --contract FILE (--actuals FILE --period YYYY-MM|YYYY-Qn | --scenarios FILE.csv --scenario NAME [--period YYYY-MM|YYYY-Qn]) [-o FILE.xlsx | --json]';

/**
 * `outcome-fees exposure`: at the base's volumes and hours, the least and the most the invoice can be over
 * every KPI value in its valid range, the values that reach each, and the clauses that leave a side
 * unbounded: JSON `{"min","max","unbounded"}` (`null` for an unbounded side; each side with its invoice's
 * `lines`), a table with every line of the least and the most invoice, or a sheet.
 */
export const exposureCommand: Command = {
  usage: USAGE,
  options: {
    ...BASE_OPTIONS,
    ...OUTPUT_OPTIONS,
  },
  maxPositionals: 0,
  run: async (args, io): Promise<ExitCode> => {
    const { base, target } = await readBaseAndTarget(args, 'exposure', USAGE, io);
    const { contract } = base;
    const lang = contract.language;
    const t = cliTexts(lang);
    const result = exposureOf(contract, base.values, base.place);
    if (!result.ok) throw new CliError(baseProblems(base, result.problems));
    noteIdleBase(base, io);
    const e = result.exposure;
    const m = (d: Parameters<typeof money>[0]) => money(d, contract.currency);
    if (target !== undefined) {
      await writeSheets(
        target,
        [exposureSheetPlan(contract, e, base.basis)],
        io,
        t.exposureWritten(base.label),
        lang,
      );
      return 0;
    }
    if (args.values.json) {
      const side = (b: ExposureBound | null) =>
        b && {
          subtotal: m(b.subtotal),
          total: m(b.total),
          values: Object.fromEntries([...b.values].map(([k, v]) => [k, v.toFixed()])),
          lines: (invoiceToJson(b.invoice) as { lines: unknown[] }).lines,
        };
      io.out(
        JSON.stringify(
          {
            min: side(e.min),
            max: side(e.max),
            unbounded: [...new Set(e.unbounded.map((u) => u.clause))],
            reasons: e.unbounded.map((u) => u.reason),
          },
          null,
          2,
        ),
      );
      return 0;
    }
    const shown = (d: Parameters<typeof money>[0]) => formatAmount(d, contract.currency, lang);
    const kpis = contract.kpis.filter((k) => e.min?.values.has(k.name) || e.max?.values.has(k.name));
    const row = (label: string, b: ExposureBound | null) =>
      b
        ? [
            label,
            shown(b.subtotal),
            shown(b.total),
            ...kpis.map((k) => {
              const value = b.values.get(k.name);
              return value === undefined ? '' : shownValue(value, lang);
            }),
          ]
        : [label, t.unbounded, t.unbounded, ...kpis.map(() => '')];
    const table = textTable(
      [...t.exposureColumns, t.total(contract.currency), ...kpis.map((k) => k.name)],
      [row(t.exposureSides.min, e.min), row(t.exposureSides.max, e.max)],
    );
    // Each bound as the sum it is: every line of the least and the most invoice.
    const lines = textTable(
      [...t.exposureLineColumns],
      exposureLines(e).map((l) => [
        l.label,
        // An unbounded side has no invoice: its lines are blank, not "unbounded" (the fixed fee is not).
        l.min === null ? '' : shown(l.min),
        l.max === null ? '' : shown(l.max),
      ]),
    );
    // Both sides unbounded: no invoice has a line to show, so no table of them.
    const bounded = e.min !== null || e.max !== null;
    io.out(
      [
        table,
        ...e.unbounded.map((u) => t.unboundedSide(t.exposureSides[u.side], u.reason)),
        ...pricedAsLine(base),
        ...(bounded ? ['', lines] : []),
      ].join('\n'),
    );
    return 0;
  },
};
