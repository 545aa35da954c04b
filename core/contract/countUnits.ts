/**
 * Whether a volume's unit (free text: `interaction`, `demande`, `support ticket`) counts things that come
 * whole, so that a fraction given for it (`42.5`: a decimal comma read in a `,` file, an average pasted for
 * a count) is a mistake rather than a quantity. A unit is a count when one of its words is a count word
 * and none is a measure that divides (`ticket hour`); a unit the lists do not know (`unit`, `kWh`) is
 * read as given, so no contract that invoiced before is refused for a word it uses.
 */
import { normalizeLabel, type ContractProblems, type WholeHint } from '../i18n/contract';
import type { Dec } from '../money';
import type { Contract, KpiCommon } from './types';

/** Things counted whole, English and French, singular (a word is looked up as written and without its plural `s` or `x`). */
const COUNT_WORDS = new Set(
  (
    'interaction contact ticket application demande dossier case cas call appel workstation poste user ' +
    'utilisateur order commande transaction claim sinistre request requete incident invoice facture chat ' +
    'email mail courriel visit visite shipment colis parcel device appareil account compte seat licence ' +
    'license employee salarie patient student etudiant answer reponse survey enquete lead sale vente ' +
    'booking reservation message letter lettre courrier subscriber abonne customer client member membre ' +
    'loan pret agent'
  ).split(' '),
);

/** Measures that divide: a unit holding one of them is no count, whatever else it says. */
const MEASURE_WORDS = new Set(
  'hour heure minute day jour month mois kwh mwh kg km tonne litre gb go mb mo tb to euro dollar'.split(' '),
);

function singular(word: string): string {
  return word.length > 3 && /[sx]$/.test(word) ? word.slice(0, -1) : word;
}

export function isCountUnit(unit: string): boolean {
  const words = normalizeLabel(unit)
    .split(/[-'()]+/)
    .filter((word) => word !== '');
  const has = (set: ReadonlySet<string>) => words.some((w) => set.has(w) || set.has(singular(w)));
  return has(COUNT_WORDS) && !has(MEASURE_WORDS);
}

/**
 * What is wrong with `amount` of volume `name`, when it comes whole and `amount` is a fraction: its unit is
 * a count, or a clause counts its minimum sample in it (survey answers: a volume the contract may not
 * price, so with no unit to say it). The Actuals reader and CONTRACTFEE say the same.
 */
export function fractionProblem(
  contract: Pick<Contract, 'volumes' | 'kpis'>,
  name: string,
  amount: Dec,
  p: ContractProblems,
): string | undefined {
  if (amount.isInteger()) return undefined;
  const unit = contract.volumes.find((v) => v.name === name)?.unit;
  if (unit !== undefined && isCountUnit(unit))
    return p.fractionalCount(name, unit, p.decimal(amount), wholeHint(amount, p));
  const sampled = sampledBy(contract, name);
  if (sampled === undefined) return undefined;
  return p.fractionalSample(name, sampled.name, p.decimal(amount), wholeHint(amount, p));
}

/**
 * What is wrong with `value` measured for a KPI in the unit `count` (coaching sessions, incidents) when it is
 * a fraction: a count comes whole, as a forecast draws it. Its levels and baseline may be fractions (a
 * baseline averaged over months); the value measured may not.
 */
export function countKpiProblem(
  clause: Pick<KpiCommon, 'name' | 'unit'>,
  value: Dec,
  p: ContractProblems,
): string | undefined {
  if (clause.unit !== 'count' || value.isInteger()) return undefined;
  return p.fractionalCountKpi(clause.name, p.decimal(value), wholeHint(value, p));
}

/** The whole numbers either side of fraction `value`, the hint of a count typed with one. */
export function wholeHint(value: Dec, p: ContractProblems): WholeHint {
  return [p.decimal(value.floor()), p.decimal(value.ceil())];
}

/** The clause counting its minimum sample in volume `name`, if any. */
function sampledBy(contract: Pick<Contract, 'kpis'>, name: string) {
  return contract.kpis.find((k) => k.sampleVolume?.toLowerCase() === name.toLowerCase());
}

/** Whether volume `name` comes whole, as `fractionProblem` holds it to: a forecast draws it whole. */
export function comesWhole(contract: Pick<Contract, 'volumes' | 'kpis'>, name: string): boolean {
  const unit = contract.volumes.find((v) => v.name === name)?.unit;
  return (unit !== undefined && isCountUnit(unit)) || sampledBy(contract, name) !== undefined;
}
