import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Language } from '../../contract/types';
import { formatMoney } from '../../i18n/numberFormat';
import { buildInvoice } from '../../invoice/buildInvoice';
import { actualsSheetPlan } from '../../layout/actualsSheet';
import { contractSheetPlan } from '../../layout/contractSheet';
import { invoiceSheetPlan } from '../../layout/invoiceSheet';
import type { SheetPlan } from '../../layout/sheetPlan';
import { TEMPLATES, findTemplate } from '../../templates';
import { writeWorkbook } from '../../xlsx/writeWorkbook';
import type { CliIo, ExitCode } from '../io';

const USAGE = `usage: outcome-fees demo [--template NAME] [--lang en|fr] [--period YYYY-MM] [-o FILE]
templates: ${TEMPLATES.map((t) => t.id).join(', ')}`;

/**
 * `outcome-fees demo`: a workbook with a template's Contract and Actuals sheets and one invoice sheet per
 * sample period (or the one asked for), written with the same sheet plans the add-ins paint.
 */
export async function demoCommand(options: Map<string, string | true>, io: CliIo): Promise<ExitCode> {
  const templateId = options.get('template') ?? 'bpo-customer-service';
  const template = typeof templateId === 'string' ? findTemplate(templateId) : undefined;
  const lang = options.get('lang') ?? template?.defaultLanguage;
  const period = options.get('period');
  if (!template || (lang !== 'en' && lang !== 'fr') || period === true || options.get('o') === true) {
    io.err(USAGE);
    return 2;
  }
  const contract = template.contract(lang as Language);
  const actuals = template.actuals(lang as Language);
  const periods = period ? [period] : template.scenarios.map((s) => s.period);
  const plans: SheetPlan[] = [contractSheetPlan(contract), actualsSheetPlan(contract, actuals)];
  const totals: string[] = [];
  for (const p of periods) {
    const result = buildInvoice(contract, actuals, p);
    if (!result.ok) {
      io.err(result.problems.join('\n'));
      return 1;
    }
    plans.push(invoiceSheetPlan(result.invoice));
    totals.push(
      `  ${result.invoice.number}: total ${formatMoney(result.invoice.total, contract.currency, 'en')} (VAT included)`,
    );
  }
  const file = resolve(
    (options.get('o') as string | undefined) ?? `out/outcome-fees-demo-${template.id}-${lang}.xlsx`,
  );
  mkdirSync(dirname(file), { recursive: true });
  await writeWorkbook(plans, file);
  io.out(`Wrote ${file}\n  sheets: ${plans.map((p) => p.name).join(', ')}\n${totals.join('\n')}`);
  return 0;
}
