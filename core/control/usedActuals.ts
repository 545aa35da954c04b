/**
 * Which actuals an invoice used. The engine reads actuals through maps; a recording view of them notes each
 * value looked up, and each lookup that found nothing (a value not measured yet can decide an earnback), so
 * the fingerprint covers exactly the values the invoice depends on, whatever engine code reads them.
 */
import type { ActualKind } from '../contract/actuals';
import type { Actuals, Period, PeriodActuals } from '../contract/types';
import type { Dec } from '../money';

/** One lookup: a value (`null` when absent), or a month looked up and not found (kind `month`). */
export interface ActualRead {
  readonly period: Period;
  readonly kind: ActualKind | 'month';
  readonly name: string;
  /** An exclusion's reason is text. */
  readonly value: Dec | string | null;
}

type Note = (kind: ActualRead['kind'], name: string, value: Dec | string | null) => void;

/** A read-only view of a map that notes every key looked up or listed, and may wrap the values it hands out. */
class RecordingMap<V> implements ReadonlyMap<string, V> {
  constructor(
    private readonly inner: ReadonlyMap<string, V>,
    private readonly note: (key: string, value: V | undefined) => void,
    private readonly wrap: (key: string, value: V) => V = (_key, value) => value,
  ) {}

  get size(): number {
    for (const [key, value] of this.inner) this.note(key, value);
    return this.inner.size;
  }

  get(key: string): V | undefined {
    const value = this.inner.get(key);
    this.note(key, value);
    return value === undefined ? undefined : this.wrap(key, value);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  *entries(): MapIterator<[string, V]> {
    for (const [key, value] of this.inner) {
      this.note(key, value);
      yield [key, this.wrap(key, value)];
    }
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}

function recordingPeriod(values: PeriodActuals, note: Note): PeriodActuals {
  return {
    kpis: new RecordingMap(values.kpis, (name, v) => note('kpi', name, v ?? null)),
    volumes: new RecordingMap(values.volumes, (name, v) => note('volume', name, v ?? null)),
    get hours() {
      note('hours', '', values.hours ?? null);
      return values.hours;
    },
    // Only an exclusion found is noted: without one the invoice reads the KPI's value, which is noted, so
    // actuals without exclusions keep the seal they always had.
    ...(values.exclusions && {
      exclusions: new RecordingMap(values.exclusions, (name, reason) => {
        if (reason !== undefined) note('excluded', name, reason);
      }),
    }),
    // A price index read for a revision (Syntec) is a value the invoice depends on.
    ...(values.indices && {
      indices: new RecordingMap(values.indices, (name, v) => note('index', name, v ?? null)),
    }),
  };
}

/** A view of `actuals` for the engine, and the reads made through it so far (each once, in order). */
export function recordingActuals(actuals: Actuals): { actuals: Actuals; reads(): ActualRead[] } {
  const reads = new Map<string, ActualRead>();
  const noteFor =
    (period: Period): Note =>
    (kind, name, value) => {
      const key = `${period}\u0000${kind}\u0000${name}`;
      if (!reads.has(key)) reads.set(key, { period, kind, name, value });
    };
  const views = new Map<Period, PeriodActuals>();
  const periods = new RecordingMap<PeriodActuals>(
    actuals.periods,
    (period, values) => values === undefined && noteFor(period)('month', '', null),
    (period, values) => {
      let view = views.get(period);
      if (!view) views.set(period, (view = recordingPeriod(values, noteFor(period))));
      return view;
    },
  );
  return { actuals: { periods }, reads: () => [...reads.values()] };
}
