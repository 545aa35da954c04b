/**
 * The task pane's actions, written once over a `WorkbookPort`: the Excel pane and the Sheets sidebar run
 * the same code. A contract sheet is read, never written, by invoicing.
 */
import { actualsFromSheet, contractFromSheet } from '../contract/fromSheet';
import { invoicePeriods } from '../contract/period';
import type { Issue } from '../contract/issues';
import type { Actuals, Contract, Language } from '../contract/types';
import { actionTexts } from '../i18n/actions';
import { contractText } from '../i18n/contract';
import { formatAmount, formatMoney } from '../i18n/numberFormat';
import { buildInvoice } from '../invoice/buildInvoice';
import { invoiceSheetPlan } from '../layout/invoiceSheet';
import { templateList } from '../templates';
import type {
  Bridge,
  CheckResult,
  ContractIssue,
  InvoiceResult,
  Lang,
  NewContractResult,
  TemplateInfo,
} from './bridge';
import { all, andThen, type MaybePromise } from './maybePromise';
import { newContractPlans } from './newContractPlans';
import type { WorkbookPort } from './workbookPort';

/** An action failure whose message is written for the user. */
export class ActionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ActionError';
  }
}

/** The actions of a Bridge, as MaybePromise: synchronous over a synchronous port. */
export type WorkbookActions = {
  [K in Exclude<keyof Bridge, 'hostLanguage'>]: (
    ...args: Parameters<Bridge[K]>
  ) => MaybePromise<Awaited<ReturnType<Bridge[K]>>>;
};

const LANGUAGES: readonly Language[] = ['en', 'fr'];
const sheetNamesIn = (key: 'contractSheet' | 'actualsSheet') =>
  LANGUAGES.map((lang) => contractText(lang)[key]);

/**
 * The sheet to read among `names`: the plain name in either language (`Contract`, `Contrat`), else the
 * first numbered copy a later "New contract" created (`Contract (2)`).
 */
export function findSheet(names: readonly string[], candidates: readonly string[]): string | undefined {
  const exact = names.find((n) => candidates.includes(n));
  if (exact) return exact;
  return names.find((n) => candidates.some((c) => n.startsWith(`${c} (`) && /\(\d+\)$/.test(n)));
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

interface ReadWorkbook {
  readonly contract:
    | { readonly ok: true; readonly value: Contract }
    | { readonly ok: false; readonly issues: readonly Issue[] };
  readonly actuals:
    | { readonly ok: true; readonly value: Actuals }
    | { readonly ok: false; readonly issues: readonly Issue[] };
}

/** The workbook's contract and actuals as parsed, with every issue addressed to its cell. */
function readWorkbook(port: WorkbookPort, lang: Lang): MaybePromise<ReadWorkbook> {
  const texts = actionTexts(lang);
  return andThen(port.sheetNames(), (names) => {
    const contractSheet = findSheet(names, sheetNamesIn('contractSheet'));
    if (!contractSheet) throw new ActionError(texts.noContractSheet(sheetNamesIn('contractSheet')));
    const suffix = contractSheet.replace(/^[^(]*/, '');
    const actualsNames = sheetNamesIn('actualsSheet');
    const actualsSheet =
      names.find((n) => suffix && actualsNames.some((a) => n === `${a} ${suffix}`)) ??
      findSheet(names, actualsNames);
    if (!actualsSheet) throw new ActionError(texts.noActualsSheet(actualsNames));
    return andThen(
      all([port.readSheet(contractSheet), port.readSheet(actualsSheet)]),
      ([contractGrid, actualsGrid]) => {
        const contract = contractFromSheet(contractGrid ?? [], { sheet: contractSheet, lang });
        const actuals = actualsFromSheet(actualsGrid ?? [], contract.ok ? contract.value : undefined, {
          sheet: actualsSheet,
          lang,
        });
        return { contract, actuals };
      },
    );
  });
}

function issuesOf(read: ReadWorkbook): readonly Issue[] {
  return [...(read.contract.ok ? [] : read.contract.issues), ...(read.actuals.ok ? [] : read.actuals.issues)];
}

/** The task pane's actions over one workbook. */
export function workbookActions(port: WorkbookPort): WorkbookActions {
  return {
    listTemplates: (lang: Lang): TemplateInfo[] => [...templateList(lang)],

    newContract: (templateId: string, lang: Lang): MaybePromise<NewContractResult> => {
      const plans = newContractPlans(templateId, lang);
      if (!plans) throw new ActionError(actionTexts(lang).unknownTemplate(templateId));
      return andThen(port.paint(plans), (sheets) => ({
        sheets: [...sheets],
        message: actionTexts(lang).contractCreated(sheets[0], sheets[1]),
      }));
    },

    checkContract: (lang: Lang): MaybePromise<CheckResult> =>
      andThen(readWorkbook(port, lang), (read) => {
        const errors = issuesOf(read).map(toIssue);
        const periods =
          read.contract.ok && read.actuals.ok ? invoicePeriods(read.contract.value, read.actuals.value) : [];
        return { ok: errors.length === 0, errors, periods };
      }),

    selectCell: (sheet: string, address: string) => port.select(sheet, address),

    generateInvoice: (period: string, lang: Lang): MaybePromise<InvoiceResult> => {
      const texts = actionTexts(lang);
      return andThen(readWorkbook(port, lang), (read) => {
        const issues = issuesOf(read);
        if (!read.contract.ok || !read.actuals.ok)
          throw new ActionError(texts.contractHasProblems(issues.length, issues[0].message));
        const result = buildInvoice(read.contract.value, read.actuals.value, period);
        if (!result.ok) throw new ActionError(texts.invoiceProblems(result.problems));
        const { invoice } = result;
        return andThen(port.paint([invoiceSheetPlan(invoice)]), ([sheet]) => {
          const { currency } = invoice.contract;
          return {
            sheet,
            total: formatAmount(invoice.total, currency, lang),
            currency,
            lines: invoice.lines.length,
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
