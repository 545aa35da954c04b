/** Whether more of a KPI is better (FCR, CSAT) or less is better (response time, churn). */
export type Direction = 'higher' | 'lower';

/** A `Map`, not an object literal: user text such as `constructor` or `__proto__` must find nothing. */
const ALIASES: ReadonlyMap<string, Direction> = new Map([
  ['higher', 'higher'],
  ['hausse', 'higher'],
  ['lower', 'lower'],
  ['baisse', 'lower'],
]);

/** Accepts `higher` / `lower` and the French `hausse` / `baisse`, any case, surrounding spaces ignored. */
export function parseDirection(text: string): Direction | undefined {
  return ALIASES.get(text.trim().toLowerCase());
}
