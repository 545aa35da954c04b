/**
 * The Node entry point of `outcome-fees`: every worksheet function under its upper-case name
 * (`require('outcome-fees').BONUSMALUS(...)`), plus the registry, the formula evaluator, money helpers,
 * and the contract, template, invoice, layout and .xlsx APIs.
 */
import { worksheetFunctions } from './api/worksheetFunctions';

export { worksheetFunctions, toWorksheetError } from './api/worksheetFunctions';
export type { WorksheetError, WorksheetFunction, WorksheetResult } from './api/worksheetFunctions';
export { FUNCTIONS, findFunction } from './functions/registry';
export { evaluate } from './functions/evaluate';
export type { CellResult, EvalResult } from './functions/evaluate';
export type { FunctionSpec, ArgSpec, Bilingual, Example } from './functions/types';
export { evaluateFormula } from './formula/evaluateFormula';
export { parseFormula, FormulaSyntaxError } from './formula/parse';
export type { FeeError, ErrorKind } from './errors';
export { roundMoney, minorUnitDigits } from './money';
export type { RoundingRule } from './money';

// Contracts, actuals, templates and invoices.
export {
  parseContract,
  loadContract,
  saveContract,
  contractToJson,
  contractFromSheet,
  actualsFromSheet,
  actualsFromCsv,
  actualsToCsv,
  actualsReadingFromSheet,
  actualsReadingFromCsv,
  actualsForInvoice,
  contractProblems,
  monthsRead,
  invoicePeriods,
} from './contract';
export type {
  Contract,
  Actuals,
  ActualsInput,
  ActualsReading,
  InvoiceActuals,
  KpiClause,
  Issue,
  Result,
} from './contract';
export { TEMPLATES, findTemplate, templateList } from './templates';
export { buildInvoice } from './invoice/buildInvoice';
export { invoiceToJson } from './invoice/toJson';
export type { Invoice, InvoiceLine, InvoiceResult, KpiEvidence } from './invoice/types';
export { contractSheetPlan, emptyContractSheetPlan } from './layout/contractSheet';
export { actualsSheetPlan } from './layout/actualsSheet';
export { invoiceSheetPlan } from './layout/invoiceSheet';
export type { SheetPlan, WorkbookPlan } from './layout/sheetPlan';
export { writeWorkbook, workbookBuffer } from './xlsx/writeWorkbook';

// The worksheet functions are generated from the registry, so they are attached by name at load time
// rather than listed here: a new function needs no edit of this file.
Object.assign(module.exports, worksheetFunctions);
