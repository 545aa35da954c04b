/**
 * The pane follows Office's theme (File → Account → Office Theme: Colorful, Dark Gray, Black, White).
 * Office gives four colours (`Office.context.officeTheme`); they become the stylesheet's body and control
 * variables, and a dark body switches the rest of the palette (`html[data-theme='dark']` in taskpane.css)
 * so hints, borders and statuses keep their contrast.
 */

/** The part of `Office.OfficeTheme` the pane uses. */
export interface OfficeThemeColors {
  readonly bodyBackgroundColor?: string;
  readonly bodyForegroundColor?: string;
  readonly controlBackgroundColor?: string;
  readonly controlForegroundColor?: string;
}

/** Which stylesheet variable each Office colour sets. */
const VARIABLES: readonly (readonly [keyof OfficeThemeColors, string])[] = [
  ['bodyBackgroundColor', '--of-surface'],
  ['bodyForegroundColor', '--of-text'],
  ['controlBackgroundColor', '--of-control'],
  ['controlForegroundColor', '--of-control-text'],
];

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** The sRGB channels (0–1) of `#rgb` or `#rrggbb`. */
function channels(hex: string): [number, number, number] {
  const digits =
    hex.length === 4 ? [...hex.slice(1)].map((d) => d + d) : [1, 3, 5].map((i) => hex.slice(i, i + 2));
  return digits.map((pair) => parseInt(pair, 16) / 255) as [number, number, number];
}

/** WCAG relative luminance of a `#rgb`/`#rrggbb` colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two `#rrggbb` colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [high, low] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

/** The dark palette's muted text (taskpane.css, `html[data-theme='dark']`), for hints and labels. */
export const DARK_MUTED = '#c8c8c8';

/**
 * Whether a dark body is grey enough that the dark palette's muted text falls below WCAG's 4.5:1 on it,
 * as on Office's Dark Gray (#6a6a6a: 3.2:1); there only the body text Office gives reads, and the
 * stylesheet uses it for hints (`html[data-surface='grey']`).
 */
export function isGreySurface(background: string): boolean {
  return isDarkBackground(background) && contrastRatio(DARK_MUTED, background) < 4.5;
}

/**
 * Whether text on `background` reads better white than black: below a luminance of about 0.18, white
 * text has the higher contrast (WCAG ratios cross there).
 */
export function isDarkBackground(background: string): boolean {
  return HEX.test(background) && relativeLuminance(background) < 0.179;
}

/**
 * Puts Office's colours on `root` (the page's `<html>`) and marks it dark or light (and a grey dark body
 * as such: isGreySurface). A colour Office does
 * not give, or gives in a form other than `#rrggbb`, leaves the stylesheet's own; without a theme (an
 * older Office) the pane keeps its light look.
 */
export function applyOfficeTheme(root: HTMLElement, theme: OfficeThemeColors | undefined): void {
  for (const [key, variable] of VARIABLES) {
    const color = theme?.[key];
    if (typeof color === 'string' && HEX.test(color.trim())) root.style.setProperty(variable, color.trim());
    else root.style.removeProperty(variable);
  }
  const background = theme?.bodyBackgroundColor?.trim() ?? '';
  root.dataset.theme = isDarkBackground(background) ? 'dark' : 'light';
  if (isGreySurface(background)) root.dataset.surface = 'grey';
  else delete root.dataset.surface;
}

/** What `followOfficeTheme` needs of Office: its theme now, and a way to hear of a change. */
export interface ThemeSource {
  theme(): OfficeThemeColors | undefined;
  /** Calls `changed` when Office says the theme changed, where Office has such an event. */
  onChange(changed: () => void): void;
}

/**
 * Applies the theme now and again whenever it may have changed: on Office's theme-changed event where
 * the host raises one (Office documents it for PowerPoint and Outlook, not Excel), and whenever the pane
 * is shown or focused again, since a user changes the theme in Office's own settings, away from the pane.
 */
export function followOfficeTheme(doc: Document, source: ThemeSource): void {
  const apply = (): void => applyOfficeTheme(doc.documentElement, source.theme());
  apply();
  source.onChange(apply);
  doc.defaultView?.addEventListener('focus', apply);
  doc.addEventListener('visibilitychange', () => {
    if (doc.visibilityState === 'visible') apply();
  });
}

/** Office as a theme source. Call after `Office.onReady`. */
export function officeThemeSource(): ThemeSource {
  return {
    theme: () => Office.context?.officeTheme,
    onChange: (changed) => {
      const document = Office.context?.document as unknown as
        { addHandlerAsync?: (type: string, handler: () => void, callback?: () => void) => void } | undefined;
      const type = (Office.EventType as unknown as Record<string, string> | undefined)?.OfficeThemeChanged;
      // Excel has no documented theme event: the call may be missing or fail, and focus re-reads instead.
      if (!type || typeof document?.addHandlerAsync !== 'function') return;
      try {
        document.addHandlerAsync(type, changed, () => undefined);
      } catch {
        // Not supported by this host.
      }
    },
  };
}
