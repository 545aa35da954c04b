/**
 * NPS over its table in one pass: counts in integers, the one division rounded as the decimal path's
 * quotient. Any cell that is not blank or a whole number from 0 to 10 sends the call to the decimal path,
 * which names it.
 */
import { isBlank, isMatrix, type HostArg } from '../hostValues';
import { quotientOf } from './exact';
import type { TableKernel } from './kernel';

// The builtins the loop reads, as module constants (see columns.ts: globals are slow in Jest's vm context).
const { Array, Number } = globalThis;

function run([responses]: readonly HostArg[]): number | undefined {
  if (responses === undefined || !isMatrix(responses)) return undefined;
  let promoters = 0;
  let detractors = 0;
  let answers = 0;
  const width = responses.length > 0 ? responses[0].length : 0;
  for (const row of responses) {
    if (!Array.isArray(row) || row.length !== width) return undefined;
    for (const value of row) {
      if (isBlank(value)) continue;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 10) return undefined;
      answers++;
      if (value >= 9) promoters++;
      else if (value <= 6) detractors++;
    }
  }
  if (answers === 0) return undefined;
  const score = quotientOf(100 * (promoters - detractors), 0, answers, 0);
  return Number.isNaN(score) ? undefined : score;
}

export const npsKernel: TableKernel = { args: ['responses'], run };
