/**
 * The task pane's actions, written once over a `WorkbookPort`: the Excel pane and the Sheets sidebar run
 * the same code. A contract sheet is read, never written, by invoicing.
 */
import { actualsReadingFromSheet, contractFromSheet } from '../contract/fromSheet';
import { withDates } from '../contract/sheet/cells';
import { strictActuals, type ActualsReading } from '../contract/sheet/readActuals';
import { firstInvoiceWithoutValues } from '../contract/check';
import { periodProblems } from '../contract/periodChecks';
import { localMonth } from '../calendar';
import { FREQUENCY_MONTHS, invoicePeriods } from '../contract/period';
import type { Issue } from '../contract/issues';
import type { Actuals, Contract } from '../contract/types';
import { actionTexts } from '../i18n/actions';
import { contractChoiceTexts } from '../i18n/contractChoice';
import { formatMoney } from '../i18n/numberFormat';
import { buildInvoice } from '../invoice/buildInvoice';
import type { Invoice } from '../invoice/types';
import { invoiceSheetPlan } from '../layout/invoiceSheet';
import { templateList } from '../templates';
import type {
  CheckResult,
  ContractIssue,
  InvoiceResult,
  Lang,
  NewContractResult,
  TemplateInfo,
} from './bridge';
import { controlActions, type ControlActions } from './controlActions';
import { modelActions, type ModelActions } from './modelActions';
import { runDiagnostics, type DiagnosticsResult } from './diagnostics';
import { invoiceTag } from './controlCorrectSheets';
import { sheetLists, workbookLists, type WorkbookLists } from './workbookLists';
import { chooseContract, contractPairs, plainNames, withActiveTop, type ContractPair } from './contractPair';
import { LAYOUT_TOP } from './printedRole';
import { andThen, type MaybePromise } from './maybePromise';
import { newContractPlans } from './newContractPlans';
import type { SheetTag, WorkbookPort, WorkbookSheets } from './workbookPort';

/** An action failure whose message is written for the user. */
export class ActionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ActionError';
  }
}

/** The actions on contracts and invoices; each host's pane calls them through its `Bridge`. */
export interface ContractActions {
  /** Templates offered by "New contract", titles and descriptions in `lang`. */
  listTemplates(lang: Lang): MaybePromise<TemplateInfo[]>;
  /** Creates the Contract and Actuals sheets from a template id, or empty ones for `EMPTY_TEMPLATE`. */
  newContract(templateId: string, lang: Lang): MaybePromise<NewContractResult>;
  /** The Contract sheet of every contract in the workbook, in workbook order. */
  listContracts(): MaybePromise<readonly string[]>;
  /**
   * Reads and validates a contract's tables; messages in `lang`. `contract` is the Contract sheet the user
   * picked; without it, the contract of the active sheet, else the workbook's only one.
   */
  checkContract(lang: Lang, contract?: string): MaybePromise<CheckResult>;
  /** Activates `sheet` and selects `address` in it. */
  selectCell(sheet: string, address: string): MaybePromise<void>;
  /** The address of the range the user has selected, its sheet named (`'Supplier invoice'!B3:F20`). */
  selectedRange(): MaybePromise<string>;
  /** Computes the invoice of a contract (chosen as by `checkContract`) for `period`, on a new sheet. */
  generateInvoice(period: string, lang: Lang, contract?: string): MaybePromise<InvoiceResult>;
}

/**
 * Every action of the task pane, the one declaration of them: synchronous over a synchronous port, and
 * the pane's `Bridge` is derived from it.
 */
export interface WorkbookActions extends ContractActions, ControlActions, ModelActions {
  /** The self-test of the host's behaviours on a temporary sheet; report in `lang`. */
  runDiagnostics(lang: Lang): MaybePromise<DiagnosticsResult>;
  /** Every sheet list of the pane, from one read of the workbook's sheets. */
  workbookLists(): MaybePromise<WorkbookLists>;
}

/** The pane prints the place itself (`Contract!H7 (Target): `), so the message is only the problem. */
function toIssue(issue: Issue): ContractIssue {
  return {
    sheet: issue.sheet ?? '',
    address: issue.address ?? '',
    column: issue.column ?? '',
    message: issue.problem,
  };
}

export interface ReadWorkbook {
  readonly contractSheet: string;
  readonly actualsSheet: string;
  readonly contracts: readonly string[];
  readonly contract:
    | { readonly ok: true; readonly value: Contract }
    | { readonly ok: false; readonly issues: readonly Issue[] };
  readonly actuals:
    | { readonly ok: true; readonly value: Actuals }
    | { readonly ok: false; readonly issues: readonly Issue[] };
  /** Gates forming no one value on an invoice of the actuals: Check lists them, nothing else blocks. */
  readonly gates?: readonly Issue[];
  /** The actuals as read, every month's problems tagged: what Check prices each listed period from. */
  readonly reading: ActualsReading;
}

/** The contract the user means (see `chooseContract`), or an ActionError saying why there is none. */
function contractToRead(
  sheets: WorkbookSheets,
  lang: Lang,
  picked: string | undefined,
): ContractPair & { readonly actuals: string } {
  const choice = chooseContract(sheets, picked);
  if (!choice.ok) {
    if (choice.reason === 'none')
      throw new ActionError(actionTexts(lang).noContractSheet(plainNames('contractSheet')));
    if (choice.reason === 'notAContract')
      throw new ActionError(contractChoiceTexts(lang).notAContract(choice.picked));
    if (choice.reason === 'twins')
      throw new ActionError(contractChoiceTexts(lang).twins(choice.pair.contract, choice.pair.twins));
    if (choice.reason === 'notOfContract')
      throw new ActionError(contractChoiceTexts(lang).notOfContract(choice));
    throw new ActionError(contractChoiceTexts(lang).severalContracts(choice.contracts));
  }
  const { contract, actuals } = choice.pair;
  if (actuals === null) throw new ActionError(actionTexts(lang).noActualsSheet(plainNames('actualsSheet')));
  return { contract, actuals };
}

/** The chosen contract and its actuals as parsed, with every issue addressed to its cell. */
export function readWorkbook(
  port: WorkbookPort,
  lang: Lang,
  picked: string | undefined,
): MaybePromise<ReadWorkbook> {
  const listed = andThen(port.sheets(LAYOUT_TOP), (sheets) => withActiveTop(port, sheets, picked));
  return andThen(listed, (sheets) => {
    const pair = contractToRead(sheets, lang, picked);
    const contracts = contractPairs(sheets.sheets).map((candidate) => candidate.contract);
    // With their number formats where the host reads them: a typed 7:30 is a time, not 0.3125 hours.
    const names = [pair.contract, pair.actuals];
    const read = port.readFormattedSheets
      ? andThen(port.readFormattedSheets(names), (sheets) =>
          sheets.map((sheet) => sheet && withDates(sheet.values, sheet.numberFormats)),
        )
      : port.readSheets(names);
    return andThen(read, ([contractGrid, actualsGrid]) => {
      const contract = contractFromSheet(contractGrid ?? [], { sheet: pair.contract, lang });
      const reading = actualsReadingFromSheet(actualsGrid ?? [], contract.ok ? contract.value : undefined, {
        sheet: pair.actuals,
        lang,
      });
      const actuals = strictActuals(reading);
      const gates = reading.gates;
      return {
        contractSheet: pair.contract,
        actualsSheet: pair.actuals,
        contracts,
        contract,
        actuals,
        gates,
        reading,
      };
    });
  });
}

function issuesOf(read: ReadWorkbook): readonly Issue[] {
  return [...(read.contract.ok ? [] : read.contract.issues), ...(read.actuals.ok ? [] : read.actuals.issues)];
}

/** The contract and actuals read, or an ActionError pointing to Check contract when either has a problem. */
export function usableInputs(read: ReadWorkbook, lang: Lang): { contract: Contract; actuals: Actuals } {
  const issues = issuesOf(read);
  if (!read.contract.ok || !read.actuals.ok)
    throw new ActionError(actionTexts(lang).contractHasProblems(issues.length, issues[0].message));
  return { contract: read.contract.value, actuals: read.actuals.value };
}

/** The invoice of `period` from what was read, or an ActionError saying why it cannot be built. */
export function invoiceOf(read: ReadWorkbook, period: string, lang: Lang): Invoice {
  const { contract, actuals } = usableInputs(read, lang);
  const result = buildInvoice(contract, actuals, period);
  if (!result.ok) throw new ActionError(actionTexts(lang).invoiceProblems(result.problems));
  return result.invoice;
}

/** A contract id unique in any workbook a user will hold: time and randomness, no host needed. */
function randomContractId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export interface WorkbookActionsOptions {
  /** Makes the id that pairs a new contract's sheets; tests pass a fixed one. */
  readonly contractId?: () => string;
}

/** The task pane's actions over one workbook. */
export function workbookActions(port: WorkbookPort, options: WorkbookActionsOptions = {}): WorkbookActions {
  const contractId = options.contractId ?? randomContractId;
  return {
    ...controlActions(port),
    ...modelActions(port),
    runDiagnostics: (lang: Lang) => runDiagnostics(port, lang),
    workbookLists: () => workbookLists(port),
    listTemplates: (lang: Lang): TemplateInfo[] => [...templateList(lang)],

    newContract: (templateId: string, lang: Lang): MaybePromise<NewContractResult> => {
      const plans = newContractPlans(templateId, lang);
      if (!plans) throw new ActionError(actionTexts(lang).unknownTemplate(templateId));
      const id = contractId();
      const tags: SheetTag[] = [
        { role: 'contract', contract: id },
        { role: 'actuals', contract: id },
      ];
      return andThen(port.paint(plans.map((plan, i) => ({ plan, tag: tags[i] }))), (sheets) => ({
        sheets: [...sheets],
        message: actionTexts(lang).contractCreated(sheets[0], sheets[1]),
      }));
    },

    listContracts: (): MaybePromise<readonly string[]> =>
      andThen(port.sheets(), (workbook) => sheetLists(workbook).contracts),

    checkContract: (lang: Lang, contract?: string): MaybePromise<CheckResult> =>
      andThen(readWorkbook(port, lang, contract), (read) => {
        const cells = [...issuesOf(read), ...(read.gates ?? [])];
        // What each listed period's invoice would refuse, once every cell reads (as the CLI check).
        const priced =
          cells.length === 0 && read.contract.ok
            ? periodProblems(read.contract.value, read.reading, lang)
            : [];
        const errors = [...cells, ...priced].map(toIssue);
        const periods =
          read.contract.ok && read.actuals.ok ? invoicePeriods(read.contract.value, read.actuals.value) : [];
        // An Actuals sheet with no values is no valid contract once its first invoice is due (as `check`).
        const empty =
          errors.length === 0 && read.contract.ok && read.actuals.ok
            ? firstInvoiceWithoutValues(read.contract.value, read.actuals.value, localMonth())
            : undefined;
        if (empty?.due)
          errors.push({
            sheet: read.actualsSheet,
            address: 'A1',
            column: '',
            message: actionTexts(lang).noValuesDue(empty.period),
          });
        return {
          ok: errors.length === 0,
          contractSheet: read.contractSheet,
          actualsSheet: read.actualsSheet,
          contracts: read.contracts,
          errors,
          periods,
          periodMonths: read.contract.ok ? FREQUENCY_MONTHS[read.contract.value.frequency] : 1,
        };
      }),

    selectCell: (sheet: string, address: string) => port.select(sheet, address),

    selectedRange: () => port.selectedRange(),

    generateInvoice: (period: string, lang: Lang, contract?: string): MaybePromise<InvoiceResult> => {
      const texts = actionTexts(lang);
      return andThen(readWorkbook(port, lang, contract), (read) => {
        const invoice = invoiceOf(read, period, lang);
        const tag = invoiceTag(invoice);
        return andThen(port.paint([{ plan: invoiceSheetPlan(invoice), tag }]), ([sheet]) => {
          const { currency } = invoice.contract;
          return {
            sheet,
            total: formatMoney(invoice.total, currency, lang),
            currency,
            lines: invoice.lines.length,
            contractSheet: read.contractSheet,
            actualsSheet: read.actualsSheet,
            message: texts.invoiceCreated(
              invoice.number,
              formatMoney(invoice.subtotal, currency, lang),
              formatMoney(invoice.vat.amount, currency, lang),
            ),
          };
        });
      });
    },
  };
}
