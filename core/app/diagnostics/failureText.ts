import { isPaintFailure, paintFailureText } from '../../i18n/paintFailure';
import { messageOf } from '../messageOf';
import { NotPaintedHere } from '../workbookPort';
import type { Texts } from './result';

/**
 * A host failure as the report says it: a failed paint (data, whose message Excel writes in English) and
 * the port's refusal to delete a sheet in the report's language, as the pane words them elsewhere;
 * anything else in the host's own words, which it writes in the user's language.
 */
export function failureText(t: Texts, error: unknown): string {
  if (error instanceof NotPaintedHere) return t.notPaintedHere(error.sheet);
  return isPaintFailure(error) ? paintFailureText(t.lang, error) : messageOf(error);
}
