// Build-time: the few task pane texts the Sheets menu shows, taken from the core's English and French
// strings in dist/core (the pane's and the Diagnostics section's heading), so Code.js carries these instead of every text of the pane (which the sidebar
// carries). webpack.sheets.config.js defines them as `__MENU_TEXT__` (see sheets-addon/server/menuText.ts).
'use strict';
const fs = require('fs');
const path = require('path');

/** The keys of TaskpaneStrings the menu and the sidebar's title use. */
const MENU_KEYS = ['appTitle', 'newContractHeading', 'checkHeading', 'invoiceHeading'];

/** `{ en: { appTitle, …, diagnosticsHeading }, fr: { … } }` from the built core at `coreDir`. */
function menuText(coreDir) {
  const file = path.join(coreDir, 'i18n', 'taskpane.js');
  const diagnosticsFile = path.join(coreDir, 'i18n', 'diagnostics.js');
  for (const needed of [file, diagnosticsFile])
    if (!fs.existsSync(needed)) throw new Error(`${needed} is missing: run \`npm run build:core\` first.`);
  const { TASKPANE_STRINGS } = require(file);
  const { diagnosticsTexts } = require(diagnosticsFile);
  return Object.fromEntries(
    Object.entries(TASKPANE_STRINGS).map(([lang, strings]) => [
      lang,
      Object.fromEntries([
        ...MENU_KEYS.map((key) => {
          if (typeof strings[key] !== 'string')
            throw new Error(`TASKPANE_STRINGS.${lang}.${key} is not text.`);
          return [key, strings[key]];
        }),
        ['diagnosticsHeading', diagnosticsTexts(lang).heading],
      ]),
    ]),
  );
}

module.exports = { menuText, MENU_KEYS };
