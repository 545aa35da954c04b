/**
 * Excel's page as the pane's browser tests start it: `data-host="excel"` and a fake `Office` whose
 * `officeTheme` the pane follows (excel-addin/taskpane/theme.ts); `window.themeChanged()` raises Office's
 * theme event once the test has set another theme.
 */

/** Office's colours for one theme, as `Office.context.officeTheme` reports them. */
export interface OfficeTheme {
  readonly bodyBackgroundColor: string;
  readonly bodyForegroundColor: string;
  readonly controlBackgroundColor: string;
  readonly controlForegroundColor: string;
}

/** Office's Black theme, as Excel reports it. */
export const DARK: OfficeTheme = {
  bodyBackgroundColor: '#1F1F1F',
  bodyForegroundColor: '#FFFFFF',
  controlBackgroundColor: '#2B2B2B',
  controlForegroundColor: '#FFFFFF',
};

/**
 * Office's Dark Gray theme: a mid-grey body with light controls, as Excel reports it (the colours
 * office-ui-fabric-core #732 lists). Dark by luminance, yet too light for the Black theme's palette.
 */
export const DARK_GRAY: OfficeTheme = {
  bodyBackgroundColor: '#6A6A6A',
  bodyForegroundColor: '#F0F0F0',
  controlBackgroundColor: '#D4D4D4',
  controlForegroundColor: '#262626',
};

/** Office's Colorful theme: a light grey body. */
export const COLORFUL: OfficeTheme = {
  bodyBackgroundColor: '#E6E6E6',
  bodyForegroundColor: '#444444',
  controlBackgroundColor: '#FDFDFD',
  controlForegroundColor: '#444444',
};

/** Office's White theme. */
export const WHITE: OfficeTheme = {
  bodyBackgroundColor: '#FFFFFF',
  bodyForegroundColor: '#262626',
  controlBackgroundColor: '#FFFFFF',
  controlForegroundColor: '#262626',
};

/** The `beforeMount` script of an Excel pane in `theme`. */
export function excelPage(theme: OfficeTheme): string {
  return `
    document.documentElement.dataset.host = 'excel';
    window.Office = {
      EventType: { OfficeThemeChanged: 'officeThemeChanged' },
      context: {
        officeTheme: ${JSON.stringify(theme)},
        document: { addHandlerAsync: (type, handler, done) => { window.themeChanged = handler; done(); } },
      },
    };
    OutcomeFeesTest.followOfficeTheme(document, OutcomeFeesTest.officeThemeSource());`;
}
