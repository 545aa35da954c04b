import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DARK_MUTED,
  applyOfficeTheme,
  contrastRatio,
  isDarkBackground,
  isGreySurface,
  relativeLuminance,
} from './theme';
import { DARK, DARK_GRAY } from '../../taskpane/testing/officeTheme';

/** Just what applyOfficeTheme touches of `<html>`. */
function fakeRoot() {
  const properties = new Map<string, string>();
  const root = {
    dataset: {} as Record<string, string>,
    style: {
      setProperty: (name: string, value: string) => void properties.set(name, value),
      removeProperty: (name: string) => void properties.delete(name),
    },
  };
  return { root: root as unknown as HTMLElement, properties, dataset: root.dataset };
}

describe('Office theme', () => {
  test('luminance and darkness follow WCAG', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1);
    expect(relativeLuminance('#000')).toBe(0);
    expect(isDarkBackground('#1f1f1f')).toBe(true); // Black
    expect(isDarkBackground('#444444')).toBe(true); // Dark Gray
    expect(isDarkBackground('#e6e6e6')).toBe(false); // Colorful / White
    expect(isDarkBackground('red')).toBe(false);
  });

  test('a dark theme sets the four Office colours and the dark palette', () => {
    const { root, properties, dataset } = fakeRoot();
    applyOfficeTheme(root, {
      bodyBackgroundColor: '#1F1F1F',
      bodyForegroundColor: '#FFFFFF',
      controlBackgroundColor: '#2B2B2B',
      controlForegroundColor: '#F0F0F0',
    });
    expect(Object.fromEntries(properties)).toEqual({
      '--of-surface': '#1F1F1F',
      '--of-text': '#FFFFFF',
      '--of-control': '#2B2B2B',
      '--of-control-text': '#F0F0F0',
    });
    expect(dataset.theme).toBe('dark');
  });

  test('a later light theme, or none, goes back to the stylesheet’s colours; odd values are ignored', () => {
    const { root, properties, dataset } = fakeRoot();
    applyOfficeTheme(root, { bodyBackgroundColor: '#000000', bodyForegroundColor: 'url(x)' });
    expect([...properties.keys()]).toEqual(['--of-surface']);
    applyOfficeTheme(root, undefined);
    expect(properties.size).toBe(0);
    expect(dataset.theme).toBe('light');
  });

  test('Dark Gray is a grey dark body: its hints take the body text, which reads at 4.5:1 where the muted grey does not', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21);
    expect(contrastRatio(DARK_MUTED, DARK_GRAY.bodyBackgroundColor)).toBeLessThan(4.5);
    expect(
      contrastRatio(DARK_GRAY.bodyForegroundColor, DARK_GRAY.bodyBackgroundColor),
    ).toBeGreaterThanOrEqual(4.5);
    expect(isGreySurface(DARK_GRAY.bodyBackgroundColor)).toBe(true);
    expect(isGreySurface(DARK.bodyBackgroundColor)).toBe(false);
    expect(isGreySurface('#ffffff')).toBe(false);
    const { root, dataset } = fakeRoot();
    applyOfficeTheme(root, DARK_GRAY);
    expect(dataset).toEqual({ theme: 'dark', surface: 'grey' });
    applyOfficeTheme(root, DARK);
    expect(dataset).toEqual({ theme: 'dark' });
  });

  test('DARK_MUTED is the dark palette’s muted grey in the stylesheet, and the grey body swaps it for the body text', () => {
    const css = readFileSync(join(__dirname, '../../taskpane/taskpane.css'), 'utf8');
    const rule = (selector: string) => css.split(`${selector} {`)[1]?.split('}')[0] ?? '';
    expect(rule("html[data-theme='dark']")).toContain(`--of-muted: ${DARK_MUTED};`);
    expect(rule("html[data-theme='dark'][data-surface='grey']")).toContain('--of-muted: var(--of-text);');
  });
});
