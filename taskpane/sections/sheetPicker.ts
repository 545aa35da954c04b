/**
 * The pane's one way to pick a sheet (the supplier's invoice, an invoice to correct, a line mapping, a
 * Scenarios sheet, a contract to compare): a labelled list of sheet names. The pane fills every list
 * after each sheet it paints; each is read again whenever it gets focus, so a sheet the user made or
 * pasted in meanwhile shows up too.
 */
import { fillSelect, namedChoices, type Choice } from '../fillSelect';
import { selectField, type Field } from './fields';

/** A sheet list; `fill` lists the sheets the section read. */
export interface SheetPicker extends Field<HTMLSelectElement> {
  /** The sheet chosen, `''` for none. */
  value(): string;
  /**
   * Lists `sheets`, after a `none` entry (value `''`) when one is given; with neither, the disabled
   * `placeholder`. The choice stays while it is listed, else `preferred` is chosen, else the first entry.
   */
  fill(
    sheets: readonly string[],
    options?: { readonly none?: string; readonly preferred?: string; readonly placeholder?: string },
  ): void;
}

export interface SheetPickerOptions {
  /** The id of the hint that describes the list. */
  readonly describedBy?: string;
  /** Reads the sheets again; called when the list gets focus. */
  readonly refresh?: () => void;
}

export function sheetPicker(doc: Document, id: string, options: SheetPickerOptions = {}): SheetPicker {
  const field = selectField(doc, id, options.describedBy);
  const { refresh } = options;
  if (refresh) field.control.addEventListener('focus', () => refresh());
  return {
    ...field,
    value: () => field.control.value,
    fill: (sheets, { none, preferred, placeholder } = {}) =>
      fillSelect(field.control, sheetChoices(sheets, none), preferred, placeholder),
  };
}

/** `sheets` as list entries, after a `none` entry (value `''`) when one is given. */
export function sheetChoices(sheets: readonly string[], none?: string): Choice[] {
  const named = namedChoices(sheets);
  return none === undefined ? named : [{ value: '', label: none }, ...named];
}
