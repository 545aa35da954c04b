/**
 * Canonical JSON, the text a fingerprint hashes: keys sorted (by UTF-16 code units, as RFC 8785 does), no
 * whitespace, decimals as their canonical string (`2.10` and `2.1` are one term), absent fields dropped. Two
 * values that mean the same terms give the same text, whatever order or spelling their source used.
 */
import { isDec } from '../money';

/** The canonical JSON text of `value`; throws on what JSON cannot hold (a function, a non-finite number). */
export function canonicalJson(value: unknown): string {
  if (isDec(value)) return JSON.stringify(value.toFixed());
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`not a JSON number: ${value}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new TypeError(`not a JSON value: ${typeof value}`);
}
