'use strict';
/**
 * An ES5 script for the head of taskpane.html, right after office.js. Office shows an add-in with a shared
 * runtime in Internet Explorer 11 wherever Microsoft Edge WebView2 is missing (Microsoft 365 on Windows
 * before Version 2107, or without WebView2; Microsoft's "Browsers and webview controls used by Office
 * Add-ins", note on <Runtimes>), and an old Mac has an old Safari. There the bundles (ES2020 syntax, and
 * built-ins up to ES2022) do not parse or fail on their first call, and the pane would stay blank: this
 * script, which any engine runs, finds that out and writes why in the pane's place, in Office's display
 * language, as Microsoft recommends ("a graceful failure message"). It says so too where office.js did
 * not load (a proxy, a Content-Security-Policy or no network between the pane and Microsoft's CDN), the
 * other way the pane would stay blank on first load. Elsewhere it does nothing.
 */

/** Syntax of ES2020, which the bundles are compiled to: an engine without it cannot parse them. */
const SYNTAX_PROBE = 'var o = {}; return o?.a ?? 0;';

/** Texts as a script literal: a closing tag in one cannot end the page's script. */
function embedded(texts) {
  return JSON.stringify(texts).replace(/<\//g, '<\\/');
}

/** `{ en, fr }`, checked. */
function languages(texts, name) {
  const { en, fr } = texts ?? {};
  if (typeof en !== 'string' || typeof fr !== 'string')
    throw new Error(`webviewGuardScript needs ${name}.en and .fr`);
  return { en, fr };
}

/**
 * The ES5 source of the guard: `oldWebview` where the engine cannot run the bundles, `noOfficeJs` where
 * office.js did not load, each in French in a French Office (or browser) and in English elsewhere.
 */
function webviewGuardScript({ oldWebview, noOfficeJs }) {
  const old = languages(oldWebview, 'oldWebview');
  const missing = languages(noOfficeJs, 'noOfficeJs');
  return `(function () {
  var modern = typeof [].at === 'function' && typeof BigInt === 'function';
  try { new Function(${JSON.stringify(SYNTAX_PROBE)}); } catch (e) { modern = false; }
  var office = typeof Office === 'undefined' ? null : Office;
  if (modern && office) return;
  var texts = modern ? ${embedded(missing)} : ${embedded(old)};
  var mark = modern ? 'data-no-office-js' : 'data-old-webview';
  function show(language) {
    var root = document.getElementById('taskpane-root');
    if (!root || root.getAttribute(mark)) return;
    root.setAttribute(mark, 'true');
    var message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.appendChild(document.createTextNode(/^fr/i.test(language || '') ? texts.fr : texts.en));
    root.appendChild(message);
  }
  function start() {
    if (office && office.onReady) {
      office.onReady(function () { show(office.context && office.context.displayLanguage); });
    } else {
      show(navigator.language || navigator.userLanguage);
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();`;
}

module.exports = { webviewGuardScript };
