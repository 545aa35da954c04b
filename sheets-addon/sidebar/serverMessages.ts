/**
 * The Sheets server's failures, said in the pane's language. Code.js throws a code and its data
 * (../serverFailure.ts); the sidebar words it through the core's tables when it arrives. A paint failure
 * becomes a `PaintFailure` (data again), which the pane words in whatever language it speaks when it
 * shows it. Anything else the server threw (an Apps Script exception) keeps Google's own words, with what
 * to do for the refusals that are no defect (googleText).
 */
import type { Lang } from '../../core/app/bridge';
import { sheetMissingText } from '../../core/i18n/hostMessages';
import {
  isPaintFailure,
  paintFailureText,
  type PaintCleanup,
  type PaintFailure,
} from '../../core/i18n/paintFailure';
import { paintReasonText } from '../../core/i18n/paintReasons';
import { sheetsServerTexts } from '../../core/i18n/sheetsServer';
import { PAINT_DEADLINE_MS, WIRE, type SheetsFailure } from '../serverFailure';

/** A paint the server reported as failed; `message` is in the pane's language of the moment it arrived. */
export class SheetsPaintError extends Error implements PaintFailure {
  constructor(
    message: string,
    readonly sheetNames: readonly string[],
    readonly reason: string,
    readonly cleanup: PaintCleanup,
  ) {
    super(message);
    this.name = 'SheetsPaintError';
  }
}

/** The message of what a failure handler received, without the type Apps Script may put before it. */
function messageOf(error: unknown): string {
  const message =
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { message?: unknown }).message === 'string'
      ? (error as { message: string }).message
      : typeof error === 'string'
        ? error
        : '';
  return message.replace(/^(?:Error|Exception|ScriptError):\s*/, '');
}

/** The failure a message carries, or null when it is not one the server wrote. */
export function serverFailureIn(message: string): SheetsFailure | null {
  const start = message.indexOf(WIRE);
  if (start < 0) return null;
  try {
    const failure = JSON.parse(message.slice(start + WIRE.length)) as unknown;
    return typeof failure === 'object' &&
      failure !== null &&
      typeof (failure as { code?: unknown }).code === 'string'
      ? (failure as SheetsFailure)
      : null;
  } catch {
    return null;
  }
}

function text(failure: SheetsFailure, lang: Lang): string | null {
  const t = sheetsServerTexts(lang);
  switch (failure.code) {
    case 'noSelection':
      return t.noSelection;
    case 'noSheet':
      return sheetMissingText(lang, failure.sheet);
    case 'badCall':
      return t.badCall(t.arguments[failure.what] ?? String(failure.what));
    case 'plan': {
      const fault = t.faults[failure.fault];
      const { detail = '' } = failure;
      return fault ? t.plan(failure.at, fault(paintReasonText(lang, detail))) : null;
    }
    case 'busy':
      return t.busy;
    case 'noService':
      return t.noService(failure.service);
    case 'hiddenRows':
      return t.hiddenRows(failure.reason, failure.left);
    default:
      return null;
  }
}

/**
 * What the page's failure handler received, as the error the pane shows: the server's failure in `lang`
 * (a paint failure as data), else an `Error` with Google's message.
 */
export function serverError(error: unknown, lang: Lang): Error {
  const message = messageOf(error);
  const failure = serverFailureIn(message);
  if (failure?.code === 'paint') {
    const { notText, notTotal, outOfTime, tooManyCells } = failure;
    const t = sheetsServerTexts(lang);
    const reason = notText
      ? t.notText(notText.at, notText.text)
      : notTotal
        ? t.notTotal(notTotal.at, notTotal.formula, notTotal.seen, notTotal.expected)
        : outOfTime
          ? t.outOfTime(outOfTime.painted, outOfTime.total, PAINT_DEADLINE_MS / 60_000)
          : tooManyCells
            ? t.tooManyCells(tooManyCells.held, tooManyCells.needed, tooManyCells.limit)
            : failure.reason;
    const data = { sheetNames: failure.sheets, reason, cleanup: failure.cleanup };
    if (isPaintFailure(data))
      return new SheetsPaintError(paintFailureText(lang, data), data.sheetNames, data.reason, data.cleanup);
  }
  return new Error((failure && text(failure, lang)) ?? googleText(message, lang) ?? message);
}

/**
 * Three Apps Script refusals that are no defect of the add-on, said with what to do, Google's words kept:
 * a sidebar opened before an update calling a server function the new Code.js no longer declares
 * (Apps Script's "Script function not found: name"), a call Google would not authorize (a session that
 * ended; a browser signed in to several accounts, whose calls go out as the default one), and a call whose
 * connection failed (`NetworkError: Connection failure due to HTTP 0`), whose paint may have run.
 */
function googleText(message: string, lang: Lang): string | null {
  const t = sheetsServerTexts(lang);
  // Google words its errors in the user's language: English and French are matched, any other keeps
  // Google's words alone.
  if (/Script function not found|Fonction de script introuvable/i.test(message)) return t.updated(message);
  if (/Authorization is required|autorisation est requise|PERMISSION_DENIED|HTTP 40[13]\b/i.test(message))
    return t.notAuthorized(message);
  // google.script.run's own failure when the request or its answer was lost (HTTP 0) or Google failed.
  if (/NetworkError|Connection failure due to HTTP/i.test(message)) return t.connectionLost(message);
  return null;
}
