/**
 * The parsed contract of a Contract-sheet range, cached by content: a sheet of scenarios calls CONTRACTFEE
 * once per row with the same range, and Goal Seek or a Data Table recalculates it hundreds of times, so
 * the contract is parsed once per distinct content. Keyed by the SHA-256 of the cells (any edit to the
 * range is a new key, never a stale contract); the least recently used entry goes first.
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import type { HostMatrix } from './hostValues';

/** Distinct contract ranges kept: a workbook compares a few contracts, not dozens. */
const CAPACITY = 8;

/** A least-recently-used map of `capacity` entries (a Map keeps insertion order: the oldest comes first). */
export class Lru<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * UTF-8 bytes of a text. Written out because Apps Script has no `TextEncoder` (nor, in every runtime,
 * Excel's custom functions), which `@noble/hashes`' own `utf8ToBytes` needs.
 */
function utf8(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const c = char.codePointAt(0)!;
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(bytes);
}

/** The content key of a range: its cells' values and types (a number 1 and a text "1" differ). */
export function rangeKey(cells: HostMatrix): string {
  const text = JSON.stringify(cells, (_key, value: unknown) =>
    value instanceof Date ? { date: value.toISOString() } : value === undefined ? null : value,
  );
  return bytesToHex(sha256(utf8(text)));
}

/** `parse(cells)` once per distinct content of the range. */
export function cachedByContent<V>(parse: (cells: HostMatrix) => V, capacity = CAPACITY) {
  const cache = new Lru<V>(capacity);
  return {
    parse(cells: HostMatrix): V {
      const key = rangeKey(cells);
      const hit = cache.get(key);
      if (hit !== undefined) return hit;
      const value = parse(cells);
      cache.set(key, value);
      return value;
    },
    cache,
  };
}
