/** Types for webviewGuard.js (plain CommonJS: the webpack config requires it). */

/** A message in English and French. */
export interface GuardTexts {
  readonly en: string;
  readonly fr: string;
}

/**
 * The ES5 source of the script that says, in the pane's place, that the webview is too old to run it
 * (`oldWebview`) or that office.js did not load (`noOfficeJs`).
 */
export declare function webviewGuardScript(texts: {
  readonly oldWebview: GuardTexts;
  readonly noOfficeJs: GuardTexts;
}): string;
