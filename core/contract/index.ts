/**
 * Contracts and actuals: the types the invoice engine consumes, the versioned JSON file, the Contract and
 * Actuals sheets read from plain cell values, CSV actuals, and the month arithmetic of evaluation periods.
 */
export * from './types';
export { parseContract, loadContract, saveContract, contractToJson, type ReadOptions } from './json';
export {
  contractFromSheet,
  actualsFromSheet,
  actualsReadingFromSheet,
  type ActualsReading,
  type CellValue,
  type Grid,
  type Months,
  type SheetReadOptions,
  type TaggedIssue,
} from './fromSheet';
export {
  actualsFromCsv,
  actualsReadingFromCsv,
  actualsToCsv,
  parseCsv,
  readCsv,
  type CsvCells,
  type CsvReadOptions,
} from './csv';
export {
  actualsForInvoice,
  monthsRead,
  readActualsInput,
  type ActualsInput,
  type InvoiceActuals,
} from './invoiceActuals';
export { contractProblems } from './check';
export { readNumberText, type NumberSource, type NumberTextRead } from './numberText';
export { UNIT_RANGES, validRange, type ValueRange } from './validRange';
export {
  ACTUAL_KINDS,
  actualEntries,
  buildActuals,
  hoursWorked,
  kpiValue,
  volumeQuantity,
  type ActualEntry,
  type ActualKind,
  type PeriodTotal,
} from './actuals';
export {
  FREQUENCY_MONTHS,
  addMonths,
  closesWindow,
  comparePeriods,
  invoicePeriods,
  invoiceWindow,
  isPeriod,
  isWithinContract,
  kpiDueMonth,
  periodFromIndex,
  periodIndex,
  windowOf,
} from './period';
export { cellIssue, formatPath, pathIssue, type Issue, type Result } from './issues';
export { a1, columnLetters } from '../layout/a1';
export { MODEL_RULES, type ModelRule } from './schema/kpi';
export { contractSchema } from './schema/contract';
