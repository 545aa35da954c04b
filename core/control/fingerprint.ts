/**
 * The fingerprint of an invoice: SHA-256 of the canonical contract terms, the actuals values the invoice
 * used and the engine version. Same inputs, same fingerprint; a changed term or used value, another one.
 * The core computes it (the task pane prints it too), so it uses a pure-JS SHA-256 (`@noble/hashes`).
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { contractToJson } from '../contract/json';
import type { Contract, Period } from '../contract/types';
import { canonicalJson } from './canonicalJson';
import type { ActualRead } from './usedActuals';

/**
 * Version of the invoice engine, part of every fingerprint: the package version (a test keeps them equal),
 * so an invoice computed by another release never passes for one computed by this one.
 */
export const ENGINE_VERSION = '0.1.0';

/** What an invoice records about the inputs it was computed from. */
export interface InvoiceSeal {
  /** 64 hex digits. */
  readonly fingerprint: string;
  /** The contract's `version` field, else `sha256:` and the first 16 hex digits of its terms' hash. */
  readonly contractVersion: string;
  readonly engineVersion: string;
}

/** SHA-256 of a text's UTF-8 bytes, in lower-case hex. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** The contract's terms as canonical JSON: every default applied, so equal terms give one text. */
export function canonicalTerms(contract: Contract): string {
  return canonicalJson(contractToJson(contract));
}

/** The version a contract states, or a hash of its terms: an amended contract has another version. */
export function contractVersion(contract: Contract): string {
  return contract.version ?? `sha256:${sha256Hex(canonicalTerms(contract)).slice(0, 16)}`;
}

/**
 * The seal of an invoice of `months` computed from `contract` with the actuals `reads`. Hashing waits until
 * the seal is read: scenario and exposure searches build thousands of invoices that nobody files.
 */
export function invoiceSeal(
  contract: Contract,
  months: readonly Period[],
  reads: readonly ActualRead[],
): InvoiceSeal {
  let fingerprint: string | undefined;
  let version: string | undefined;
  return {
    get fingerprint() {
      return (fingerprint ??= sha256Hex(sealedPayload(contract, months, reads)));
    },
    get contractVersion() {
      return (version ??= contractVersion(contract));
    },
    engineVersion: ENGINE_VERSION,
  };
}

/** What the fingerprint hashes, as canonical JSON. */
function sealedPayload(contract: Contract, months: readonly Period[], reads: readonly ActualRead[]): string {
  const used = reads
    .map(
      (r) =>
        [
          r.period,
          r.kind,
          r.name,
          r.value === null || typeof r.value === 'string' ? r.value : r.value.toFixed(),
        ] as const,
    )
    .sort((a, b) => compare(a[0], b[0]) || compare(a[1], b[1]) || compare(a[2], b[2]));
  return canonicalJson({ engine: ENGINE_VERSION, contract: contractToJson(contract), months, actuals: used });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
