/**
 * Targets that move (issue 11): a clause's levels stated as a change from a baseline, following a ramp or a
 * dated schedule, or raised each contract year by a ratchet. The types, and the one text form each term has
 * in a Contract sheet cell, read and written here so that a painted contract reads back as itself. Numbers
 * inside these texts follow the cell rule of `numberText.ts`: read when every convention reads them alike.
 */
import type { Dec } from '../money';
import { dec } from '../money';
import { readNumberText } from './numberText';
import { addMonths, comparePeriods, isPeriod, periodIndex } from './period';
import type { KpiLevel } from './sheetSpec';
import type { Contract, KpiClause, Language, Period } from './types';

/** How the levels of a clause with a baseline are stated: `relative` +0.2 is +20 %, `absolute` −0.1 is −10 points. */
export type LevelChange = 'relative' | 'absolute';
/** Both, in display order. */
export const LEVEL_CHANGES: readonly LevelChange[] = ['relative', 'absolute'];

/** Values for some of the levels (threshold, target, stretch). */
export type LevelValues = Partial<Readonly<Record<KpiLevel, Dec>>>;

/**
 * A linear glide path: each level moves from the start (the baseline, or `from`) to its stated value over
 * `periods` evaluation periods, the first of them the one closing in or after `start`.
 */
export interface Ramp {
  readonly start: Period;
  readonly periods: number;
  /** The level the ramp starts from when the clause has no baseline. */
  readonly from?: Dec;
}

/** One row of a dated schedule: from `from` on, these levels replace the stated ones. */
export type ScheduleStep = { readonly from: Period } & LevelValues;

/**
 * Continuous improvement: the minimum rises each contract year by `step`, or to the average of the best
 * `bestMonths` values of the previous contract year, never beyond `ceiling` (nor ever down).
 */
export type Ratchet =
  { readonly step: Dec; readonly ceiling: Dec } | { readonly bestMonths: number; readonly ceiling: Dec };

/** The level keywords of a schedule text, in both languages. */
const LEVEL_WORDS: Readonly<Record<Language, Readonly<Record<KpiLevel, string>>>> = {
  en: { threshold: 'threshold', target: 'target', stretch: 'stretch' },
  fr: { threshold: 'seuil', target: 'objectif', stretch: 'excellence' },
};

/** A number in a cell text, or `undefined` when it is not one or reads two ways (`1,234`). */
export function numberInText(text: string): Dec | undefined {
  const read = readNumberText(text.trim(), 'unknown');
  return 'value' in read ? dec(read.value) : undefined;
}

/** A number written so that every convention reads it alike: `1.2340` rather than the ambiguous `1.234`. */
export function numberToText(value: Dec, lang: Language): string {
  const plain = value.toFixed();
  let text = lang === 'fr' ? plain.replace('.', ',') : plain;
  if (numberInText(text)?.eq(value) !== true) text = `${text}0`;
  return text;
}

/** Months as a cell writes them: runs as `2026-01..2026-03`, others separated by `, `. */
export function monthsToText(months: readonly Period[]): string {
  const parts: string[] = [];
  for (let i = 0; i < months.length;) {
    let j = i;
    while (j + 1 < months.length && months[j + 1] === addMonths(months[j], 1)) j++;
    parts.push(j > i ? `${months[i]}..${months[j]}` : months[i]);
    i = j + 1;
  }
  return parts.join(', ');
}

/** `2026-01..2026-03, 2026-05` as months, in order of writing; `undefined` naming the bad part. */
export function monthsFromText(text: string): { months: Period[] } | { bad: string } {
  const months: Period[] = [];
  for (const part of text.split(/[,;\s]+/).filter((p) => p !== '')) {
    const range = /^(\d{4}-\d{2})\.\.(\d{4}-\d{2})$/.exec(part);
    if (range && isPeriod(range[1]) && isPeriod(range[2]) && comparePeriods(range[1], range[2]) <= 0) {
      for (let m = range[1]; comparePeriods(m, range[2]) <= 0; m = addMonths(m, 1)) months.push(m);
    } else if (isPeriod(part)) months.push(part);
    else return { bad: part };
  }
  return { months };
}

const RAMP_TEXT =
  /^\s*(\d{4}-\d{2})\s+(?:over|sur)\s+(\d+)(?:\s+(?:periods?|périodes?))?(?:\s+(?:from|depuis)\s+(.+?))?\s*$/i;

/** `2026-07 over 6 periods from 6` (French `2026-07 sur 6 périodes depuis 6`); `undefined` if it does not read. */
export function rampFromText(text: string): { start: string; periods: number; from?: Dec } | undefined {
  const m = RAMP_TEXT.exec(text);
  if (!m) return undefined;
  const from = m[3] === undefined ? undefined : numberInText(m[3]);
  if (m[3] !== undefined && from === undefined) return undefined;
  return { start: m[1], periods: Number(m[2]), ...(from === undefined ? {} : { from }) };
}

export function rampToText(ramp: Ramp, lang: Language): string {
  const [over, periods, from] = lang === 'fr' ? ['sur', 'périodes', 'depuis'] : ['over', 'periods', 'from'];
  const start = `${ramp.start} ${over} ${ramp.periods} ${periods}`;
  return ramp.from === undefined ? start : `${start} ${from} ${numberToText(ramp.from, lang)}`;
}

const STEP_TEXT = /^\s*(?:from|dès|des)?\s*(\d{4}-\d{2})\s*:\s*(.+?)\s*$/i;

/**
 * `from 2026-07: 0.25; from 2027-01: 0.3` (one level), or with the levels named: `2026-07: threshold 0.2
 * target 0.25` (French `dès 2026-07 : seuil 0,2 objectif 0,25`). A bare number comes back as `single`,
 * for the one level the clause states; `bad` names the step that does not read.
 */
export function scheduleFromText(text: string): { steps: Record<string, unknown>[] } | { bad: string } {
  const steps: Record<string, unknown>[] = [];
  for (const part of text.split(';').filter((p) => p.trim() !== '')) {
    const m = STEP_TEXT.exec(part);
    if (!m) return { bad: part.trim() };
    const step: Record<string, unknown> = { from: m[1] };
    const words = [...Object.entries(LEVEL_WORDS.en), ...Object.entries(LEVEL_WORDS.fr)];
    const pattern = new RegExp(`(${words.map(([, w]) => w).join('|')})\\s+`, 'gi');
    const pieces = m[2].split(pattern);
    if (pieces.length === 1) {
      const value = numberInText(m[2]);
      if (value === undefined) return { bad: part.trim() };
      step.single = value;
    } else {
      if (pieces[0].trim() !== '') return { bad: part.trim() };
      for (let i = 1; i < pieces.length; i += 2) {
        const level = words.find(([, w]) => w.toLowerCase() === pieces[i].toLowerCase())![0];
        const value = numberInText(pieces[i + 1]);
        if (value === undefined || level in step) return { bad: part.trim() };
        step[level] = value;
      }
    }
    steps.push(step);
  }
  return { steps };
}

export function scheduleToText(steps: readonly ScheduleStep[], lang: Language): string {
  const from = lang === 'fr' ? 'dès' : 'from';
  const colon = lang === 'fr' ? ' :' : ':';
  return steps
    .map((step) => {
      const levels = (['threshold', 'target', 'stretch'] as const).filter((l) => step[l] !== undefined);
      const values =
        levels.length === 1
          ? numberToText(step[levels[0]]!, lang)
          : levels.map((l) => `${LEVEL_WORDS[lang][l]} ${numberToText(step[l]!, lang)}`).join(' ');
      return `${from} ${step.from}${colon} ${values}`;
    })
    .join(lang === 'fr' ? ' ; ' : '; ');
}

const CEILING = String.raw`\s*,?\s*(?:ceiling|plafond)\s+(.+?)\s*$`;
const STEP_RATCHET = new RegExp(String.raw`^\s*\+?\s*(.+?)\s+(?:a year|per year|par an)` + CEILING, 'i');
const BEST_RATCHET = new RegExp(
  String.raw`^\s*(?:best\s+(\d+)\s+months?|(\d+)\s+meilleurs\s+mois)` + CEILING,
  'i',
);

/** `+0.001 a year, ceiling 0.998` or `best 3 months, ceiling 0.998` (French `+0,001 par an, plafond 0,998`, `3 meilleurs mois, plafond 0,998`). */
export function ratchetFromText(text: string): Record<string, unknown> | undefined {
  const best = BEST_RATCHET.exec(text);
  if (best) {
    const ceiling = numberInText(best[3]);
    return ceiling === undefined ? undefined : { bestMonths: Number(best[1] ?? best[2]), ceiling };
  }
  const step = STEP_RATCHET.exec(text);
  if (!step) return undefined;
  const [by, ceiling] = [numberInText(step[1]), numberInText(step[2])];
  return by === undefined || ceiling === undefined ? undefined : { step: by, ceiling };
}

export function ratchetToText(ratchet: Ratchet, lang: Language): string {
  const ceiling = `${lang === 'fr' ? 'plafond' : 'ceiling'} ${numberToText(ratchet.ceiling, lang)}`;
  if ('step' in ratchet)
    return `+${numberToText(ratchet.step, lang)} ${lang === 'fr' ? 'par an' : 'a year'}, ${ceiling}`;
  return lang === 'fr'
    ? `${ratchet.bestMonths} meilleurs mois, ${ceiling}`
    : `best ${ratchet.bestMonths} months, ${ceiling}`;
}

/** The Contract sheet text of a moving-level term of a parsed clause; `undefined` for any other field. */
export function levelTermText(field: string, value: unknown, lang: Language): string | undefined {
  switch (field) {
    case 'baselineMonths':
      return monthsToText(value as readonly Period[]);
    case 'ramp':
      return rampToText(value as Ramp, lang);
    case 'levelSchedule':
      return scheduleToText(value as readonly ScheduleStep[], lang);
    case 'ratchet':
      return ratchetToText(value as Ratchet, lang);
    default:
      return undefined;
  }
}

/** The contract year of `month`: 1 for the first 12 months from `first`, the contract's first period. */
export function contractYear(first: Period, month: Period): number {
  return Math.floor((periodIndex(month) - periodIndex(first)) / 12) + 1;
}

/**
 * The months of the actuals the levels of `clause` read when it is evaluated on `month`: the baseline's
 * months, and for a best-months ratchet every earlier contract year. An invoice reads them with its own.
 */
export function levelMonths(contract: Contract, clause: KpiClause, month: Period): Period[] {
  const months = [...(clause.baselineMonths ?? [])].filter((m) => comparePeriods(m, month) < 0);
  if (clause.ratchet !== undefined && 'bestMonths' in clause.ratchet) {
    const years = contractYear(contract.firstPeriod, month) - 1;
    for (let i = 0; i < 12 * years; i++) months.push(addMonths(contract.firstPeriod, i));
  }
  return months;
}
