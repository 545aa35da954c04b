/**
 * The unit an Actuals row's Unit cell names, when it names one: the product writes the contract's unit
 * there (`minutes`, `percent (quarterly)`), and a user who writes another (`seconds` beside 204) gives the
 * values in that unit, which the contract would read as its own (204 minutes). Words of no unit (a volume's
 * `interaction`, a note) name none and are left as notes.
 */
import { CONTRACT_TEXT, normalizeLabel } from '../i18n/contract';
import type { KpiUnit } from './types';

/** A KPI unit, or a unit no KPI is measured in. */
export type UnitWord = KpiUnit | 'seconds' | 'days';

const WORDS = (() => {
  const words = new Map<string, UnitWord>();
  for (const t of Object.values(CONTRACT_TEXT))
    for (const [unit, label] of Object.entries(t.enums.unit) as [KpiUnit, string][])
      words.set(normalizeLabel(label), unit);
  const more: [UnitWord, string[]][] = [
    ['percent', ['%', 'pct', 'percentage', 'pourcent']],
    ['minutes', ['minute', 'min', 'mins', 'mn']],
    ['hours', ['hour', 'h', 'hr', 'hrs', 'heure']],
    ['seconds', ['seconds', 'second', 's', 'sec', 'secs', 'secondes', 'seconde']],
    ['days', ['days', 'day', 'd', 'jours', 'jour', 'j']],
    ['points', ['point', 'pts', 'pt']],
  ];
  for (const [unit, list] of more) for (const word of list) words.set(normalizeLabel(word), unit);
  return words;
})();

/** The unit `text` names before any parenthesis (`minutes (average)`), or undefined. */
export function unitNamed(text: string): UnitWord | undefined {
  return WORDS.get(normalizeLabel(text.replace(/\(.*$/s, '')));
}
