/**
 * The task pane, written once for both hosts: the Excel task pane and the Google Sheets sidebar mount it
 * with their own `Bridge`. Plain DOM, no framework; every text goes in through `textContent`.
 */
import {
  EMPTY_TEMPLATE,
  LANGS,
  type Bridge,
  type ContractIssue,
  type Lang,
  type TemplateInfo,
} from '../core/app/bridge';
import { contractChoiceTexts } from '../core/i18n/contractChoice';
import { formatCount } from '../core/i18n/digitGroups';
import { TASKPANE_STRINGS, fillText, isSingular, type TaskpaneStrings } from '../core/i18n/taskpane';
import { issueItems } from './issueItems';
import { messageOf } from '../core/app/messageOf';
import { withPaintMessages } from './paintMessages';
import { el } from './dom';
import { fillSelect } from './fillSelect';
import { periodChoices, periodLabel, type PeriodChoices } from './periodSelect';
import { mountControlSection } from './sections/control';
import { mountDiagnosticsSection } from './sections/diagnostics';
import { mountModelSection } from './sections/model';
import type { SectionContext } from './sections/section';
import { sheetChoices } from './sections/sheetPicker';
import { buildView, labelView, showStatus, type StatusKind } from './view';
import type { WorkbookLists } from '../core/app/workbookLists';

/** Controls of a mounted task pane. */
export interface TaskpaneHandle {
  /** Settles once the host language is known and the templates are listed (or their failure shown). */
  readonly ready: Promise<void>;
  /** The language the pane currently speaks. */
  language(): Lang;
  /** Switches the pane (and the templates it lists) to `lang`, as the language select does. */
  setLanguage(lang: Lang): Promise<void>;
  /** Checks the contract, as the Check button does (the Sheets menu opens the sidebar checking). */
  checkContract(): Promise<void>;
  /** Removes the pane from its root. */
  unmount(): void;
}

/** An outcome to show, written in the pane's language of the moment around the host's words. */
interface Status {
  readonly kind: StatusKind;
  readonly text: (strings: TaskpaneStrings) => string;
  readonly detail: string;
}

/**
 * An outcome as shown, in the language it was written in: the host's words, amounts and sheet names in
 * it are that language's, so a language switch keeps it whole rather than translate half of it.
 */
interface Shown {
  readonly kind: StatusKind;
  readonly text: string;
  readonly detail: string;
  readonly lang: Lang;
}

type FailureKey = 'templatesFailed' | 'createFailed' | 'checkFailed' | 'selectFailed' | 'invoiceFailed';

let mounted = 0;

/**
 * Mounts the task pane in `root` (its children are replaced) and drives `bridge`. The language starts as
 * `bridge.hostLanguage()` (English if the host cannot tell); `strings` replaces the built-in texts.
 */
export function mountTaskpane(
  root: HTMLElement,
  hostBridge: Bridge,
  strings: Readonly<Record<Lang, TaskpaneStrings>> = TASKPANE_STRINGS,
): TaskpaneHandle {
  const doc = root.ownerDocument;
  mounted += 1;
  const view = buildView(doc, `outcome-fees-${mounted}`);
  root.replaceChildren(view.pane);

  let lang: Lang = 'en';
  const bridge = withPaintMessages(hostBridge, () => lang);
  let templates: readonly TemplateInfo[] = [];
  let issues: readonly ContractIssue[] = [];
  /** The language of the check that found `issues`: their messages are in it. */
  let issuesLang: Lang = 'en';
  let periods: readonly string[] = [];
  /** Months in each period of `periods` (a quarterly contract: 3). */
  let periodMonths = 1;
  /** What the period list offers, labelled in the pane's language, and its default. */
  let periodList: PeriodChoices = { choices: [], preferred: '' };
  /**
   * The workbook's sheets and contracts as last read, for every sheet list of the pane; the contract list
   * is shown when there are several.
   */
  let lists: WorkbookLists = { sheets: [], contracts: [], invoices: [] };
  let shown: Shown = { kind: 'idle', text: '', detail: '', lang };
  let busy = false;
  /** The language changed while an action ran: the templates are listed again when it ends. */
  let templatesStale = false;
  const text = (): TaskpaneStrings => strings[lang];

  const show = (next: Shown): void => {
    shown = next;
    showStatus(view, next.kind, next.text, next.detail);
    view.status.lang = next.lang;
  };
  const setStatus = (next: Status): void =>
    show({ kind: next.kind, text: next.text(text()), detail: next.detail, lang });

  const failure =
    (key: FailureKey, error: unknown): Status['text'] =>
    (s) =>
      fillText(s[key], { message: messageOf(error) || s.unknownError });

  /** Every control the user could act with, so a busy pane accepts nothing twice. */
  const controls = (): (HTMLButtonElement | HTMLSelectElement | HTMLInputElement)[] =>
    Array.from(
      view.pane.querySelectorAll<HTMLButtonElement | HTMLSelectElement | HTMLInputElement>(
        'button, select, input',
      ),
    );

  /**
   * The form being submitted, while its submit event runs: Safari (Excel for Mac) does not focus a button
   * it clicks, so the focus alone does not say where an action came from.
   */
  let submitting: Element | null = null;
  view.pane.addEventListener(
    'submit',
    (event) => {
      submitting = event.target instanceof Element ? event.target : null;
      queueMicrotask(() => (submitting = null));
    },
    true,
  );

  /** The focused control of the pane, or `null`. */
  const focusedInPane = (): HTMLElement | null =>
    doc.activeElement instanceof HTMLElement && view.pane.contains(doc.activeElement)
      ? doc.activeElement
      : null;

  /**
   * Runs `action` with the pane busy: every control disabled, so a double click starts it once. Its
   * outcome is shown beside the form it came from and takes the keyboard focus (disabling the focused
   * control threw it to the page body); Tab goes on from there to what follows the outcome. An action
   * with nothing to say (templates listed) gives the focus back to where it was.
   */
  const run = async (busyText: Status['text'], action: () => Promise<Status>): Promise<void> => {
    if (busy) return;
    busy = true;
    const focused = focusedInPane();
    view.pane.setAttribute('aria-busy', 'true');
    besideAction(submitting ?? focused);
    for (const control of controls()) control.disabled = true;
    setStatus({ kind: 'busy', text: busyText, detail: '' });
    let outcome: Status;
    try {
      outcome = await action();
    } catch (error) {
      outcome = { kind: 'error', text: (s) => messageOf(error) || s.unknownError, detail: '' };
    }
    for (const control of controls()) control.disabled = false;
    view.pane.setAttribute('aria-busy', 'false');
    busy = false;
    setStatus(outcome);
    const lost = doc.activeElement === null || doc.activeElement === doc.body;
    if (outcome.kind !== 'idle' && (lost || focused !== null)) view.status.focus({ preventScroll: true });
    else if (lost && focused?.isConnected) focused.focus();
    view.status.scrollIntoView({ block: 'nearest' });
    if (templatesStale) void relistTemplates();
  };

  /**
   * Moves the status next to the part of the pane the action came from (its form, or the issue list), so
   * a pane as short as Excel's (350 × 378) shows the outcome where the user is looking instead of scrolled
   * out of view above. The region stays `aria-live`, so screen readers read it wherever it is.
   */
  const besideAction = (origin: Element | null): void => {
    const part = origin?.closest('.of-section > *');
    if (part && part !== view.status) part.after(view.status);
  };

  /** Shows `next` at once, outside any action: beside `origin` (what the user pressed) and focused. */
  const showBeside = (next: Status, origin: Element | null): void => {
    setStatus(next);
    if (origin && origin !== view.status) {
      besideAction(origin);
      view.status.focus({ preventScroll: true });
      view.status.scrollIntoView({ block: 'nearest' });
    }
  };

  const renderTemplates = (): void => {
    const chosen = view.template.value;
    const options = [
      el(doc, 'option', { value: EMPTY_TEMPLATE }, text().emptyTemplateTitle),
      ...templates.map((template) => el(doc, 'option', { value: template.id }, template.title)),
    ];
    view.template.replaceChildren(...options);
    view.template.value = options.some((option) => option.value === chosen) ? chosen : EMPTY_TEMPLATE;
    renderTemplateDescription();
  };

  const renderTemplateDescription = (): void => {
    const template = templates.find((candidate) => candidate.id === view.template.value);
    view.templateDescription.textContent = template ? template.description : text().emptyTemplateDescription;
  };

  const renderIssues = (): void => {
    // A problem repeated past ten times is folded into one item (issueItems.ts).
    const items = issueItems(issues, strings[issuesLang], issuesLang).map(({ label, issue }) => {
      if (issue === undefined) return el(doc, 'li', { class: 'of-issue-folded' }, label);
      const button = el(doc, 'button', { type: 'button', class: 'of-issue', disabled: busy }, label);
      button.addEventListener('click', () => void selectIssue(issue, button));
      return el(doc, 'li', {}, button);
    });
    view.issues.replaceChildren(...items);
    view.issues.lang = issuesLang;
    view.issuesBox.hidden = items.length === 0;
  };

  /** The contract the user picked, or `undefined` for the one of the active sheet. */
  const pickedContract = (): string | undefined => view.contract.value || undefined;

  const renderContracts = (): void => {
    const choice = contractChoiceTexts(lang);
    view.contractLabel.textContent = choice.pickerLabel;
    view.contractHint.textContent = choice.pickerHint;
    fillSelect(view.contract, sheetChoices(lists.contracts, choice.pickerActive));
    view.contractBox.hidden = lists.contracts.length < 2;
  };

  /** Lists `next` in the contract list and in every section's lists. */
  const listEverywhere = async (next: WorkbookLists): Promise<void> => {
    lists = next;
    renderContracts();
    await Promise.all(sections.map((section) => section.listsChanged(next)));
  };

  /**
   * One read of the workbook's sheets for all the pane's lists, after each sheet the pane painted: in
   * Google Sheets every read is a round trip, so a list read only on focus opened empty at the first click.
   */
  const refreshLists = async (): Promise<void> => {
    let next: WorkbookLists;
    try {
      next = await bridge.workbookLists();
    } catch {
      // The lists only help to pick, and keep what they last read (and the user's choices in them); each
      // action says what is wrong with the workbook.
      return;
    }
    await listEverywhere(next);
  };

  const renderPeriod = (): void => {
    periodList = periodChoices(periods, periodMonths, lang, new Date());
    fillSelect(view.period, periodList.choices, periodList.preferred);
    view.periodHint.textContent = periods.length > 0 ? text().periodListHint : text().periodMonthHint;
    for (const section of sections) section.periodsChanged();
  };

  /** `period` as the pane's lists name it, in the language the pane speaks now. */
  const labelOf = (period: string): string => periodLabel(periodList.choices, period);

  /** Lists the templates in the pane's language; while an action runs, once it has ended. */
  const loadTemplates = (): Promise<void> => {
    templatesStale = busy;
    if (busy) return Promise.resolve();
    return run(
      (s) => s.busyTemplates,
      async () => {
        try {
          templates = await bridge.listTemplates(lang);
        } catch (error) {
          templates = [];
          renderTemplates();
          return { kind: 'error', text: failure('templatesFailed', error), detail: '' };
        }
        renderTemplates();
        return { kind: 'idle', text: () => '', detail: '' };
      },
    );
  };

  /** Lists the templates again, keeping the outcome the status showed (listing them has none of its own). */
  const relistTemplates = async (): Promise<void> => {
    const previous = shown;
    await loadTemplates();
    if (previous.kind !== 'idle' && shown.kind === 'idle') show(previous);
  };

  // Sections of issues 12 and 13 live in their own files; they share the pane's status, period and contract.
  const sectionContext: SectionContext = {
    doc,
    id: `outcome-fees-${mounted}`,
    bridge,
    lang: () => lang,
    period: () => view.period.value,
    periods: () => periods,
    periodChoices: () => periodList,
    refreshLists,
    contract: () => pickedContract(),
    run: (busyText, action) => run(busyText, action),
    // A refusal (choose a sheet first) is the outcome of the button pressed: shown beside it, focused.
    show: (next, origin) => showBeside(next, origin ?? submitting ?? focusedInPane()),
  };
  const model = mountModelSection(sectionContext);
  const control = mountControlSection(sectionContext);
  const diagnostics = mountDiagnosticsSection(sectionContext);
  const sections = [model, control, diagnostics];
  view.pane.querySelector('main')!.append(...sections.map((section) => section.element));

  const setLanguage = async (next: Lang): Promise<void> => {
    lang = next;
    labelView(view, text(), lang);
    for (const section of sections) section.relabel();
    renderTemplates();
    renderIssues();
    renderContracts();
    renderPeriod();
    // Template titles come from the host: ask again in the new language.
    await relistTemplates();
  };

  const createContract = (): Promise<void> =>
    run(
      (s) => s.busyCreating,
      async () => {
        try {
          const result = await bridge.newContract(view.template.value || EMPTY_TEMPLATE, lang);
          // The new sheets make any earlier check stale; the new contract is the active one.
          issues = [];
          periods = [];
          periodMonths = 1;
          renderIssues();
          renderPeriod();
          await refreshLists();
          view.contract.value = '';
          const sheets = result.sheets.join(', ');
          return {
            kind: 'success',
            text: (s) => fillText(s.contractCreated, { sheets }),
            detail: result.message,
          };
        } catch (error) {
          return { kind: 'error', text: failure('createFailed', error), detail: '' };
        }
      },
    );

  const checkContract = (): Promise<void> =>
    run(
      (s) => s.busyChecking,
      async () => {
        try {
          const result = await bridge.checkContract(lang, pickedContract());
          issues = result.errors;
          issuesLang = lang;
          periods = result.periods;
          periodMonths = result.periodMonths ?? 1;
          renderIssues();
          // The check read the contracts: the lists take them without reading the workbook again.
          await listEverywhere({ ...lists, contracts: result.contracts });
          renderPeriod();
          const count = issues.length;
          // Every result names the sheets it read.
          const detail = contractChoiceTexts(lang).read(result.contractSheet, result.actualsSheet);
          if (count === 0) {
            return result.ok
              ? { kind: 'success', text: (s) => s.checkValid, detail }
              : { kind: 'error', text: (s) => s.checkInvalidUnlisted, detail };
          }
          return {
            kind: result.ok ? 'success' : 'warning',
            text: (s) =>
              fillText(isSingular(lang, count) ? s.checkInvalidOne : s.checkInvalidMany, {
                count: formatCount(lang, count),
              }),
            detail,
          };
        } catch (error) {
          return { kind: 'error', text: failure('checkFailed', error), detail: '' };
        }
      },
    );

  /** A problem's cell selected in the workbook; a failure shows under the list, where the user clicked. */
  const selectIssue = async (issue: ContractIssue, item: HTMLButtonElement): Promise<void> => {
    try {
      await bridge.selectCell(issue.sheet, issue.address);
    } catch (error) {
      showBeside({ kind: 'error', text: failure('selectFailed', error), detail: '' }, item);
    }
  };

  const generateInvoice = (): Promise<void> => {
    const period = view.period.value;
    if (period === '') {
      setStatus({ kind: 'error', text: (s) => s.periodMissing, detail: '' });
      view.period.focus();
      return Promise.resolve();
    }
    return run(
      (s) => fillText(s.busyGenerating, { period: labelOf(period) }),
      async () => {
        try {
          const result = await bridge.generateInvoice(period, lang, pickedContract());
          await refreshLists();
          const values = {
            sheet: result.sheet,
            lines: formatCount(lang, result.lines),
            total: result.total,
          };
          return {
            kind: 'success',
            text: (s) =>
              fillText(isSingular(lang, result.lines) ? s.invoiceCreatedOne : s.invoiceCreatedMany, values),
            detail: `${result.message} ${contractChoiceTexts(lang).read(result.contractSheet, result.actualsSheet)}`,
          };
        } catch (error) {
          return { kind: 'error', text: failure('invoiceFailed', error), detail: '' };
        }
      },
    );
  };

  const onSubmit = (form: HTMLFormElement, action: () => Promise<void>): void => {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void action();
    });
  };
  onSubmit(view.newForm, createContract);
  onSubmit(view.checkForm, checkContract);
  onSubmit(view.invoiceForm, generateInvoice);
  view.template.addEventListener('change', renderTemplateDescription);
  view.language.addEventListener('change', () => {
    const next = LANGS.find((candidate) => candidate === view.language.value);
    if (next) void setLanguage(next);
  });

  labelView(view, text(), lang);
  renderTemplates();
  renderContracts();
  renderPeriod();

  const ready = (async () => {
    let hostLang: Lang = 'en';
    try {
      const reported = await bridge.hostLanguage();
      if (LANGS.includes(reported)) hostLang = reported;
    } catch {
      // A host that cannot tell its language gets English; the user can switch.
    }
    await setLanguage(hostLang);
    await refreshLists();
  })();

  return {
    ready,
    language: () => lang,
    setLanguage,
    checkContract,
    unmount: () => view.pane.remove(),
  };
}
