/**
 * The Reconcile form's options (issue 13): a range holding the supplier's invoice (a pasted A1 address, on
 * the chosen sheet or naming its own, or the user's selection taken with "Use selection"), the sheet of the line mapping kept beside the contract (picked for
 * the user when the workbook has one named Mapping), and the tolerance (0.00, 0,00 in French, unless changed). The pane only
 * collects the texts; the core reads and refuses them, naming the field.
 */
import type { ReconcileOptions } from '../../core/app/bridge';
import { mappingSheetIn } from '../../core/control/mappingSheet';
import { controlSectionTexts } from '../../core/i18n/controlSections';
import { TASKPANE_STRINGS } from '../../core/i18n/taskpane';
import { el } from '../dom';
import { said, type SectionContext } from './section';
import { sheetPicker } from './sheetPicker';
import { messageOf } from '../../core/app/messageOf';

/** The fields, to put in the Reconcile form after the sheet list. */
export interface ReconcileFields {
  readonly elements: readonly HTMLElement[];
  /** What the user entered, as the bridge takes it. */
  options(): ReconcileOptions;
  relabel(): void;
  /** Lists `sheets` as mapping candidates. */
  sheetsChanged(sheets: readonly string[]): void;
}

export function reconcileFields(ctx: SectionContext): ReconcileFields {
  const { doc } = ctx;
  const ids = {
    range: `${ctx.id}-reconcile-range`,
    tolerance: `${ctx.id}-reconcile-tolerance`,
  };
  const t = () => controlSectionTexts(ctx.lang());
  let sheets: readonly string[] = [];

  const rangeLabel = el(doc, 'label', { for: ids.range, class: 'of-label' });
  const range = el(doc, 'input', { id: ids.range, type: 'text', class: 'of-input', spellcheck: 'false' });
  const useSelection = el(doc, 'button', { type: 'button', class: 'of-button', 'aria-controls': ids.range });
  const mapping = sheetPicker(doc, `${ctx.id}-reconcile-mapping`);
  const toleranceLabel = el(doc, 'label', { for: ids.tolerance, class: 'of-label' });
  const tolerance = el(doc, 'input', {
    id: ids.tolerance,
    type: 'text',
    inputmode: 'decimal',
    class: 'of-input',
  });
  // Until the user types one, the field shows no tolerance as the pane's language writes it (0,00 in French).
  let toleranceTyped = false;
  tolerance.addEventListener('input', () => (toleranceTyped = true));

  // Until the user picks one, the mapping is the workbook's Mapping sheet, as soon as there is one.
  const renderMapping = (): void =>
    mapping.fill(sheets, { none: t().mappingNone, preferred: mappingSheetIn(sheets) ?? '' });

  // The selection's address names its sheet, so it wins over the sheet chosen in the list. The button
  // waits for the host's answer disabled: a double click reads the selection once.
  useSelection.addEventListener('click', () => {
    useSelection.disabled = true;
    ctx.bridge
      .selectedRange()
      .then(
        (address) => {
          range.value = address;
          range.focus();
        },
        // Disabled while the host answered, the button lost the focus: the failure is placed beside it.
        (error: unknown) =>
          ctx.show(
            said('error', t().selectionFailed(messageOf(error) || TASKPANE_STRINGS[ctx.lang()].unknownError)),
            useSelection,
          ),
      )
      // An action started meanwhile keeps every control disabled until it is done.
      .finally(() => (useSelection.disabled = useSelection.closest('[aria-busy="true"]') !== null));
  });

  return {
    elements: [rangeLabel, range, useSelection, mapping.box, toleranceLabel, tolerance],
    options: () => ({ range: range.value, mapping: mapping.value(), tolerance: tolerance.value }),
    relabel: () => {
      rangeLabel.textContent = t().rangeLabel;
      range.placeholder = t().rangePlaceholder;
      useSelection.textContent = t().useSelection;
      mapping.label.textContent = t().mappingLabel;
      toleranceLabel.textContent = t().toleranceLabel;
      if (!toleranceTyped) tolerance.value = t().noTolerance;
      renderMapping();
    },
    sheetsChanged: (next) => {
      sheets = next;
      renderMapping();
    },
  };
}
