/**
 * The Excel side of the task pane's `Bridge`. What is Excel-specific lives here (the display language,
 * selecting a cell); creating contracts, checking them and invoicing are the core orchestrator's work,
 * handed in as `WorkbookActions`, so this file stays thin and the Sheets sidebar shares the same actions.
 */
import type {
  Bridge,
  CheckResult,
  InvoiceResult,
  Lang,
  NewContractResult,
  TemplateInfo,
} from '../../core/app/bridge';
import { langFromDisplayLanguage } from './language';
import { bridgeText } from './messages';

/**
 * The workbook actions the core orchestrator performs on the open workbook, in the pane's language. The
 * check takes the language too, although the Bridge's does not: its problems are written for the user, in
 * the language the pane last asked for.
 */
export interface WorkbookActions {
  newContract(templateId: string, lang: Lang): Promise<NewContractResult>;
  checkContract(lang: Lang): Promise<CheckResult>;
  generateInvoice(period: string, lang: Lang): Promise<InvoiceResult>;
}

/** A template as the bridge lists it: the core's templates have this shape. */
export interface TemplateSource {
  readonly id: string;
  readonly title: Readonly<Record<Lang, string>>;
  readonly description: Readonly<Record<Lang, string>>;
}

/** What the bridge needs from Office; `officeHost()` gives the real one. */
export interface ExcelHost {
  /** Office's display language (`fr-FR`), if known. */
  displayLanguage(): string | undefined;
  /** `Excel.run`. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** The dependencies of the Excel bridge. */
export interface ExcelBridgeDeps {
  readonly host: ExcelHost;
  readonly templates: readonly TemplateSource[];
  readonly actions: WorkbookActions;
}

/** The real host: Office's display language and `Excel.run`. Call after `Office.onReady`. */
export function officeHost(): ExcelHost {
  return {
    displayLanguage: () => Office.context?.displayLanguage,
    run: (batch) => Excel.run(batch),
  };
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function errorMessage(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message.trim() : '';
}

/**
 * The task pane's bridge over Excel. Failures reject with an `Error` written for the user in the language
 * the pane last asked for (the pane asks for templates in its language on start and on every switch).
 */
export function createExcelBridge({ host, templates, actions }: ExcelBridgeDeps): Bridge {
  let lang: Lang = 'en';
  const speak = (next: Lang): Lang => (lang = next);

  return {
    async listTemplates(requested: Lang): Promise<TemplateInfo[]> {
      const l = speak(requested);
      return templates.map((t) => ({ id: t.id, title: t.title[l], description: t.description[l] }));
    },
    newContract: (templateId, requested) => actions.newContract(templateId, speak(requested)),
    checkContract: () => actions.checkContract(lang),
    generateInvoice: (period, requested) => actions.generateInvoice(period, speak(requested)),
    async hostLanguage(): Promise<Lang> {
      return langFromDisplayLanguage(host.displayLanguage());
    },
    async selectCell(sheet: string, address: string): Promise<void> {
      try {
        // One round trip: a missing sheet or a bad address fails the sync, and nothing was changed.
        await host.run(async (context) => {
          const worksheet = context.workbook.worksheets.getItem(sheet);
          worksheet.activate();
          worksheet.getRange(address).select();
          await context.sync();
        });
      } catch (error) {
        const text = bridgeText(lang);
        if (errorCode(error) === 'ItemNotFound') throw new Error(text.sheetMissing(sheet));
        throw new Error(text.cellNotSelected(sheet, address, errorMessage(error)));
      }
    },
  };
}
