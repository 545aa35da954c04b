/**
 * What the sidebar does once open, as the menu names it in the HtmlService template's `start` field:
 * nothing, check the contract, or show a section. Shared by the server (sheets-addon/server/triggers.ts)
 * and the page (sheets-addon/sidebar/startSection.ts), so Code.js carries only these names.
 */
export const START_NEW = 'new';
export const START_CHECK = 'check';
export const START_INVOICE = 'invoice';
export const START_DIAGNOSTICS = 'diagnostics';
export const SIDEBAR_STARTS = ['', START_NEW, START_CHECK, START_INVOICE, START_DIAGNOSTICS] as const;
export type SidebarStart = (typeof SIDEBAR_STARTS)[number];
