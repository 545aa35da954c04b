import { actualsToCsv } from '../../contract/csv';
import { saveContract } from '../../contract/json';
import { TEMPLATES, findTemplate } from '../../templates';
import type { CliIo, ExitCode } from '../io';

/**
 * `outcome-fees template NAME [--lang en|fr] [--actuals]`: a template's contract file (JSON), or its sample
 * actuals as CSV: the starting point for `outcome-fees invoice`.
 */
export function templateCommand(
  positional: string[],
  options: Map<string, string | true>,
  io: CliIo,
): ExitCode {
  const template = positional[0] === undefined ? undefined : findTemplate(positional[0]);
  const lang = options.get('lang') ?? template?.defaultLanguage;
  if (!template || (lang !== 'en' && lang !== 'fr')) {
    io.err(
      `usage: outcome-fees template NAME [--lang en|fr] [--actuals]\ntemplates: ${TEMPLATES.map((t) => t.id).join(', ')}`,
    );
    return 2;
  }
  const contract = template.contract(lang);
  io.out(options.has('actuals') ? actualsToCsv(contract, template.actuals(lang)) : saveContract(contract));
  return 0;
}
