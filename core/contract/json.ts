/**
 * The versioned contract file (`"schema": "outcome-fees/contract@1"`, see docs/contract-format.md).
 * Amounts and rates are written as decimal strings ("2.10"), never as floating-point numbers.
 */
import { contractText } from '../i18n/contract';
import { isDec, type Dec } from '../money';
import { failed, ok, pathIssue, type Issue, type Result } from './issues';
import { contractSchema } from './schema/contract';
import type { Contract, Language } from './types';

/** Options of the readers: the language of their messages (English by default). */
export interface ReadOptions {
  readonly lang?: Language;
}

/** Validates a contract given as a parsed JSON value; every issue names its field path. */
export function parseContract(value: unknown, options: ReadOptions = {}): Result<Contract> {
  const parsed = contractSchema(options.lang ?? 'en').safeParse(value);
  if (parsed.success) return ok(parsed.data);
  return failed(parsed.error.issues.map((issue) => pathIssue(issue.path, issue.message)));
}

/** Reads a contract file's text. */
export function loadContract(json: string, options: ReadOptions = {}): Result<Contract> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const issue: Issue = pathIssue([], contractText(options.lang ?? 'en').problems.invalidJson(detail));
    return failed([issue]);
  }
  return parseContract(value, options);
}

/** The contract as a plain JSON value: decimals as strings, absent options left out. */
export function contractToJson(contract: Contract): unknown {
  return toJsonValue(contract);
}

/** The contract file's text: `contractToJson`, indented by two spaces, with a final newline. */
export function saveContract(contract: Contract): string {
  return `${JSON.stringify(contractToJson(contract), null, 2)}\n`;
}

function toJsonValue(value: unknown): unknown {
  if (isDec(value)) return decimalText(value);
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return Object.fromEntries(entries.map(([k, v]) => [k, toJsonValue(v)]));
  }
  return value;
}

/** Plain notation, never exponent: 0.00000001 stays readable and exact. */
function decimalText(value: Dec): string {
  return value.toFixed();
}
