import { namedItem } from '../../contract/nameMatch';
import { curveSheetPlan } from '../../layout/curveSheet';
import { cliTexts } from '../../i18n/cli';
import { formatAmount } from '../../i18n/numberFormat';
import { kinksText } from '../../i18n/modelNotes';
import { kinkedCurve } from '../../model/curveKinks';
import { defaultSpanAt, evenlySpaced } from '../../model/feeCurve';
import { requiredOption } from '../args';
import { CliError, usageError } from '../cliError';
import type { Command } from '../command';
import type { ExitCode } from '../io';
import {
  BASE_OPTIONS,
  OUTPUT_OPTIONS,
  baseProblems,
  checkKpiValue,
  decimalOption,
  integerOption,
  money,
  noteIdleBase,
  pricedAsLine,
  readBaseAndTarget,
  textTable,
  writeSheets,
} from '../modelInputs';
import { shownValue } from '../shown';
import { nearestName } from '../nearestName';

const USAGE =
  'usage: outcome-fees curve --contract FILE --kpi NAME [--from X --to Y --steps N] (--actuals FILE --period YYYY-MM|YYYY-Qn | --scenarios FILE.csv --scenario NAME [--period YYYY-MM|YYYY-Qn]) [-o FILE.xlsx | --json]';

/**
 * `outcome-fees curve`: one KPI across `--steps` evenly spaced values from `--from` to `--to` (both
 * included; the KPI's valid range, or its levels and as far again, by default) and at every breakpoint
 * between them, every other value held at the base: JSON `{"kpi","points":[{"value","amount","caps",
 * "total","kinks"?}]}`, a table, or a sheet with its charts.
 */
export const curveCommand: Command = {
  usage: USAGE,
  options: {
    ...BASE_OPTIONS,
    kpi: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    steps: { type: 'string' },
    ...OUTPUT_OPTIONS,
  },
  maxPositionals: 0,
  run: async (args, io): Promise<ExitCode> => {
    // The contract first, as every command taking one says it missing first.
    requiredOption(args, 'contract', USAGE);
    const kpi = requiredOption(args, 'kpi', USAGE);
    const steps = integerOption(args, 'steps', 11, 1, 10_000, USAGE);
    const from = decimalOption(args, 'from', USAGE);
    const to = decimalOption(args, 'to', USAGE);
    const { base, target } = await readBaseAndTarget(args, 'curve', USAGE, io);
    const { contract } = base;
    const lang = contract.language;
    const t = cliTexts(lang);
    const clause = namedItem(contract.kpis, (k) => k.name, kpi);
    if (!clause)
      throw new CliError(
        t.unknownKpi(
          kpi,
          contract.kpis.map((k) => k.name),
          nearestName(
            kpi,
            contract.kpis.map((k) => k.name),
          ),
        ),
      );
    const span = defaultSpanAt(contract, clause, base.values, base.place);
    const [low, high] = [from ?? span.from, to ?? span.to];
    if (from) checkKpiValue(clause, from, 'from', lang);
    if (to) checkKpiValue(clause, to, 'to', lang);
    if (low.gt(high))
      throw usageError((t) => {
        // One end typed, the other the default: the message names the default, not an option never typed.
        if (to === undefined) return t.beyondDefaultEnd('from', low.toFixed(), high.toFixed());
        if (from === undefined) return t.beyondDefaultEnd('to', high.toFixed(), low.toFixed());
        return t.fromAboveTo(low.toFixed(), high.toFixed());
      }, USAGE);
    // One value cannot include both ends: the curve would silently stop at --from.
    if (steps === 1 && !low.eq(high))
      throw usageError((t) => t.oneStep(low.toFixed(), high.toFixed()), USAGE);
    const curve = kinkedCurve(contract, base.values, clause.name, evenlySpaced(low, high, steps), base.place);
    if (!curve.ok) throw new CliError(baseProblems(base, curve.problems));
    noteIdleBase(base, io);
    const m = (d: Parameters<typeof money>[0]) => money(d, contract.currency);
    if (target !== undefined) {
      await writeSheets(
        target,
        [curveSheetPlan(contract, curve.kpi, curve.points, base.basis)],
        io,
        t.curveWritten(curve.kpi, curve.points.length),
        lang,
      );
    } else if (args.values.json) {
      const points = curve.points.map((p) => ({
        value: p.value.toFixed(),
        amount: m(p.amount),
        caps: m(p.caps),
        total: m(p.total),
        ...(p.kinks.length > 0 ? { kinks: p.kinks } : {}),
      }));
      io.out(JSON.stringify({ kpi: curve.kpi, points }, null, 2));
    } else {
      const shown = (d: Parameters<typeof money>[0]) => formatAmount(d, contract.currency, lang);
      io.out(
        [
          textTable(
            [curve.kpi, t.curveColumns[0], t.curveColumns[1], t.total(contract.currency), t.curveColumns[2]],
            curve.points.map((p) => [
              shownValue(p.value, lang),
              shown(p.amount),
              shown(p.caps),
              shown(p.total),
              kinksText(p.kinks, lang),
            ]),
          ),
          ...pricedAsLine(base),
        ].join('\n'),
      );
    }
    return 0;
  },
};
