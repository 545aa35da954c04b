import { applyOfficeTheme, isDarkBackground, relativeLuminance } from './theme';

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
});
