/**
 * The values an issued invoice prints (each KPI's actual on its month, a month's volumes and hours as line
 * quantities), put back over today's actuals to rebuild the invoice as it was issued. Its sheet and its
 * JSON print the same values; each reader collects them here, so both rebuild it one way.
 */
import type { Actuals, Period, PeriodActuals } from '../contract/types';
import type { Dec } from '../money';

/** What an issued invoice prints of one month. */
export interface PrintedMonth {
  readonly kpis: Map<string, Dec>;
  readonly volumes: Map<string, Dec>;
  hours?: Dec;
}

/** The printed values, month by month. */
export class PrintedActuals {
  private readonly months = new Map<Period, PrintedMonth>();

  /** The month's printed values, created empty on first use. */
  at(month: Period): PrintedMonth {
    let values = this.months.get(month);
    if (!values) this.months.set(month, (values = { kpis: new Map(), volumes: new Map() }));
    return values;
  }

  /**
   * Today's actuals with the printed values put over them, month by month. Only values the invoice prints
   * are replaced: whatever else a month holds (a price index, an excluded KPI and its reason, any kind added
   * later) stays as entered, so the rebuilt invoice reads every kind of actual the issued one did.
   */
  over(actuals: Actuals): Actuals {
    const periods = new Map<Period, PeriodActuals>(actuals.periods);
    for (const [period, values] of this.months) {
      const now = periods.get(period);
      periods.set(period, {
        ...now,
        kpis: new Map([...(now?.kpis ?? []), ...values.kpis]),
        volumes: new Map([...(now?.volumes ?? []), ...values.volumes]),
        ...(values.hours !== undefined ? { hours: values.hours } : {}),
      });
    }
    return { periods: new Map([...periods].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
  }
}
