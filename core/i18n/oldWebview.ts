/**
 * What the Excel pane shows in its own place when Office displays it in a browser engine too old to run it:
 * Office uses Internet Explorer 11 for an add-in with a shared runtime wherever Microsoft Edge WebView2 is
 * missing (Microsoft 365 on Windows before Version 2107, or without WebView2), and an old Mac has an old
 * Safari. Plain strings: the build writes them into the ES5 script of taskpane.html that says so
 * (excel-addin/build/webviewGuard.js), since the pane's own code cannot run there.
 */
import type { Language } from '../contract/types';
import { frenchSpacing } from './frenchTypography';

export const OLD_WEBVIEW_TEXTS: Readonly<Record<Language, string>> = {
  en:
    'Outcome Fees cannot run here: this Office shows add-ins in an old browser engine (Internet Explorer 11 ' +
    'on Windows, an old Safari on the Mac). On Windows, update Microsoft 365 to Version 2107 or later and ' +
    'install the Microsoft Edge WebView2 Runtime if it is missing; on the Mac, update macOS. Then open the ' +
    'pane again.',
  fr: frenchSpacing(
    'Outcome Fees ne peut pas fonctionner ici : cet Office affiche les compléments dans un ancien moteur de ' +
      'navigateur (Internet Explorer 11 sous Windows, un ancien Safari sur Mac). Sous Windows, mettez ' +
      'Microsoft 365 à jour (version 2107 ou ultérieure) et installez Microsoft Edge WebView2 Runtime s’il ' +
      'manque ; sur Mac, mettez macOS à jour. Rouvrez ensuite le volet.',
  ),
};

/**
 * What the pane shows where office.js did not load (no network, a proxy or a Content-Security-Policy that
 * blocks Microsoft's CDN): without it the pane cannot start and would stay blank.
 */
export const OFFICE_JS_MISSING_TEXTS: Readonly<Record<Language, string>> = {
  en:
    "Outcome Fees cannot start: Office's script (office.js, from https://appsforoffice.microsoft.com) did " +
    'not load. Check the network connection, or ask your IT team to allow that address (a proxy or a ' +
    'Content-Security-Policy may block it). Then open the pane again.',
  fr: frenchSpacing(
    'Outcome Fees ne peut pas démarrer : le script d’Office (office.js, depuis ' +
      'https://appsforoffice.microsoft.com) ne s’est pas chargé. Vérifiez la connexion réseau, ou demandez ' +
      'à votre service informatique d’autoriser cette adresse (un proxy ou une Content-Security-Policy peut ' +
      'la bloquer). Rouvrez ensuite le volet.',
  ),
};
