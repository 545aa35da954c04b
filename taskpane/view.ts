/**
 * The task pane's static skeleton: landmarks, labelled controls and the live status region. Behaviour
 * lives in `ui.ts`; this file only builds nodes and (re)labels them when the language changes.
 */
import { LANGS, type Lang } from '../core/app/bridge';
import type { TaskpaneStrings } from '../core/i18n/taskpane';
import { el } from './dom';
import { selectField } from './sections/fields';

/** Status kinds, also exposed as `data-kind` for styling and tests. */
export type StatusKind = 'idle' | 'busy' | 'success' | 'warning' | 'error';

/** The nodes the behaviour needs to reach. */
export interface View {
  readonly pane: HTMLDivElement;
  readonly title: HTMLHeadingElement;
  readonly languageLabel: HTMLLabelElement;
  readonly language: HTMLSelectElement;
  readonly status: HTMLDivElement;
  readonly statusText: HTMLParagraphElement;
  readonly statusDetail: HTMLParagraphElement;

  readonly newHeading: HTMLHeadingElement;
  readonly newForm: HTMLFormElement;
  readonly templateLabel: HTMLLabelElement;
  readonly template: HTMLSelectElement;
  readonly templateDescription: HTMLParagraphElement;
  readonly createButton: HTMLButtonElement;

  readonly checkHeading: HTMLHeadingElement;
  readonly checkForm: HTMLFormElement;
  readonly checkHint: HTMLParagraphElement;
  /** The contract list, shown only when the workbook holds several contracts. */
  readonly contractBox: HTMLDivElement;
  readonly contractLabel: HTMLLabelElement;
  readonly contract: HTMLSelectElement;
  readonly contractHint: HTMLParagraphElement;
  readonly checkButton: HTMLButtonElement;
  readonly issuesBox: HTMLDivElement;
  readonly issuesHint: HTMLParagraphElement;
  readonly issues: HTMLUListElement;

  readonly invoiceHeading: HTMLHeadingElement;
  readonly invoiceForm: HTMLFormElement;
  readonly periodLabel: HTMLLabelElement;
  /** The period list (`periodSelect.ts` fills it): a select works in every host's browser. */
  readonly period: HTMLSelectElement;
  readonly periodHint: HTMLParagraphElement;
  readonly generateButton: HTMLButtonElement;
}

/** Builds the skeleton in `doc`; `id` prefixes every element id so two panes never collide. */
export function buildView(doc: Document, id: string): View {
  const ids = {
    lang: `${id}-lang`,
    newHeading: `${id}-new-heading`,
    template: `${id}-template`,
    templateDescription: `${id}-template-description`,
    checkHeading: `${id}-check-heading`,
    checkHint: `${id}-check-hint`,
    contract: `${id}-contract`,
    contractHint: `${id}-contract-hint`,
    issuesHint: `${id}-issues-hint`,
    invoiceHeading: `${id}-invoice-heading`,
    period: `${id}-period`,
    periodHint: `${id}-period-hint`,
  };

  const title = el(doc, 'h1', { class: 'of-title' });
  const languageLabel = el(doc, 'label', { for: ids.lang });
  const language = el(
    doc,
    'select',
    { id: ids.lang, class: 'of-select of-select-small' },
    ...LANGS.map((lang) => el(doc, 'option', { value: lang, lang })),
  );
  const header = el(
    doc,
    'header',
    { class: 'of-header' },
    title,
    el(doc, 'div', { class: 'of-lang' }, languageLabel, language),
  );

  const statusText = el(doc, 'p', { class: 'of-status-text' });
  const statusDetail = el(doc, 'p', { class: 'of-status-detail' });
  // Always in the tree, even when idle: screen readers miss live regions that appear with their content.
  // Focusable from script only, so an action's outcome takes the keyboard focus (ui.ts).
  const status = el(
    doc,
    'div',
    {
      class: 'of-status',
      role: 'status',
      'aria-live': 'polite',
      'aria-atomic': 'true',
      'data-kind': 'idle',
      tabindex: '-1',
    },
    el(doc, 'span', { class: 'of-spinner', 'aria-hidden': 'true' }),
    el(doc, 'div', { class: 'of-status-body' }, statusText, statusDetail),
  );

  const newHeading = el(doc, 'h2', { id: ids.newHeading, class: 'of-heading' });
  const template = selectField(doc, ids.template, ids.templateDescription);
  const templateDescription = el(doc, 'p', { id: ids.templateDescription, class: 'of-hint' });
  const createButton = el(doc, 'button', { type: 'submit', class: 'of-button of-primary' });
  const newForm = el(doc, 'form', { class: 'of-form' }, template.box, templateDescription, createButton);

  const checkHeading = el(doc, 'h2', { id: ids.checkHeading, class: 'of-heading' });
  const checkHint = el(doc, 'p', { id: ids.checkHint, class: 'of-hint' });
  const checkButton = el(doc, 'button', {
    type: 'submit',
    class: 'of-button of-primary',
    'aria-describedby': ids.checkHint,
  });
  const contract = selectField(doc, ids.contract, ids.contractHint);
  const contractHint = el(doc, 'p', { id: ids.contractHint, class: 'of-hint' });
  const contractBox = el(doc, 'div', { class: 'of-contract', hidden: true }, contract.box, contractHint);
  const checkForm = el(doc, 'form', { class: 'of-form' }, checkHint, contractBox, checkButton);
  const issuesHint = el(doc, 'p', { id: ids.issuesHint, class: 'of-hint' });
  const issues = el(doc, 'ul', { class: 'of-issues', 'aria-describedby': ids.issuesHint });
  const issuesBox = el(doc, 'div', { class: 'of-issues-box', hidden: true }, issuesHint, issues);

  const invoiceHeading = el(doc, 'h2', { id: ids.invoiceHeading, class: 'of-heading' });
  const period = selectField(doc, ids.period, ids.periodHint);
  const periodHint = el(doc, 'p', { id: ids.periodHint, class: 'of-hint' });
  const generateButton = el(doc, 'button', { type: 'submit', class: 'of-button of-primary' });
  const invoiceForm = el(doc, 'form', { class: 'of-form' }, period.box, periodHint, generateButton);

  const section = (heading: HTMLHeadingElement, ...children: Node[]): HTMLElement =>
    el(doc, 'section', { class: 'of-section', 'aria-labelledby': heading.id }, heading, ...children);

  const pane = el(
    doc,
    'div',
    { class: 'of-pane', 'aria-busy': 'false' },
    header,
    el(
      doc,
      'main',
      { class: 'of-main' },
      status,
      section(newHeading, newForm),
      section(checkHeading, checkForm, issuesBox),
      section(invoiceHeading, invoiceForm),
    ),
  );

  return {
    pane,
    title,
    languageLabel,
    language,
    status,
    statusText,
    statusDetail,
    newHeading,
    newForm,
    templateLabel: template.label,
    template: template.control,
    templateDescription,
    createButton,
    checkHeading,
    checkForm,
    checkHint,
    contractBox,
    contractLabel: contract.label,
    contract: contract.control,
    contractHint,
    checkButton,
    issuesBox,
    issuesHint,
    issues,
    invoiceHeading,
    invoiceForm,
    periodLabel: period.label,
    period: period.control,
    periodHint,
    generateButton,
  };
}

/** Writes the fixed texts of `view` in `lang`. Texts that depend on state are written by `ui.ts`. */
export function labelView(view: View, strings: TaskpaneStrings, lang: Lang): void {
  view.pane.lang = lang;
  view.title.textContent = strings.appTitle;
  view.languageLabel.textContent = strings.languageLabel;
  for (const option of Array.from(view.language.options)) {
    option.textContent = strings.languageNames[option.value as Lang];
  }
  view.language.value = lang;
  view.newHeading.textContent = strings.newContractHeading;
  view.templateLabel.textContent = strings.templateLabel;
  view.createButton.textContent = strings.createButton;
  view.checkHeading.textContent = strings.checkHeading;
  view.checkHint.textContent = strings.checkHint;
  view.checkButton.textContent = strings.checkButton;
  view.issuesHint.textContent = strings.issuesHint;
  view.invoiceHeading.textContent = strings.invoiceHeading;
  view.periodLabel.textContent = strings.periodLabel;
  view.generateButton.textContent = strings.generateButton;
}

/** Shows `text` (and an optional `detail`) in the live region with the look of `kind`. */
export function showStatus(view: View, kind: StatusKind, text: string, detail = ''): void {
  view.status.dataset.kind = kind;
  view.statusText.textContent = text;
  view.statusDetail.textContent = detail;
  view.statusDetail.hidden = detail === '';
}
