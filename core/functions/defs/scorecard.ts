import { scorecard, type ScorecardEntry } from '../../models/scorecard';
import { numberTable } from '../argTypes';
import { defineFunction } from '../types';
import { ModelFault } from '../../errors';
import { formatCount } from '../../i18n/digitGroups';
import { dec, HUNDRED, ONE, ZERO, type Dec } from '../../money';

/**
 * Weights on two scales: {50, 0.3, 0.2} meant 0.5, 0.3 and 0.2, and the first KPI weighed 99 %. Weights
 * that do not sum to 1 are normalised (Σ weight divides), so 50/30/20 is fine; but weights above 1 beside
 * weights below 1 that sum to exactly 1 once those above 1 are read as percentages are refused, naming the
 * first. The kernel leaves every call that may match to this path (kernels/scorecard.ts).
 */
function refuseMixedWeights(weights: readonly (Dec | null)[]): void {
  let read = ZERO;
  let first = -1;
  let small = false;
  weights.forEach((weight, i) => {
    if (weight === null) return;
    if (weight.gt(ONE)) {
      if (first < 0) first = i;
      read = read.plus(weight.div(HUNDRED));
    } else {
      small ||= weight.gt(ZERO) && weight.lt(ONE);
      read = read.plus(weight);
    }
  });
  if (first < 0 || !small || !read.eq(ONE)) return;
  const weight = weights[first]!;
  throw new ModelFault(
    '#VALUE!',
    'weights',
    `${weight.toString()} (cell ${first + 1}) is on another scale than the other weights: did you mean ${weight.div(HUNDRED).toString()}?`,
  );
}

/** Scores at most this far above 1 read as fractions (an over-achievement of 1.5 is a score of 1.5). */
const FRACTION_SCORE = dec('1.5');
/** Scores from here up read as percentages or points. */
const POINTS_SCORE = dec(10);

/**
 * Scores on two scales: {0.8, 0.9, 85} meant 0.85, and the third KPI made the card 34.51. A score of 10 or
 * more beside scores in (0, 1.5] with none between (where the two scales could meet: 3 points, or an
 * achievement of 300 %) is refused, naming the first; scores in points alone ({45, 5}) are left alone, and a
 * score whose weight is 0 counts for nothing. The kernel leaves every call that may match to this path.
 */
function refuseMixedScores(scores: readonly (Dec | null)[], weights: readonly (Dec | null)[]): void {
  let first = -1;
  let small = false;
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i]?.abs();
    const weight = weights[i];
    if (score === undefined || score.isZero() || weight === null || weight.isZero()) continue;
    if (score.gte(POINTS_SCORE)) {
      if (first < 0) first = i;
    } else if (score.lte(FRACTION_SCORE)) small = true;
    else return;
  }
  if (first < 0 || !small) return;
  const score = scores[first]!;
  throw new ModelFault(
    '#VALUE!',
    'scores',
    `${score.toString()} (cell ${first + 1}) is on another scale than the other scores: did you mean ${score.div(HUNDRED).toString()}?`,
  );
}

const scoresArg = numberTable('scores', { en: 'range of KPI scores', fr: 'plage des scores des KPI' });
const weightsArg = numberTable(
  'weights',
  {
    en: 'range of weights (≥ 0), same size as scores; a blank weight beside a score is an error',
    fr: 'plage des poids (≥ 0), de même taille que les scores ; un poids vide à côté d’un score est une erreur',
  },
  { min: 0 },
);

/**
 * Pairs scores with weights. A pair left blank, or a blank score with a zero weight, is skipped; a blank
 * beside a filled cell is an error, as everywhere: a forgotten weight must not silently drop its score.
 */
function entries(scores: readonly (Dec | null)[], weights: readonly (Dec | null)[]): ScorecardEntry[] {
  if (scores.length !== weights.length) {
    throw new ModelFault(
      '#VALUE!',
      'weights',
      `must have as many cells as scores (${formatCount('en', weights.length)} vs ${formatCount('en', scores.length)})`,
    );
  }
  const out: ScorecardEntry[] = [];
  scores.forEach((score, i) => {
    const weight = weights[i];
    if (weight === null && score !== null)
      throw new ModelFault('#VALUE!', 'weights', `must not be blank beside a score (cell ${i + 1})`);
    if (weight === null || weight.isZero()) return;
    if (score === null)
      throw new ModelFault(
        '#VALUE!',
        'scores',
        `must not be blank where the weight is not 0 (cell ${i + 1})`,
      );
    out.push({ score, weight });
  });
  return out;
}

export const SCORECARD = defineFunction({
  name: 'SCORECARD',
  money: false,
  summary: {
    en: 'Weighted average of KPI scores: Σ score × weight ÷ Σ weight.',
    fr: 'Moyenne pondérée des scores des KPI : Σ score × poids ÷ Σ poids.',
  },
  args: [scoresArg, weightsArg],
  examples: [{ formula: 'SCORECARD({0.8, 1.2, 0.5}, {0.5, 0.3, 0.2})', result: 0.86 }],
  impl: ([scores, weights]) => {
    const paired = entries(scores, weights);
    refuseMixedWeights(weights);
    refuseMixedScores(scores, weights);
    return scorecard(paired).score;
  },
});
