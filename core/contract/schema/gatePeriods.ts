/**
 * A gate KPI must form one value on every invoice that judges what it gates. A half-yearly NPS with no
 * aggregation has a value on June and December only, so a monthly bonus it gates could be invoiced in no
 * other month, and the check said so only once actuals were entered, month by month. The contract check
 * finds those invoices with the rule invoicing reads the gate by (`gatesWithoutValue`), on a contract of
 * the gated clause (or volume) and its gate alone, and refuses the gate, naming both and the first invoice
 * it would stop. The time-boxed gate KPI is `gates.ts`'s.
 */
import { gatesWithoutValue } from '../gateReading';
import { FREQUENCY_MONTHS, addMonths, comparePeriods, isPeriod } from '../period';
import { gatePeriodProblems, type GateGap, type GatedOwner } from '../../i18n/gatePeriod';
import {
  FREQUENCIES,
  type Contract,
  type Frequency,
  type KpiClause,
  type Language,
  type Period,
  type VolumeFee,
} from '../types';

/** The contract fields the invoicing windows count from, as they may stand before they are checked. */
interface Header {
  readonly frequency?: unknown;
  readonly firstPeriod?: unknown;
  readonly lastPeriod?: unknown;
}

/** Every window of the contract repeats within 12 months of its first; 24 hold each one whole. */
const SCANNED_MONTHS = 24;

export function gateValueProblems(
  raw: Header,
  kpis: readonly KpiClause[],
  volumes: readonly VolumeFee[],
  add: (path: PropertyKey[], message: string) => void,
  clean: (...path: PropertyKey[]) => boolean,
  lang: Language,
): void {
  const header = cleanHeader(raw, clean);
  if (header === undefined) return;
  // A clause's own fields the windows read, each already valid (a too-short period is said on its own).
  const readable = (path: PropertyKey[], k: KpiClause) =>
    ['period', 'aggregation', 'activeMonths'].every((f) => clean(...path, f)) &&
    FREQUENCIES.includes(k.period) &&
    (k.aggregation !== undefined || FREQUENCY_MONTHS[k.period] >= FREQUENCY_MONTHS[header.frequency]);
  const check = (path: PropertyKey[], owner: { name?: unknown; gateKpi?: unknown }, clause?: KpiClause) => {
    const name = owner?.gateKpi;
    if (typeof name !== 'string' || typeof owner.name !== 'string' || !clean(...path, 'gateKpi')) return;
    const index = kpis.findIndex(
      (k) => typeof k?.name === 'string' && k.name.toLowerCase() === name.toLowerCase(),
    );
    const gate = kpis[index];
    if (gate === undefined || !readable(['kpis', index], gate)) return;
    if (clause !== undefined && !readable(path, clause)) return;
    const alone = (k: KpiClause, gateKpi?: string) =>
      ({
        name: k.name,
        period: k.period,
        aggregation: k.aggregation,
        activeMonths: k.activeMonths,
        gateKpi,
      }) as KpiClause;
    const contract = {
      ...header,
      kpis: clause === undefined ? [alone(gate)] : [alone(clause, gate.name), alone(gate)],
      volumes: clause === undefined ? [{ name: owner.name, gateKpi: gate.name }] : [],
    } as unknown as Contract;
    const months = [
      ...Array.from({ length: SCANNED_MONTHS }, (_, i) => addMonths(header.firstPeriod, i)),
      ...(clause?.activeMonths ?? []),
    ];
    const found = gatesWithoutValue(contract, months).find((g) => g.owner === owner.name);
    if (found === undefined) return;
    const gap: GateGap =
      gate.aggregation === undefined ? 'closing' : gate.aggregation === 'each-month' ? 'each-month' : 'later';
    add(
      [...path, 'gateKpi'],
      gatePeriodProblems(lang).gateWithoutValue(
        gate.name,
        gate.period,
        gap,
        gated(owner.name, clause, header),
        found.months,
      ),
    );
  };
  kpis.forEach((kpi, i) => check(['kpis', i], kpi, kpi));
  volumes.forEach((volume, i) => check(['volumes', i], volume));
}

/** What is gated as the message says it: a clause evaluated every period (its own or the invoices'), or in its months. */
function gated(name: string, clause: KpiClause | undefined, header: { frequency: Frequency }): GatedOwner {
  if (clause === undefined) return { kind: 'volume', name };
  if (clause.activeMonths !== undefined) return { kind: 'time-boxed', name, months: clause.activeMonths };
  const longer = FREQUENCY_MONTHS[clause.period] >= FREQUENCY_MONTHS[header.frequency];
  return { kind: 'clause', name, period: longer ? clause.period : header.frequency };
}

function cleanHeader(
  raw: Header,
  clean: (...path: PropertyKey[]) => boolean,
): { frequency: Frequency; firstPeriod: Period; lastPeriod?: Period } | undefined {
  const { frequency, firstPeriod, lastPeriod } = raw;
  if (!clean('frequency') || !FREQUENCIES.includes(frequency as Frequency)) return undefined;
  if (!clean('firstPeriod') || typeof firstPeriod !== 'string' || !isPeriod(firstPeriod)) return undefined;
  if (lastPeriod === undefined) return { frequency: frequency as Frequency, firstPeriod };
  if (!clean('lastPeriod') || typeof lastPeriod !== 'string' || !isPeriod(lastPeriod)) return undefined;
  if (comparePeriods(lastPeriod, firstPeriod) < 0) return undefined;
  return { frequency: frequency as Frequency, firstPeriod, lastPeriod };
}
