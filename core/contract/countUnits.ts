/**
 * Whether a volume's unit (free text: `interaction`, `demande`, `support ticket`) counts things that come
 * whole, so that a fraction given for it (`42.5`: a decimal comma read in a `,` file, an average pasted for
 * a count) is a mistake rather than a quantity. A unit is a count when one of its words is a count word
 * and none is a measure that divides (`ticket hour`); a unit the lists do not know (`unit`, `kWh`) is
 * read as given, so no contract that invoiced before is refused for a word it uses.
 */
import { normalizeLabel } from '../i18n/contract';
import type { Contract } from './types';

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
 * Why volume `name` comes whole, or undefined: its unit is a count, or a clause counts its minimum sample
 * in it (survey answers: a volume the contract may not price, so with no unit to say it).
 */
export function wholeCountOf(
  contract: Pick<Contract, 'volumes' | 'kpis'>,
  name: string,
): { readonly unit: string } | { readonly sampleOf: string } | undefined {
  const unit = contract.volumes.find((v) => v.name === name)?.unit;
  if (unit !== undefined && isCountUnit(unit)) return { unit };
  const sampled = contract.kpis.find((k) => k.sampleVolume?.toLowerCase() === name.toLowerCase());
  return sampled === undefined ? undefined : { sampleOf: sampled.name };
}
