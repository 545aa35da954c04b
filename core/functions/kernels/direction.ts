/** The sign that turns a `lower` KPI into a `higher` one, as the models mirror levels. */
import type { Direction } from '../../direction';

/** +1 for `higher`, −1 for `lower`; null for a ranged direction, which the kernels leave to the decimal path. */
export function directionSign(
  values: readonly unknown[],
  index: number,
  ranged: readonly boolean[],
): number | null {
  if (ranged[index]) return null;
  return (values[index] as Direction) === 'higher' ? 1 : -1;
}

/**
 * Whether passing needs the level beaten (`exceeds`) rather than reached; null for a ranged or unknown
 * comparison. An absent argument (a function without it) reaches.
 */
export function isStrict(
  values: readonly unknown[],
  index: number,
  ranged: readonly boolean[],
): boolean | null {
  if (ranged[index]) return null;
  const comparison = values[index] ?? 'reaches';
  return comparison === 'exceeds' ? true : comparison === 'reaches' ? false : null;
}
