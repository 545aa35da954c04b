import { nps } from '../../models/nps';
import { forEachCell } from '../argTypes';
import { isBlank, type HostMatrix } from '../hostValues';
import { TableFault, defineFunction, type TableArg } from '../types';

/** Survey answers: integers 0–10, blanks ignored. */
function parseAnswers(cells: HostMatrix): number[] {
  const answers: number[] = [];
  forEachCell(cells, (value, row, column) => {
    if (isBlank(value)) return;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 10) {
      throw new TableFault('must hold only whole numbers from 0 to 10', value, row, column);
    }
    answers.push(value);
  });
  return answers;
}

const responsesArg: TableArg<number[]> = {
  kind: 'table',
  name: 'responses',
  help: {
    en: 'range of survey answers from 0 to 10 (blanks ignored)',
    fr: 'plage de réponses à l’enquête de 0 à 10 (vides ignorés)',
  },
  expects: 'a range of whole numbers from 0 to 10',
  hostType: 'number',
  optional: false,
  parse: parseAnswers,
};

export const NPS = defineFunction({
  name: 'NPS',
  money: false,
  summary: {
    en: 'Net Promoter Score from 0–10 answers: % promoters (9–10) − % detractors (0–6), from −100 to 100.',
    fr: 'Net Promoter Score à partir de réponses de 0 à 10 : % promoteurs (9–10) − % détracteurs (0–6), de −100 à 100.',
  },
  args: [responsesArg],
  examples: [{ formula: 'NPS({10, 9, 9, 8, 7, 6, 5, 10, 3, 9})', result: 20 }],
  impl: ([responses]) => nps(responses).score,
});
