/**
 * Date cells through the built Code.js, run by `zonedDates.test.ts` in a Node whose own zone (`TZ`) plays
 * the script's and the page's: whatever that zone, a date cell crosses as the day the spreadsheet shows
 * in its own zone, and the sidebar reads the month of a 1 October header as October.
 */
import { runInContext } from 'node:vm';
import { readPeriodCell } from '../../core/contract/sheet/cells';
import { scriptRunPort } from '../../sheets-addon/sidebar/scriptRunPort';
import { loadAddon, nodeServerCalls } from './builtSheets';

const SPREADSHEET_ZONES = [
  'Asia/Tokyo',
  'Australia/Sydney',
  'Asia/Kolkata',
  'Pacific/Kiritimati',
  'Europe/Paris',
  'America/Los_Angeles',
  'Pacific/Honolulu',
];
// Month ends and starts, and the days Europe and the US change their clocks.
const DAYS = ['2026-10-01', '2026-10-31', '2026-11-01', '2026-03-29', '2026-03-08', '2027-01-01'];

describe(`date cells read in the spreadsheet's zone (this process: ${process.env.TZ})`, () => {
  it('runs in the zone the parent asked for', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
  });

  it.each(SPREADSHEET_ZONES)('a %s spreadsheet: each day and month as the sheet shows it', async (zone) => {
    const addon = loadAddon({ sheetNames: ['Data'], timeZone: 'Europe/Paris', spreadsheetTimeZone: zone });
    const cells = DAYS.map((day) => addon.fake.dateCell(day));
    // The script gets its own realm's dates, as Apps Script hands them.
    const scriptDate = runInContext('Date', addon.context) as DateConstructor;
    addon.fake.spreadsheet.getSheetByName('Data')!.getRange(1, 1, 1, DAYS.length).setValues([cells]);
    const read = addon.fake.spreadsheet.getSheetByName('Data')!.getRange(1, 1).getValue();
    expect(read).toBeInstanceOf(scriptDate);

    const server = addon.fn('readSheets')(['Data']) as { date: string }[][][];
    expect(JSON.parse(JSON.stringify(server))[0][0]).toEqual(DAYS.map((day) => ({ date: day })));

    const [grid] = await scriptRunPort(nodeServerCalls(addon)).readSheets(['Data']);
    expect(grid![0]!.map((cell) => readPeriodCell(cell))).toEqual(DAYS.map((day) => day.slice(0, 7)));
  });
});
