/** `Utilities`: the date formatting the server uses to read date cells in the spreadsheet's zone. */
import { isDate } from './callLog';
import { Recorded } from './recorder';
import { formatInZone } from './timeZone';

/** `Utilities.formatDate(date, timeZone, pattern)`. */
export class FakeUtilities extends Recorded {
  readonly __service = 'Utilities';
  readonly __group = 'Utilities' as const;

  formatDate(date: unknown, timeZone: unknown, format: unknown): string {
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      throw new Error(
        'Exception: The parameters (date, timeZone, format) of Utilities.formatDate are invalid.',
      );
    }
    return formatInZone(date.getTime(), timeZone, format);
  }
}
