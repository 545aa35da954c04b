/** Types for webviewGuard.js (plain CommonJS: the webpack config requires it). */

/** The ES5 source of the script that says, in the pane's place, that the webview is too old to run it. */
export declare function webviewGuardScript(texts: { readonly en: string; readonly fr: string }): string;
