/**
 * The values an issued invoice prints (each KPI's actual on its month, a month's volumes and hours as line
 * quantities), put back over today's actuals to rebuild the invoice as it was issued. Its sheet and its
 * JSON print the same values; each reader collects them here, so both rebuild it one way.
 */
import { invoiceWindow } from '../contract/period';
import type { Actuals, Contract, Period, PeriodActuals } from '../contract/types';
import { invoiceTexts } from '../i18n/invoice';
import type { Dec } from '../money';

/** What an issued invoice prints of one month. */
export interface PrintedMonth {
  readonly kpis: Map<string, Dec>;
  readonly volumes: Map<string, Dec>;
  hours?: Dec;
}

/** The printed values, month by month, of an invoice of `contract` for `period`. */
export class PrintedActuals {
  private readonly months = new Map<Period, PrintedMonth>();
  /** The month whose volumes and hours the lines print: a longer period's quantities are sums of months. */
  private readonly month: Period | undefined;
  private readonly volumes: ReadonlySet<string>;
  private readonly hours: string | null;

  constructor(contract: Contract, period: Period) {
    const months = invoiceWindow(contract, period) ?? [period];
    this.month = months.length === 1 ? months[0] : undefined;
    this.volumes = new Set(contract.volumes.map((v) => v.name));
    this.hours = contract.hourly ? contract.hourly.label || invoiceTexts(contract.language).hours : null;
  }

  /** Whether the line labelled `label` prints a month's quantity: its volume, or its hours. */
  printsQuantity(label: string): boolean {
    return this.month !== undefined && (this.volumes.has(label) || label === this.hours);
  }

  /** The quantity of the line labelled `label`, when it prints one (`printsQuantity`). */
  quantity(label: string, value: Dec): void {
    if (this.month === undefined || !this.printsQuantity(label)) return;
    if (label === this.hours) this.at(this.month).hours = value;
    else this.at(this.month).volumes.set(label, value);
  }

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
