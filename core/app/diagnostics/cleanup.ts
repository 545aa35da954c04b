import type { WorkbookPort, WorkbookSheets } from '../workbookPort';
import { andThen, type MaybePromise } from '../maybePromise';
import { isPaintFailure } from '../../i18n/paintFailure';
import { failureText } from './failureText';
import { attempt, type Outcome } from './outcome';
import type { DiagnosticCheck, Texts } from './result';

/** A sheet that would not go, and the host's reason. */
interface Refusal {
  readonly sheet: string;
  readonly message: string;
}

/** Deletes the painted sheets one after the other; those that would not go. */
function removeAll(port: WorkbookPort, t: Texts, sheets: readonly string[]): MaybePromise<Refusal[]> {
  if (sheets.length === 0) return [];
  const sheet = sheets[0]!;
  return andThen(
    attempt(() => port.removePainted(sheet)),
    (first) =>
      andThen(removeAll(port, t, sheets.slice(1)), (rest) =>
        first.ok ? rest : [{ sheet, message: failureText(t, first.error) }, ...rest],
      ),
  );
}

/**
 * The sheets a failed paint built and could not take back (its rollback's delete failed too): the port
 * names them in its failure (`cleanup: 'left'`), as the pane's message for any failed paint does.
 */
export function leftBehind(error: unknown): readonly string[] {
  return isPaintFailure(error) && error.cleanup === 'left' ? error.sheetNames : [];
}

/** Where the user was before the checks: the active sheet, and the selection when the host gave one. */
export interface UserPlace {
  readonly sheet: string | null;
  readonly selection: Outcome<string>;
}

export function userPlace(port: WorkbookPort): MaybePromise<UserPlace> {
  return andThen(port.sheets(), (listed) =>
    andThen(
      attempt(() => port.selectedRange()),
      (selection): UserPlace => ({ sheet: listed.active, selection }),
    ),
  );
}

const DONE: Outcome<void> = { ok: true, value: undefined };

/** Whether the user is back where they were: the sheet, then (when it was read) the selection. */
function backCheck(
  t: Texts,
  place: UserPlace,
  restored: Outcome<void>,
  listed: Outcome<WorkbookSheets>,
  selection: Outcome<string>,
): DiagnosticCheck {
  const check = (status: DiagnosticCheck['status'], seen: string): DiagnosticCheck => ({
    id: 'userSheetBack',
    status,
    title: t.title.userSheetBack,
    seen,
  });
  if (place.sheet === null) return check('notChecked', t.noActiveSheet);
  if (!restored.ok) return check('failed', failureText(t, restored.error));
  if (!listed.ok) return check('failed', failureText(t, listed.error));
  const now = listed.value.active;
  if (now !== place.sheet) return check('failed', t.sawOnOther(now ?? '', place.sheet));
  if (!place.selection.ok) return check('passed', t.sawBackOn(place.sheet, null));
  if (!selection.ok) return check('failed', failureText(t, selection.error));
  return selection.value === place.selection.value
    ? check('passed', t.sawBackOn(place.sheet, selection.value))
    : check('failed', t.sawSelectionOther(selection.value, place.selection.value));
}

/** The two checks of the cleanup, and the temporary sheets still in the workbook, for the summary. */
export interface Cleanup {
  readonly checks: [DiagnosticCheck, DiagnosticCheck];
  readonly left: readonly string[];
}

/**
 * Deletes the temporary sheets, activates the sheet the user was on, then lists the workbook (and reads the
 * selection): the deletion passes when none of them is left, nor any sheet a failed paint left (`abandoned`,
 * not this run's to delete: the port refuses a sheet its paint did not return), the return when the user is
 * where they were. Without a listing, the sheets left are those the host would not delete and `abandoned`,
 * and the deletion fails with the listing's error: it could not be seen.
 */
export function cleanupChecks(
  port: WorkbookPort,
  t: Texts,
  sheets: readonly string[],
  place: UserPlace,
  abandoned: readonly string[] = [],
): MaybePromise<Cleanup> {
  const userSheet = place.sheet;
  return andThen(removeAll(port, t, sheets), (refusals) =>
    andThen(userSheet === null ? DONE : attempt(() => port.select(userSheet)), (restored) =>
      andThen(
        attempt(() => port.sheets()),
        (listed) =>
          andThen(
            place.selection.ok ? attempt(() => port.selectedRange()) : place.selection,
            (selection): Cleanup => {
              const left = listed.ok
                ? [...sheets, ...abandoned].filter((s) => listed.value.sheets.some((info) => info.name === s))
                : [...refusals.map((refused) => refused.sheet), ...abandoned];
              const gone = listed.ok && left.length === 0;
              const deleted: DiagnosticCheck = {
                id: 'sheetsDeleted',
                status: gone ? 'passed' : 'failed',
                title: t.title.sheetsDeleted,
                seen: gone
                  ? t.sawDeleted
                  : t.list([
                      ...(listed.ok ? [] : [failureText(t, listed.error)]),
                      ...(left.length === 0 ? [] : [t.sawStillThere(left)]),
                      ...refusals.map((refused) => refused.message),
                    ]),
              };
              return { checks: [deleted, backCheck(t, place, restored, listed, selection)], left };
            },
          ),
      ),
    ),
  );
}
