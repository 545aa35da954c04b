/**
 * A contract file's field of the wrong type is an error naming a field, never a crash (issue 8: every
 * failure is one line, no stack trace). Cross-field checks read fields that had failed their own check: a
 * text `neutralFee` ("TypeError: neutralFee.gt is not a function"), a `fallbackPrice`, a rate adjustment's
 * `malusRate`, an achievement share's `target`, an `indexation` that is no object, a `levelSchedule` that
 * is no list, a repeat window or count of 0, each stopped `check` and `invoice` with "unexpected error".
 * Every field of the five templates' contracts is given each wrong value here.
 */
import { TEMPLATES } from '../templates';
import { loadContract, saveContract } from './json';

const WRONG: readonly unknown[] = ['x', 5, 0, {}, [], true, null, '-1', ['x'], { from: 5 }];

const TOP = ['vatRate', 'frequency', 'firstPeriod', 'lastPeriod', 'rounding', 'fixedFees', 'rebates'];
const TOP_TERMS = ['hourly', 'volumes', 'kpis', 'caps', 'sla', 'earnback', 'vatNote', 'amendments'];
const KPI = [
  ...['name', 'unit', 'direction', 'period', 'model', 'threshold', 'target', 'stretch', 'weight'],
  ...['amount', 'bonusRate', 'malusRate', 'tolerance', 'bonusCap', 'malusCap', 'thresholdScore'],
  ...['stretchScore', 'achievementCap', 'allocation', 'baseline', 'share', 'floor', 'validMin'],
  ...['validMax', 'comparison', 'gateKpi', 'gateLevel', 'gateComparison', 'activeMonths'],
  ...['aggregation', 'aggregationVolume', 'grading', 'baselineMonths', 'levelChange', 'ramp'],
  ...['levelSchedule', 'ratchet', 'sampleVolume', 'sampleMinimum', 'neutralFee', 'repeatPeriods'],
  ...['escalateAt', 'escalationFactor', 'criticalAt', 'gateNotEvaluated'],
];
const VOLUME = [
  ...['name', 'unit', 'mode', 'tiers', 'unitPrice', 'minimumFee', 'minimumQuantity', 'per'],
  ...['tiersPer', 'gateKpi', 'gateLevel', 'gateComparison', 'fallbackPrice', 'gatedAbove'],
];

type Json = Record<string, unknown> & {
  kpis: Record<string, unknown>[];
  volumes?: Record<string, unknown>[];
};

/** Every contract with one field set to a wrong value, and where. */
function* variants(base: Json): Generator<[string, Json]> {
  for (const value of WRONG) {
    const shown = JSON.stringify(value);
    for (const field of [...TOP, ...TOP_TERMS, 'indexation'])
      yield [`${field}=${shown}`, { ...structuredClone(base), [field]: value }];
    // A list's entry of the wrong type: `"kpis": [null, …]`.
    for (const list of ['kpis', 'volumes', 'fixedFees', 'rebates', 'amendments'])
      if (Array.isArray(base[list])) {
        const c = structuredClone(base);
        (c[list] as unknown[])[0] = value;
        yield [`${list}[0]=${shown}`, c];
      }
    for (const [i] of base.kpis.entries())
      for (const field of KPI) {
        const c = structuredClone(base);
        c.kpis[i][field] = value;
        yield [`kpis[${i}].${field}=${shown}`, c];
      }
    for (const [i] of (base.volumes ?? []).entries())
      for (const field of VOLUME) {
        const c = structuredClone(base);
        c.volumes![i][field] = value;
        yield [`volumes[${i}].${field}=${shown}`, c];
      }
  }
}

describe.each(TEMPLATES.map((t) => [t.id, t] as const))(
  'the %s contract with a field of the wrong type',
  (_id, template) => {
    const base = JSON.parse(saveContract(template.contract('en'))) as Json;

    it('is an error naming a field, never a crash', () => {
      const crashes: string[] = [];
      for (const [where, contract] of variants(base)) {
        try {
          const result = loadContract(JSON.stringify(contract));
          if (!result.ok && result.issues.some((issue) => issue.message.trim() === ''))
            crashes.push(`${where}: an issue without words`);
        } catch (e) {
          crashes.push(`${where}: ${String(e)}`);
        }
      }
      expect(crashes).toEqual([]);
    });
  },
);
