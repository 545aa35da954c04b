import { ModelFault } from '../errors';
import { HUNDRED, dec, quotient, type Dec } from '../money';

export interface NpsResult {
  /** Net Promoter Score in points, from −100 to 100. */
  readonly score: Dec;
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
}

/** NPS from 0–10 answers: % promoters (9–10) − % detractors (0–6). Answers are validated integers. */
export function nps(answers: readonly number[]): NpsResult {
  if (answers.length === 0) throw new ModelFault('#DIV/0!', 'responses', 'must hold at least one answer');
  let promoters = 0;
  let detractors = 0;
  for (const a of answers) {
    if (a >= 9) promoters++;
    else if (a <= 6) detractors++;
  }
  const score = quotient(HUNDRED.times(promoters - detractors), dec(answers.length));
  return { score, promoters, passives: answers.length - promoters - detractors, detractors };
}
