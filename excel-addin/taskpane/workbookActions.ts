/** Placeholder until core/app/actions.ts lands (rewritten then). */
import type { ExcelHost, TemplateSource, WorkbookActions } from './excelBridge';

export const TEMPLATES: readonly TemplateSource[] = [];

export function excelWorkbookActions(_host: ExcelHost): WorkbookActions {
  const unavailable = () => Promise.reject(new Error('not available yet'));
  return { newContract: unavailable, checkContract: unavailable, generateInvoice: unavailable };
}
