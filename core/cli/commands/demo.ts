import { cliTexts } from '../../i18n/cli';
import { buildInvoice } from '../../invoice/buildInvoice';
import { actualsSheetPlan } from '../../layout/actualsSheet';
import { contractSheetPlan } from '../../layout/contractSheet';
import { invoiceSheetPlan } from '../../layout/invoiceSheet';
import type { SheetPlan } from '../../layout/sheetPlan';
import { TEMPLATES, findTemplate } from '../../templates';
import { workbookBuffer } from '../../xlsx/writeWorkbook';
import { languageOption, stringOption } from '../args';
import { CliError, usageError } from '../cliError';
import type { Command } from '../command';
import type { ExitCode } from '../io';
import { checkOutputFile, makeFolderFor, writeFileAtomic } from '../outputFile';
import { checkPeriodSpelling, monthNamed, periodOption } from '../periodArgs';
import { shownAmount, shownPath } from '../shown';
import { nearestName } from '../nearestName';

const TEMPLATE_IDS = TEMPLATES.map((t) => t.id);
const USAGE = `usage: outcome-fees demo [--template NAME] [--lang en|fr] [--period YYYY-MM|YYYY-Qn|YYYY-Hn|YYYY] [-o FILE.xlsx] (templates: ${TEMPLATE_IDS.join(', ')})`;

/**
 * `outcome-fees demo`: a workbook with a template's Contract and Actuals sheets and one invoice sheet per
 * sample period (or the one asked for), written with the same sheet plans the add-ins paint. Without -o it
 * goes to out/, created if needed; an -o folder must exist.
 */
export const demoCommand: Command = {
  usage: USAGE,
  options: {
    template: { type: 'string' },
    lang: { type: 'string' },
    period: { type: 'string' },
    output: { type: 'string', short: 'o' },
  },
  maxPositionals: 0,
  run: async (args, io): Promise<ExitCode> => {
    checkPeriodSpelling(args, ['period'], USAGE);
    const templateId = stringOption(args, 'template') ?? 'bpo-customer-service';
    const template = findTemplate(templateId);
    if (!template)
      throw usageError((t) => t.unknownTemplate(templateId, nearestName(templateId, TEMPLATE_IDS)), USAGE);
    const lang = languageOption(args, template.defaultLanguage, USAGE);
    const out = stringOption(args, 'output');
    const demoFile = `out/outcome-fees-demo-${template.id}-${lang}.xlsx`;
    if (out === undefined) makeFolderFor('out', demoFile);
    const file = checkOutputFile(out ?? demoFile, '.xlsx', [], USAGE);

    const contract = template.contract(lang);
    const actuals = template.actuals(lang);
    const period = periodOption(args, 'period');
    const sampled = template.scenarios.map((s) => s.period);
    const periods = period ? [monthNamed(contract, period)] : sampled;
    const t = cliTexts(lang);
    if (!sampled.includes(periods[0]))
      throw new CliError(t.demoNotSampled(template.id, period ?? periods[0], sampled));
    const plans: SheetPlan[] = [contractSheetPlan(contract), actualsSheetPlan(contract, actuals)];
    const totals: string[] = [];
    for (const p of periods) {
      const result = buildInvoice(contract, actuals, p);
      // One problem a line, as every command prints them.
      if (!result.ok) throw new CliError(result.problems.join('\n'));
      plans.push(invoiceSheetPlan(result.invoice));
      totals.push(
        `  ${t.invoiceWritten(result.invoice.number, shownAmount(result.invoice.total, contract.currency, lang))}`,
      );
    }
    await writeFileAtomic(file, await workbookBuffer(plans), io.fs);
    io.out([t.wrote(shownPath(file)), t.demoSheets(plans.map((p) => p.name)), ...totals].join('\n'));
    return 0;
  },
};
