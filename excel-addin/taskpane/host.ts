/** What the Excel task pane needs from Office, behind an interface so tests can hand in a mock workbook. */

/** Office's display language and `Excel.run`. */
export interface ExcelHost {
  /** Office's display language (`fr-FR`), if known. */
  displayLanguage(): string | undefined;
  /** Which Excel this is, as Office says it (`Excel 16.0.17928.20114 (Mac)`), if known. */
  hostInfo?(): string | undefined;
  /** `Excel.run`. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** The real host. Call after `Office.onReady`. */
export function officeHost(): ExcelHost {
  return {
    displayLanguage: () => Office.context?.displayLanguage,
    hostInfo: () => {
      try {
        const info = Office.context?.diagnostics;
        return info ? `${info.host} ${info.version} (${info.platform})` : undefined;
      } catch {
        return undefined; // an Office that cannot tell: the report goes without the line
      }
    },
    run: (batch) => Excel.run(batch),
  };
}
