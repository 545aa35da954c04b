/**
 * The sections' controls: a labelled select or text field, a sub-form with its heading, hint and button,
 * and a row of short fields side by side. Built with `el`, so every text stays text.
 */
import { el } from '../dom';

/** A label and its control; `relabel` writes the label again. */
export interface Field<C extends HTMLSelectElement | HTMLInputElement> {
  readonly label: HTMLLabelElement;
  readonly control: C;
  readonly box: HTMLDivElement;
}

export function selectField(doc: Document, id: string, describedBy?: string): Field<HTMLSelectElement> {
  const label = el(doc, 'label', { for: id, class: 'of-label' });
  const control = el(doc, 'select', { id, class: 'of-select', 'aria-describedby': describedBy });
  return { label, control, box: el(doc, 'div', { class: 'of-field' }, label, control) };
}

export function textField(
  doc: Document,
  id: string,
  value: string,
  mode: 'decimal' | 'numeric' | 'text',
): Field<HTMLInputElement> {
  const label = el(doc, 'label', { for: id, class: 'of-label' });
  const control = el(doc, 'input', {
    id,
    class: 'of-input',
    type: 'text',
    inputmode: mode,
    autocomplete: 'off',
  });
  control.value = value;
  return { label, control, box: el(doc, 'div', { class: 'of-field' }, label, control) };
}

/** Short fields side by side (`.of-fields`: three fit the 350 px pane on one row, fewer when it is narrower). */
export function fieldRow(
  doc: Document,
  ...fields: Field<HTMLSelectElement | HTMLInputElement>[]
): HTMLDivElement {
  return el(doc, 'div', { class: 'of-fields' }, ...fields.map((f) => f.box));
}

/** A section of the pane with one form: heading, hint, the fields, then its button. */
export interface SubForm {
  readonly section: HTMLElement;
  readonly form: HTMLFormElement;
  readonly heading: HTMLHeadingElement;
  readonly hint: HTMLParagraphElement;
  readonly button: HTMLButtonElement;
}

/** The section's heading and hint are `${id}-heading` and `${id}-hint`; its button is primary unless said. */
export function subForm(
  doc: Document,
  id: string,
  fields: readonly Node[] = [],
  { primary = true }: { readonly primary?: boolean } = {},
): SubForm {
  const heading = el(doc, 'h2', { id: `${id}-heading`, class: 'of-heading' });
  const hint = el(doc, 'p', { id: `${id}-hint`, class: 'of-hint' });
  const button = el(doc, 'button', {
    type: 'submit',
    class: primary ? 'of-button of-primary' : 'of-button',
    'aria-describedby': hint.id,
  });
  const form = el(doc, 'form', { class: 'of-form' }, hint, ...fields, button);
  const section = el(doc, 'section', { class: 'of-section', 'aria-labelledby': heading.id }, heading, form);
  return { section, form, heading, hint, button };
}
