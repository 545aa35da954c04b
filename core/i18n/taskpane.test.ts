import { LANGS } from '../app/bridge';
import { TASKPANE_STRINGS, fillText, isSingular, type TaskpaneStrings } from './taskpane';
import { formatCount } from './digitGroups';

const placeholders = (text: string): string[] => Array.from(text.matchAll(/\{(\w+)\}/g), (m) => m[1]).sort();

describe('task pane strings', () => {
  test('every language has every text, non-empty', () => {
    const keys = Object.keys(TASKPANE_STRINGS.en).sort();
    for (const lang of LANGS) {
      const strings = TASKPANE_STRINGS[lang];
      expect(Object.keys(strings).sort()).toEqual(keys);
      for (const key of keys) {
        const value = strings[key as keyof TaskpaneStrings];
        if (typeof value === 'string') expect(value.trim()).not.toBe('');
      }
    }
  });

  test('a text takes the same placeholders in every language', () => {
    for (const key of Object.keys(TASKPANE_STRINGS.en) as (keyof TaskpaneStrings)[]) {
      const en = TASKPANE_STRINGS.en[key];
      if (typeof en !== 'string') continue;
      for (const lang of LANGS)
        expect([key, placeholders(TASKPANE_STRINGS[lang][key] as string)]).toEqual([key, placeholders(en)]);
    }
  });

  test('French texts use French punctuation spacing before a colon', () => {
    for (const value of Object.values(TASKPANE_STRINGS.fr)) {
      if (typeof value === 'string') expect(value).not.toMatch(/\S:(\s|$)/);
    }
  });

  test('each language names itself', () => {
    expect(TASKPANE_STRINGS.en.languageNames).toEqual({ en: 'English', fr: 'Français' });
    expect(TASKPANE_STRINGS.fr.languageNames).toEqual({ en: 'English', fr: 'Français' });
  });
});

describe('fillText', () => {
  test('fills every placeholder', () => {
    expect(
      fillText('{ref} ({column}): {message}', { ref: 'Contract!H7', column: 'Target', message: 'bad' }),
    ).toBe('Contract!H7 (Target): bad');
    expect(fillText('{count} problems', { count: '3' })).toBe('3 problems');
  });

  test('takes text only: a raw number would reach the pane ungrouped (12345678 for 12 345 678)', () => {
    // @ts-expect-error a count is written with formatCount before it is filled in
    expect(fillText('{count} problèmes', { count: 12345678 })).toBe('12345678 problèmes');
    expect(fillText('{count} problèmes', { count: formatCount('fr', 12345678) })).toBe(
      '12\u202f345\u202f678 problèmes',
    );
  });

  test('does not expand placeholders found in inserted workbook text', () => {
    expect(fillText('{a} and {b}', { a: '{b}', b: 'B' })).toBe('{b} and B');
  });

  test('leaves a placeholder without a value visible', () => {
    expect(fillText('total {total} {currency}', { total: '1.00' })).toBe('total 1.00 {currency}');
  });

  test('keeps a "$&" in a value literally', () => {
    expect(fillText('{message}', { message: 'cost $& more' })).toBe('cost $& more');
  });
});

describe('isSingular', () => {
  test('English: only one', () => {
    expect([0, 1, 2].map((n) => isSingular('en', n))).toEqual([false, true, false]);
  });

  test('French: zero and one', () => {
    expect([0, 1, 2].map((n) => isSingular('fr', n))).toEqual([true, true, false]);
  });
});
