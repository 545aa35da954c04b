/**
 * The Sheets code is typed by @types/google-apps-script, not by service types of our own, so `tsc` checks
 * each call's name and signature against the real API (the lines marked `@ts-expect-error` below fail the
 * type check the day the real types accept them).
 */
/// <reference types="google-apps-script" />
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './builtSheets';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

// Names and signatures the compiler refuses, as it refuses them in the add-on's code.
export function misspelled(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  // @ts-expect-error the method is getSpreadsheetTimeZone
  spreadsheet.getSpreadsheetTimezone();
  // @ts-expect-error formatDate takes a Date, a zone and a pattern
  Utilities.formatDate('2026-10-01', 'Asia/Tokyo');
}

describe('the Sheets code’s Apps Script types', () => {
  it('come from @types/google-apps-script: no hand-written service interfaces', () => {
    const own = sources(join(REPO_ROOT, 'sheets-addon')).filter((file) =>
      /\binterface \w+Like\b|from '[./]*\/?spreadsheetTypes'/.test(readFileSync(file, 'utf8')),
    );
    expect(own).toEqual([]);
    expect(typeof misspelled).toBe('function');
  });
});
