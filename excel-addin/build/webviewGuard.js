'use strict';
/**
 * An ES5 script for the head of taskpane.html, right after office.js. Office shows an add-in with a shared
 * runtime in Internet Explorer 11 wherever Microsoft Edge WebView2 is missing (Microsoft 365 on Windows
 * before Version 2107, or without WebView2; Microsoft's "Browsers and webview controls used by Office
 * Add-ins", note on <Runtimes>), and an old Mac has an old Safari. There the bundles (ES2020 syntax, and
 * built-ins up to ES2022) do not parse or fail on their first call, and the pane would stay blank: this
 * script, which any engine runs, finds that out and writes why in the pane's place, in Office's display
 * language, as Microsoft recommends ("a graceful failure message"). Elsewhere it does nothing.
 */

/** Syntax of ES2020, which the bundles are compiled to: an engine without it cannot parse them. */
const SYNTAX_PROBE = 'var o = {}; return o?.a ?? 0;';

/** The ES5 source of the guard, showing `texts.fr` in a French Office and `texts.en` elsewhere. */
function webviewGuardScript(texts) {
  const { en, fr } = texts;
  if (typeof en !== 'string' || typeof fr !== 'string') throw new Error('webviewGuardScript needs en and fr');
  return `(function () {
  var modern = typeof [].at === 'function' && typeof BigInt === 'function';
  try { new Function(${JSON.stringify(SYNTAX_PROBE)}); } catch (e) { modern = false; }
  if (modern) return;
  var texts = ${JSON.stringify({ en, fr }).replace(/<\//g, '<\\/')};
  function show(language) {
    var root = document.getElementById('taskpane-root');
    if (!root || root.getAttribute('data-old-webview')) return;
    root.setAttribute('data-old-webview', 'true');
    var message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.appendChild(document.createTextNode(/^fr/i.test(language || '') ? texts.fr : texts.en));
    root.appendChild(message);
  }
  function start() {
    var office = typeof Office === 'undefined' ? null : Office;
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
