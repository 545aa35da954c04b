/**
 * Texts of the moving-level terms (baseline, ramp, schedule, ratchet): the problems the contract readers
 * and the invoice report, and the sentences the invoice adds to a line to say which level applied.
 */
import type { KpiLevel } from '../contract/sheetSpec';
import type { KpiUnit, Language } from '../contract/types';
import { contractText } from './contract';
import { fr, frenchTexts } from './frenchTypography';
import { formatMonthList, formatPeriod, frenchDe } from './periodFormat';
import { formatCount } from './digitGroups';

/** What `changeOutside` says: the level, its value and range, how it was reached, the change and its fraction. */
export interface ChangeOutside {
  readonly name: string;
  readonly level: string;
  readonly value: string;
  readonly range: { readonly min: string; readonly max: string; readonly unit: KpiUnit };
  /** Whether the contract declared the range (else it is the unit's). */
  readonly declared: boolean;
  /** `baseline 20% +2,500%`. */
  readonly reached: string;
  readonly relative: boolean;
  readonly change: string;
  /** The term stating the change: its column (`Threshold`), or the schedule's step. */
  readonly where: string;
  readonly hint: string;
}

/** Problems of the terms themselves, after `kpis[0].ramp: ` or `Contract!AJ34 (Ramp): `. */
export interface LevelProblems {
  expectedMonths(got: string): string;
  expectedRamp(got: string): string;
  expectedSchedule(got: string): string;
  expectedRatchet(got: string): string;
  readonly changeNeedsBaseline: string;
  readonly baselineNeedsChange: string;
  readonly relativeNeedsPositive: string;
  /**
   * A relative change above +100 % on a KPI whose valid range has no top (a count, minutes, hours): most
   * likely +20 % typed 20, which no range check would catch; `where` is the schedule's step, if there.
   */
  relativeBeyondDoubling(change: string, percent: string, hint: string, where?: string): string;
  readonly rampNeedsFrom: string;
  readonly rampFromWithBaseline: string;
  /**
   * A ramp's start beyond a level (better than it): that level would get easier over the ramp, against
   * what a glide path is for; `orWorse`: the side a start may be on (`below` when higher is better).
   */
  rampEases(level: string, value: string, from: string, orWorse: 'below' | 'above'): string;
  readonly ratchetAlone: string;
  stepLacks(month: string, level: string): string;
  stepExtra(month: string, level: string): string;
  ceilingOrder(op: '≥' | '≤', minimum: string): string;
  /** A ratchet whose ceiling is its minimum: the minimum can never rise. */
  ceilingIsMinimum(minimum: string): string;
  /**
   * A ratchet's step as large as the gap from the threshold to the ceiling: the minimum reaches the ceiling
   * in the first rise; `hint`, the step meant, when it reads as typed in points on a percent KPI.
   */
  stepPastCeiling(step: string, threshold: string, ceiling: string, hint?: string): string;
  notMeasured(month: string, period: string): string;
  stepLevelOrder(month: string, detail: string): string;
}

/** The sentences of the invoice about moving levels and the problems that stop one. */
export interface LevelTexts {
  readonly levelNames: Readonly<Record<KpiLevel, string>>;
  /** `: ` in English, ` : ` in French, between a part and its levels. */
  readonly colon: string;
  /** Between the parts of a note, and before the note on a line: `; ` or ` ; `. */
  readonly separator: string;
  /** The word for the threshold of a service level. */
  readonly minimum: string;
  /**
   * A baseline level and the months it is the average of (`null`: a stated baseline), in words, with the
   * months left out as excluded (`2026-02 excluded (client-caused outage)`).
   */
  baseline(value: string, months: readonly string[] | null, excluded?: readonly string[]): string;
  relative(change: string, level: string): string;
  ramp(from: string, periods: number, start: string, k: number): string;
  schedule(from: string): string;
  ratchetStep(
    year: number,
    level: string,
    stated: string,
    step: string,
    times: number,
    result: string,
  ): string;
  /** `kept`: the average is not better than the minimum in force, which stays. */
  ratchetBest(
    year: number,
    level: string,
    value: string,
    count: number,
    months: string,
    average: string,
    kept: boolean,
  ): string;
  ratchetCeiling(ceiling: string): string;
  /** A target the ratcheted minimum passed rises with it. */
  raisedWith(level: string, value: string): string;
  baselineMissing(name: string, month: string, months: string): string;
  /** Every month of a baseline excluded (`excluded`: each with its reason): it has no value. */
  baselineExcluded(name: string, excluded: readonly string[]): string;
  baselineNotBefore(name: string, month: string, evaluated: string): string;
  zeroBaseline(name: string, value: string): string;
  levelOutside(name: string, level: string, problem: string): string;
  /** A baseline's change, most likely a percentage typed without its fraction, puts a level out of range. */
  changeOutside(c: ChangeOutside): string;
  /**
   * A scale of several levels (`levels`, named) evaluated before its ramp starts, every level at the start:
   * it would pay in full at the starting value.
   */
  rampNotStarted(name: string, start: string, from: string, levels: readonly string[], first: string): string;
  /** Where a schedule's step is stated: `Level schedule from 2026-07`. */
  scheduleStep(column: string, from: string): string;
  ratchetShort(name: string, count: number, months: string, got: number): string;
}

const EN_PROBLEMS: LevelProblems = {
  expectedMonths: (got) => `expected months as 2026-01..2026-03 or 2026-01, 2026-02, got ${got}`,
  expectedRamp: (got) =>
    `expected a ramp as "2026-07 over 6 periods", or "2026-07 over 6 periods from 6" without a baseline, got ${got}`,
  expectedSchedule: (got) =>
    `expected dated levels as "from 2026-07: 0.25; from 2027-01: 0.3" (several levels: "from 2026-07: threshold 0.2 target 0.25"), got ${got}`,
  expectedRatchet: (got) =>
    `expected a ratchet as "+0.001 a year, ceiling 0.998" or "best 3 months, ceiling 0.998", got ${got}`,
  changeNeedsBaseline:
    'a level change needs a baseline: a number (Baseline) or months of the actuals (Baseline months)',
  baselineNeedsChange:
    'levels from a baseline need a level change (Level change: relative or absolute); without one, leave it blank',
  relativeNeedsPositive: 'a relative level change needs a baseline above 0',
  relativeBeyondDoubling: (change, percent, hint, where) =>
    `${where === undefined ? '' : `from ${where}: `}the relative change ${change} is ${percent} (a relative change is a fraction: +20% is 0.2): did you mean ${hint}? The KPI's valid range has no top, so nothing else would catch it; to mean more than +100%, state the levels as an absolute change (Level change: absolute)`,
  rampNeedsFrom: 'a ramp without a baseline needs the level it starts from ("2026-07 over 6 periods from 6")',
  rampFromWithBaseline: 'a ramp of a clause with a baseline starts from the baseline: leave out "from …"',
  rampEases: (level, value, from, orWorse) =>
    `from ${from}, the ${level} ${value} would get easier over the ramp (every level moves from the start to its stated value): start from ${value} or ${orWorse}`,
  ratchetAlone: 'a ratchet cannot be combined with a ramp or a schedule of levels',
  stepLacks: (month, level) => `the step from ${month} does not give the ${level}, which the clause states`,
  stepExtra: (month, level) => `the step from ${month} gives a ${level}, which the clause does not state`,
  ceilingOrder: (op, minimum) => `the ceiling must be ${op} the minimum (${minimum})`,
  ceilingIsMinimum: (minimum) =>
    `the ceiling is the minimum itself (${minimum}), so the minimum can never rise and the ratchet does nothing: raise the ceiling, or delete the ratchet`,
  stepPastCeiling: (step, threshold, ceiling, hint) =>
    `the step ${step} takes the threshold ${threshold} to its ceiling ${ceiling} in one contract year, so the minimum stops rising after its first rise: ${
      hint === undefined
        ? 'state the yearly rise, smaller than the gap between them'
        : `did you mean ${hint} (a percentage point is 0.01)?`
    }`,
  notMeasured: (month, period) =>
    `${month} is not a month this ${period} KPI is measured on: use the months that close its periods`,
  stepLevelOrder: (month, detail) => `the step from ${month}: ${detail}`,
};

const FR_PROBLEMS = frenchTexts<LevelProblems>({
  expectedMonths: (got) => fr`mois attendus sous la forme 2026-01..2026-03 ou 2026-01, 2026-02, reçu ${got}`,
  expectedRamp: (got) =>
    fr`rampe attendue sous la forme « 2026-07 sur 6 périodes », ou « 2026-07 sur 6 périodes depuis 6 » sans référence, reçu ${got}`,
  expectedSchedule: (got) =>
    fr`niveaux datés attendus sous la forme « dès 2026-07 : 0,25 ; dès 2027-01 : 0,3 » (plusieurs niveaux : « dès 2026-07 : seuil 0,2 objectif 0,25 »), reçu ${got}`,
  expectedRatchet: (got) =>
    fr`cliquet attendu sous la forme « +0,001 par an, plafond 0,998 » ou « 3 meilleurs mois, plafond 0,998 », reçu ${got}`,
  changeNeedsBaseline:
    'une variation des niveaux demande une référence : un nombre (Référence) ou des mois du réalisé (Mois de référence)',
  baselineNeedsChange:
    'des niveaux fixés depuis une référence demandent leur variation (Variation des niveaux : relative ou absolue) ; sinon, laissez-la vide',
  relativeNeedsPositive: 'une variation relative des niveaux demande une référence supérieure à 0',
  relativeBeyondDoubling: (change, percent, hint, where) =>
    fr`${where === undefined ? '' : fr`dès ${where} : `}la variation relative ${change} vaut ${percent} (une variation relative est une fraction : +20 % s’écrit 0,2) : vouliez-vous dire ${hint} ? La plage valide de l’indicateur n’a pas de borne supérieure, rien d’autre ne le relèverait ; pour plus de +100 %, donnez les niveaux en variation absolue (Variation des niveaux : absolue)`,
  rampNeedsFrom: 'une rampe sans référence demande le niveau de départ (« 2026-07 sur 6 périodes depuis 6 »)',
  rampFromWithBaseline: 'la rampe d’une clause avec référence part de la référence : retirez « depuis … »',
  rampEases: (level, value, from, orWorse) =>
    fr`depuis ${from}, le niveau « ${level} » ${value} deviendrait plus facile au fil de la rampe (chaque niveau va du départ à sa valeur) : partez de ${value} ou ${orWorse === 'below' ? 'moins' : 'plus'}`,
  ratchetAlone: 'un cliquet ne se combine pas avec une rampe ou un calendrier de niveaux',
  stepLacks: (month, level) => fr`le palier dès ${month} ne donne pas ${level}, que la clause fixe`,
  stepExtra: (month, level) => fr`le palier dès ${month} donne ${level}, que la clause ne fixe pas`,
  ceilingOrder: (op, minimum) => fr`le plafond doit être ${op} au minimum (${minimum})`,
  ceilingIsMinimum: (minimum) =>
    fr`le plafond est le minimum lui-même (${minimum}) : le minimum ne peut jamais monter et le cliquet ne fait rien ; relevez le plafond, ou supprimez le cliquet`,
  stepPastCeiling: (step, threshold, ceiling, hint) =>
    fr`le pas ${step} porte le seuil ${threshold} à son plafond ${ceiling} en une année de contrat : le minimum ne monte plus après sa première hausse ; ${
      hint === undefined
        ? 'donnez la hausse annuelle, plus petite que l’écart entre eux'
        : fr`vouliez-vous dire ${hint} (un point de pourcentage vaut 0,01) ?`
    }`,
  notMeasured: (month, period) =>
    fr`${month} n’est pas un mois de mesure de cet indicateur ${period} : prenez les mois qui closent ses périodes`,
  stepLevelOrder: (month, detail) => fr`le palier dès ${month} : ${detail}`,
});

const EN: LevelTexts = {
  levelNames: { threshold: 'threshold', target: 'target', stretch: 'stretch' },
  colon: ': ',
  separator: '; ',
  minimum: 'minimum',
  baseline: (value, months, excluded = []) =>
    `baseline ${value}${months === null ? '' : ` (average of ${formatMonthList(months, 'en')}${excluded.map((e) => `; ${e}`).join('')})`}`,
  relative: (change, level) => `${change} = ${level}`,
  ramp: (from, periods, start, k) =>
    `ramp from ${from} over ${formatCount('en', periods)} periods from ${formatPeriod(start, 'en')}, ${
      k <= 0 ? 'not started' : k >= periods ? 'completed' : `period ${k} of ${formatCount('en', periods)}`
    }`,
  schedule: (from) => `levels from ${formatPeriod(from, 'en')} (schedule)`,
  ratchetStep: (year, level, stated, step, times, result) =>
    `ratchet, contract year ${year}: ${level} ${stated} ${step} × ${formatCount('en', times)} = ${result}`,
  ratchetBest: (year, level, value, count, months, average, kept) =>
    kept
      ? `ratchet, contract year ${year}: ${level} stays ${value} (the average of the best ${formatCount('en', count)} values of ${months} is ${average})`
      : `ratchet, contract year ${year}: ${level} ${average}, the average of the best ${formatCount('en', count)} values of ${months}`,
  ratchetCeiling: (ceiling) => `, held at the ceiling ${ceiling}`,
  raisedWith: (level, value) => `, ${level} raised to ${value} with it`,
  baselineMissing: (name, month, months) =>
    `${name}: no value in the actuals for ${month}, a month of its baseline (Baseline months ${months})`,
  baselineExcluded: (name, excluded) =>
    `${name}: every month of its baseline is excluded (${excluded.join(', ')}): the baseline has no value; name other months in Baseline months, or state a Baseline`,
  baselineNotBefore: (name, month, evaluated) =>
    `${name}: the baseline month ${month} (Baseline months) is not before ${evaluated}, the month evaluated: a baseline is measured before the levels it sets`,
  zeroBaseline: (name, value) =>
    `${name}: the baseline is ${value}: a relative level change (Level change) needs a baseline above 0`,
  levelOutside: (name, level, problem) => `${name}: the ${level} of this period, ${problem}`,
  changeOutside: (c) => {
    const range = c.declared
      ? `the valid range the contract declares (${c.range.min} to ${c.range.max})`
      : `the valid range of a ${contractText('en').enums.unit[c.range.unit]} KPI (${c.range.min} to ${c.range.max})`;
    const rule = c.relative
      ? 'a relative change is a fraction (+25% is 0.25)'
      : "an absolute change is in the KPI's unit (5 points of a percent KPI are 0.05)";
    return `${c.name}: the ${c.level} of this period, ${c.value}, is outside ${range}: it is the ${c.reached}, and ${rule}: did you mean ${c.hint} for the change ${c.change} (${c.where})?`;
  },
  scheduleStep: (column, from) => `${column} from ${from}`,
  rampNotStarted: (name, start, from, levels, first) => {
    const all =
      levels.length === 2
        ? `${levels[0]} and ${levels[1]} both ${from}`
        : `${levels.slice(0, -1).join(', ')} and ${levels[levels.length - 1]} all ${from}`;
    return `${name}: its ramp starts in ${start}, after this period: before it every level is the ramp's start, ${from}, and a scale whose levels are one value pays in full at it (${all}); start the ramp on ${first}, the contract's first period`;
  },
  ratchetShort: (name, count, months, got) =>
    `${name}: the ratchet needs the best ${formatCount('en', count)} values of ${months}; the actuals have ${formatCount('en', got)}`,
};

const FR = frenchTexts<LevelTexts>({
  levelNames: { threshold: 'seuil', target: 'objectif', stretch: 'objectif d’excellence' },
  colon: ' : ',
  separator: ' ; ',
  minimum: 'minimum',
  baseline: (value, months, excluded = []) =>
    fr`référence ${value}${months === null ? '' : fr` (moyenne ${frenchDe(formatMonthList(months, 'fr'))}${excluded.map((e) => fr` ; ${e}`).join('')})`}`,
  relative: (change, level) => fr`${change} = ${level}`,
  ramp: (from, periods, start, k) =>
    fr`rampe depuis ${from} sur ${formatCount('fr', periods)} périodes dès ${formatPeriod(start, 'fr')}, ${
      k <= 0 ? 'pas commencée' : k >= periods ? 'achevée' : fr`période ${k} sur ${formatCount('fr', periods)}`
    }`,
  schedule: (from) => fr`niveaux dès ${formatPeriod(from, 'fr')} (calendrier)`,
  ratchetStep: (year, level, stated, step, times, result) =>
    fr`cliquet, année de contrat ${year} : ${level} ${stated} ${step} × ${formatCount('fr', times)} = ${result}`,
  ratchetBest: (year, level, value, count, months, average, kept) =>
    kept
      ? fr`cliquet, année de contrat ${year} : ${level} maintenu à ${value} (la moyenne des ${formatCount('fr', count)} meilleures valeurs de ${months} est ${average})`
      : fr`cliquet, année de contrat ${year} : ${level} ${average}, la moyenne des ${formatCount('fr', count)} meilleures valeurs de ${months}`,
  ratchetCeiling: (ceiling) => fr`, ramené au plafond ${ceiling}`,
  raisedWith: (level, value) => fr`, ${level} relevé à ${value} avec lui`,
  baselineMissing: (name, month, months) =>
    fr`${name} : pas de valeur au réalisé pour ${month}, un mois de sa référence (Mois de référence ${months})`,
  baselineExcluded: (name, excluded) =>
    fr`${name} : tous les mois de sa référence sont exclus (${excluded.join(', ')}) : la référence n’a pas de valeur ; nommez d’autres mois dans Mois de référence, ou indiquez une Référence`,
  baselineNotBefore: (name, month, evaluated) =>
    fr`${name} : le mois de référence ${month} (Mois de référence) n’est pas avant ${evaluated}, le mois évalué : une référence se mesure avant les niveaux qu’elle fixe`,
  zeroBaseline: (name, value) =>
    fr`${name} : la référence vaut ${value} : une variation relative des niveaux (Variation des niveaux) demande une référence supérieure à 0`,
  levelOutside: (name, level, problem) => fr`${name} : ${level} de la période, ${problem}`,
  changeOutside: (c) => {
    const range = c.declared
      ? fr`de la plage valide déclarée par le contrat (de ${c.range.min} à ${c.range.max})`
      : fr`de la plage valide d’un indicateur de type ${contractText('fr').enums.unit[c.range.unit]} (de ${c.range.min} à ${c.range.max})`;
    const rule = c.relative
      ? fr`une variation relative est une fraction (+25 % s’écrit 0,25)`
      : fr`une variation absolue est dans l’unité de l’indicateur (5 points d’un indicateur en pourcentage s’écrivent 0,05)`;
    return fr`${c.name} : ${c.level} de la période, ${c.value}, est en dehors ${range} : c’est la ${c.reached}, et ${rule} : vouliez-vous dire ${c.hint} pour la variation ${c.change} (${c.where}) ?`;
  },
  scheduleStep: (column, from) => fr`${column} dès ${from}`,
  rampNotStarted: (name, start, from, levels, first) => {
    const all =
      levels.length === 2
        ? fr`${levels[0]} et ${levels[1]} tous deux à ${from}`
        : fr`${levels.slice(0, -1).join(', ')} et ${levels[levels.length - 1]} tous à ${from}`;
    return fr`${name} : sa rampe commence en ${start}, après cette période : avant elle chaque niveau vaut le départ de la rampe, ${from}, et une échelle dont les niveaux ne font qu’une valeur paie en entier à cette valeur (${all}) ; faites commencer la rampe en ${first}, la première période du contrat`;
  },
  ratchetShort: (name, count, months, got) =>
    fr`${name} : le cliquet demande les ${formatCount('fr', count)} meilleures valeurs de ${months} ; le réalisé en a ${formatCount('fr', got)}`,
});

export function levelProblems(lang: Language): LevelProblems {
  return lang === 'fr' ? FR_PROBLEMS : EN_PROBLEMS;
}

export function levelTexts(lang: Language): LevelTexts {
  return lang === 'fr' ? FR : EN;
}
