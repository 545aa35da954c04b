/**
 * How the host compares sheet names. A new sheet's name must collide with none the host takes for it:
 * Microsoft documents only that Excel ignores case, so the painters name new sheets apart under a key that
 * folds more (ß and ss, accents, width, kana, æ and œ: `sheetNameCollisionKey`), at worst a needless "(2)".
 * The check adds pairs of names and sees which the host takes for one: a pair the key tells apart must be
 * two names (else a sheet the pane adds may be refused as existing), a pair differing in case alone one
 * name (else a name typed in another case could find another sheet); the other folds are shown, as the
 * user's Excel makes them.
 */
import { sheetNameCollisionKey } from '../../layout/uniqueSheetName';
import { andThen, type MaybePromise } from '../maybePromise';
import { messageOf } from '../messageOf';
import type { SheetNameAnswer, SheetNamePair, WorkbookPort } from '../workbookPort';
import { attempt } from './outcome';
import type { DiagnosticCheck, Painted, Texts } from './result';

/** The words the probe's sheet names are made of, pair by pair. */
export const NAME_PROBES: readonly SheetNamePair[] = [
  ['Case', 'CASE'],
  ['Straße', 'STRASSE'],
  ['Écarts', 'ecarts'],
  ['Ｗｉｄｅ', 'Wide'],
  ['かな', 'カナ'],
  ['Cœur', 'COEUR'],
  ['Øre', 'Ore'],
  ['Next', 'Next (2)'],
];

/** What the host must answer for the pair: `one` or `two` names, or `either`, shown as it comes. */
export function expectedAnswer([first, second]: SheetNamePair): 'one' | 'two' | 'either' {
  if (sheetNameCollisionKey(first) !== sheetNameCollisionKey(second)) return 'two';
  return first.toLowerCase() === second.toLowerCase() ? 'one' : 'either';
}

function answered(answer: SheetNameAnswer, pair: SheetNamePair): boolean {
  const expected = expectedAnswer(pair);
  return answer === null || answer === expected || (expected === 'either' && answer !== 'firstRefused');
}

/** The check, and the probe's sheets the host would not delete. */
export interface SheetNames extends Painted {
  readonly check: DiagnosticCheck;
}

export function sheetNamesCheck(port: WorkbookPort, t: Texts): MaybePromise<SheetNames> {
  const check = (status: DiagnosticCheck['status'], seen: string): DiagnosticCheck => ({
    id: 'sheetNameFolding',
    status,
    title: t.title.sheetNameFolding,
    seen,
  });
  const { compareSheetNames } = port;
  if (!compareSheetNames) return { check: check('notChecked', t.noNameProbeWhy) };
  const pairs = NAME_PROBES.map(([first, second]): SheetNamePair => [
    t.nameProbeSheet(first),
    t.nameProbeSheet(second),
  ]);
  return andThen(
    attempt(() => compareSheetNames.call(port, pairs)),
    (probed): SheetNames => {
      if (!probed.ok) return { check: check('failed', messageOf(probed.error)) };
      const { answers, error, left } = probed.value;
      const seen = t.list(answers.map((answer, i) => t.sawNames(NAME_PROBES[i]!, answer)));
      if (error !== undefined)
        return { left, check: check('failed', t.list([seen, messageOf(error)].filter(Boolean))) };
      if (answers.every((answer) => answer === null))
        return { left, check: check('notChecked', t.noNameProbed) };
      const right = answers.every((answer, i) => answered(answer, NAME_PROBES[i]!));
      return { left, check: right ? check('passed', seen) : check('failed', t.sheetNamesWrong(seen)) };
    },
  );
}
