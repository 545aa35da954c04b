import { actualsToCsv } from '../../contract/csv';
import { saveContract } from '../../contract/json';
import { TEMPLATES, findTemplate } from '../../templates';
import { languageOption } from '../args';
import { usageError } from '../cliError';
import type { Command } from '../command';
import { nearestName } from '../nearestName';

const TEMPLATE_IDS = TEMPLATES.map((t) => t.id);
const USAGE = `usage: outcome-fees template NAME [--lang en|fr] [--actuals] (templates: ${TEMPLATE_IDS.join(', ')})`;

/**
 * `outcome-fees template NAME [--lang en|fr] [--actuals]`: a template's contract file (JSON), or its sample
 * actuals as CSV: the starting point for `outcome-fees invoice`.
 */
export const templateCommand: Command = {
  usage: USAGE,
  options: { lang: { type: 'string' }, actuals: { type: 'boolean' } },
  maxPositionals: 1,
  run: (args, io) => {
    const name = args.positionals[0];
    if (name === undefined) throw usageError((t) => t.missingTemplate, USAGE);
    const template = findTemplate(name);
    if (!template) throw usageError((t) => t.unknownTemplate(name, nearestName(name, TEMPLATE_IDS)), USAGE);
    const lang = languageOption(args, template.defaultLanguage, USAGE);
    const contract = template.contract(lang);
    io.out(args.values.actuals ? actualsToCsv(contract, template.actuals(lang)) : saveContract(contract));
    return 0;
  },
};
