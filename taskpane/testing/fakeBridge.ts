/**
 * A scripted `Bridge` for browser tests of the task pane. It runs inside the page (bundled with the UI),
 * records every call, and can hold a call open until the test releases it to observe the busy state.
 */
import type {
  Bridge,
  CheckResult,
  CorrectionResult,
  DiagnosticsResult,
  InvoiceResult,
  Lang,
  NewContractResult,
  RangeResult,
  ReconcileResult,
  ReviewResult,
  TemplateInfo,
} from '../../core/app/bridge';
import { args, fakeModelBridge, type FakeModelScenario } from './fakeModelBridge';

/** The bridge's methods, by name. */
export type BridgeMethod = keyof Bridge;

/** What the fake answers; plain JSON so a test can pass it into the page. */
export interface FakeScenario extends FakeModelScenario {
  readonly hostLanguage: Lang;
  readonly templates: Readonly<Record<Lang, readonly TemplateInfo[]>>;
  readonly newContract: NewContractResult;
  readonly check: CheckResult;
  /** What `listContracts` answers; default: the check's contracts. */
  readonly contracts?: readonly string[];
  /** `{period}` in `sheet` and `message` is replaced by the requested period. */
  readonly invoice: InvoiceResult;
  /** What `listSheets` answers; default: none. */
  readonly sheets?: readonly string[];
  /** The invoice and note sheets `workbookLists` answers for Correct an invoice; default: the sheets. */
  readonly invoices?: readonly string[];
  /**
   * The workbook grows as the pane paints: each `newContract` answers its sheets numbered as a host names
   * them (`Contract (2)` the second time) and adds the contract to what the lists answer, each
   * `generateInvoice` adds its sheet. Without it every list answers the same whatever the pane did.
   */
  readonly grows?: boolean;
  /** What `selectedRange` answers: the user's selection. */
  readonly selection?: string;
  /** What `invoiceRange` answers. */
  readonly range?: RangeResult;
  /** What `reconcileInvoice` answers. */
  readonly reconcile?: ReconcileResult;
  /** What `reviewPerformance` answers. */
  readonly review?: ReviewResult;
  /** What `correctInvoice` answers. */
  readonly correction?: CorrectionResult;
  /** What `runDiagnostics` answers. */
  readonly diagnostics?: DiagnosticsResult;
  /** Methods that reject, with the user-facing message of their `Error`. */
  readonly failures?: Partial<Record<BridgeMethod, string>>;
  /** Methods whose calls wait for `release(method)`. */
  readonly held?: readonly BridgeMethod[];
}

/** The fake, with what it saw. */
export interface FakeBridge extends Bridge {
  /** Every call as `[method, ...arguments]`, in order. */
  readonly calls: unknown[][];
  /** Lets the held calls of `method` finish. */
  release(method: BridgeMethod): void;
  /** How many calls of `method` are waiting. */
  waiting(method: BridgeMethod): number;
}

/** Creates a fake answering from `scenario`. */
export function createFakeBridge(scenario: FakeScenario): FakeBridge {
  const calls: unknown[][] = [];
  const gates = new Map<BridgeMethod, (() => void)[]>();

  const answer = async <T>(method: BridgeMethod, args: unknown[], result: () => T): Promise<T> => {
    calls.push([method, ...args]);
    if (scenario.held?.includes(method)) {
      await new Promise<void>((resolve) => gates.set(method, [...(gates.get(method) ?? []), resolve]));
    }
    const failure = scenario.failures?.[method];
    if (failure !== undefined) throw new Error(failure);
    // A copy, as a real host would send: the UI must not depend on sharing objects with the scenario.
    return JSON.parse(JSON.stringify(result() ?? null)) as T;
  };

  const withPeriod = (text: string, period: string): string => text.split('{period}').join(period);
  const contracts = [...(scenario.contracts ?? scenario.check.contracts)];
  const sheets = [...(scenario.sheets ?? [])];
  let made = 0;
  const numbered = (name: string): string => (made > 1 ? `${name} (${made})` : name);
  const newContract = (): NewContractResult => {
    if (!scenario.grows) return scenario.newContract;
    made += 1;
    const created = scenario.newContract.sheets.map(numbered);
    contracts.push(created[0]!);
    return { ...scenario.newContract, sheets: created };
  };
  const invoice = (period: string): InvoiceResult => {
    const result = {
      ...scenario.invoice,
      sheet: withPeriod(scenario.invoice.sheet, period),
      message: withPeriod(scenario.invoice.message, period),
    };
    if (scenario.grows) sheets.push(result.sheet);
    return result;
  };

  return {
    calls,
    release(method) {
      const waiting = gates.get(method) ?? [];
      gates.delete(method);
      for (const resolve of waiting) resolve();
    },
    waiting: (method) => gates.get(method)?.length ?? 0,
    ...fakeModelBridge(scenario, answer),
    hostLanguage: () => answer('hostLanguage', [], () => scenario.hostLanguage),
    listTemplates: (lang) => answer('listTemplates', [lang], () => [...scenario.templates[lang]]),
    newContract: (templateId, lang) => answer('newContract', [templateId, lang], newContract),
    listContracts: () => answer('listContracts', [], () => [...contracts]),
    workbookLists: () =>
      answer('workbookLists', [], () => ({ sheets, contracts, invoices: scenario.invoices ?? sheets })),
    checkContract: (lang, contract) => answer('checkContract', args(lang, contract), () => scenario.check),
    selectCell: (sheet, address) => answer('selectCell', [sheet, address], () => undefined),
    selectedRange: () => answer('selectedRange', [], () => scenario.selection ?? 'Sheet1!A1:B2'),
    generateInvoice: (period, lang, contract) =>
      answer('generateInvoice', args(period, lang, contract), () => invoice(period)),
    listSheets: () => answer('listSheets', [], () => [...sheets]),
    reconcileInvoice: (supplierSheet, period, lang, contract, options) =>
      answer(
        'reconcileInvoice',
        // A test reads the options at the end, whether a contract was picked or not.
        [supplierSheet, period, lang, ...args(contract), ...args(options)],
        () =>
          scenario.reconcile ?? {
            sheet: 'Reconciliation',
            differences: 0,
            message: '',
            notes: '',
            hiddenRows: [],
          },
      ),
    reviewPerformance: (from, to, lang, contract) =>
      answer(
        'reviewPerformance',
        args(from, to, lang, contract),
        () => scenario.review ?? { sheet: 'Performance', kpis: 0, invoices: 0, misses: 0, message: '' },
      ),
    correctInvoice: (invoiceSheet, lang, contract) =>
      answer(
        'correctInvoice',
        args(invoiceSheet, lang, contract),
        () => scenario.correction ?? { sheet: null, kind: 'none', difference: '', message: '' },
      ),
    invoiceRange: (from, to, lang, contract) =>
      answer(
        'invoiceRange',
        args(from, to, lang, contract),
        () => scenario.range ?? { sheets: [], message: '' },
      ),
    runDiagnostics: (lang) =>
      answer(
        'runDiagnostics',
        [lang],
        () => scenario.diagnostics ?? { sheet: 'Diagnostics', checks: [], report: '', message: '' },
      ),
  };
}
