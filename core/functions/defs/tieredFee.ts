import { readNumberText } from '../../contract/numberText';
import { counted } from '../../i18n/plural';
import { ZERO, fromHostNumber, type Dec } from '../../money';
import { tieredFee, type Tier } from '../../models/tieredFee';
import { requiredNumber, tierModeArg } from '../argTypes';
import { isBlank, type HostMatrix, type HostScalar } from '../hostValues';
import { TableFault, defineFunction, type TableArg } from '../types';

const COLUMNS = ['up_to', 'unit_price', 'flat_fee'] as const;

/** Whether a cell reads as a number: a number, or text that any number convention reads ("100", "1,5"). */
function readsAsNumber(value: HostScalar): boolean {
  if (typeof value === 'number') return true;
  if (typeof value !== 'string') return false;
  const read = readNumberText(value, 'unknown');
  return !('problem' in read) || read.problem === 'ambiguous';
}

function tierNumber(value: HostScalar, row: number, column: number): Dec {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    const asText = typeof value === 'string' && readsAsNumber(value) ? ', not a number stored as text' : '';
    throw new TableFault(`${COLUMNS[column - 1]} must be a number ≥ 0${asText}`, value, row, column);
  }
  return fromHostNumber(value);
}

/**
 * Rows of up_to | unit_price | [flat_fee]. The first row is a header when none of its cells reads as a
 * number, not even as text: a first tier of numbers stored as text is a bad tier, reported, never dropped.
 */
function parseTiers(cells: HostMatrix): Tier[] {
  const width = cells[0].length;
  if (width < 2 || width > 3)
    throw new TableFault(
      'must have 2 or 3 columns (up_to, unit_price, flat_fee)',
      counted('en', width, 'column', 'columns'),
      1,
      1,
    );
  const hasHeader =
    cells[0].some((v) => typeof v === 'string' && v.trim() !== '') && !cells[0].some(readsAsNumber);
  const tiers: Tier[] = [];
  // Blank rows under the grid (an open-ended D2:F in Sheets, a whole column) do not make a tier last.
  let lastFilled = cells.length - 1;
  while (lastFilled > 0 && cells[lastFilled].every(isBlank)) lastFilled--;
  cells.forEach((row, r) => {
    if (r === 0 && hasHeader) return;
    const line = r + 1;
    if (row.every(isBlank)) return;
    const isLast = r === lastFilled;
    const upToCell = row[0];
    let upTo: Dec | null = null;
    if (isBlank(upToCell)) {
      if (!isLast) throw new TableFault('up_to may be blank only in the last row', upToCell, line, 1);
    } else {
      upTo = tierNumber(upToCell, line, 1);
      const previous = tiers.length > 0 ? tiers[tiers.length - 1].upTo : ZERO;
      if (previous !== null && !upTo.gt(previous)) {
        throw new TableFault(
          tiers.length > 0 ? 'up_to must strictly increase' : 'up_to must be > 0',
          upToCell,
          line,
          1,
        );
      }
    }
    if (isBlank(row[1])) throw new TableFault('unit_price is required', row[1], line, 2);
    const unitPrice = tierNumber(row[1], line, 2);
    const flatFee = width === 3 && !isBlank(row[2]) ? tierNumber(row[2], line, 3) : ZERO;
    tiers.push({ upTo, unitPrice, flatFee });
  });
  if (tiers.length === 0) throw new TableFault('must have at least one tier', 'no tiers', 1, 1);
  return tiers;
}

const tiersArg: TableArg<Tier[]> = {
  kind: 'table',
  name: 'tiers',
  help: {
    en: 'table up_to | unit_price | [flat_fee], one row per tier, ascending; blank last up_to = no limit; a first row with no cell that reads as a number (not even "100" stored as text) is a header',
    fr: 'tableau plafond | prix unitaire | [forfait], une ligne par tranche, croissant ; dernier plafond vide = sans limite ; une première ligne sans aucune cellule lisible comme un nombre (pas même « 100 » en texte) est un en-tête',
  },
  expects: 'a table of tiers',
  hostType: 'number',
  optional: false,
  parse: parseTiers,
};

export const TIEREDFEE = defineFunction({
  name: 'TIEREDFEE',
  summary: {
    en: 'Price of a quantity of outcomes on a tier grid, graduated or volume, with optional flat fees per tier.',
    fr: 'Prix d’une quantité de résultats selon une grille de tranches, progressive ou volume, avec forfait par tranche.',
  },
  args: [
    requiredNumber(
      'quantity',
      {
        en: 'number of outcomes (≥ 0, may be fractional)',
        fr: 'nombre de résultats (≥ 0, éventuellement fractionnaire)',
      },
      { min: 0 },
    ),
    tiersArg,
    tierModeArg(),
  ],
  examples: [
    { formula: 'TIEREDFEE(650, {100, 2; 500, 1.5; , 1})', result: 950 },
    { formula: 'TIEREDFEE(650, {100, 2; 500, 1.5; , 1}, "volume")', result: 650 },
    { formula: 'TIEREDFEE(500, {100, 2; 500, 1.5; , 1})', result: 800 },
    { formula: 'TIEREDFEE(500, {100, 2; 500, 1.5; , 1}, "volume")', result: 750 },
    { formula: 'TIEREDFEE(0, {100, 2; 500, 1.5; , 1})', result: 0 },
    { formula: 'TIEREDFEE(1, {10, 10, 2; 20, 5, 3; , 5, 3})', result: 12 },
    { formula: 'TIEREDFEE(10, {10, 10, 2; 20, 5, 3; , 5, 3})', result: 102 },
    { formula: 'TIEREDFEE(11, {10, 10, 2; 20, 5, 3; , 5, 3})', result: 110 },
    { formula: 'TIEREDFEE(21, {10, 10, 2; 20, 5, 3; , 5, 3})', result: 163 },
  ],
  impl: ([quantity, tiers, mode]) => tieredFee(quantity, tiers, mode).amount,
});
