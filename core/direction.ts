/** Whether more of a KPI is better (FCR, CSAT) or less is better (response time, churn). */
export type Direction = 'higher' | 'lower';

const ALIASES: Record<string, Direction> = {
  higher: 'higher',
  hausse: 'higher',
  lower: 'lower',
  baisse: 'lower',
};

/** Accepts `higher` / `lower` and the French `hausse` / `baisse`, any case, surrounding spaces ignored. */
export function parseDirection(text: string): Direction | undefined {
  return ALIASES[text.trim().toLowerCase()];
}
