// Webpack plugin that turns the sidebar's script asset into the Sidebar.html template Apps Script serves.
'use strict';
const { Compilation, sources } = require('webpack');
const { taskpanePage } = require('../../taskpane/page');

const HTML_LANG = '<html lang="en">';
/** The scriptlets of the template: the user's language, and what to do once open (sheets-addon/sidebarStart.ts). */
const SCRIPTLETS = '<html lang="<?= lang ?>" data-start="<?= start ?>">';

/**
 * The sidebar as an HtmlService template: the task pane page with its stylesheet and the minified UI
 * inlined (a sidebar cannot load the add-on's own files), and two scriptlets on `<html>`, where the page
 * reads them without a round trip to the server: the user's language (template field `lang`) and the
 * section or action the menu item named (field `start`). Any other `<?` would start a scriptlet, so it
 * is refused.
 */
function sidebarTemplate(script) {
  const page = taskpanePage({ inlineCss: true, inlineScript: script });
  if (!page.includes(HTML_LANG)) throw new Error(`taskpane.html no longer starts with ${HTML_LANG}.`);
  const template = page.replace(HTML_LANG, () => SCRIPTLETS);
  const scriptlets = template.match(/<\?/g) ?? [];
  if (scriptlets.length !== 2) {
    throw new Error(
      `Sidebar.html must hold exactly two Apps Script scriptlets (language, start); found ${scriptlets.length}. ` +
        'The bundled UI or stylesheet contains "<?".',
    );
  }
  return template;
}

class SidebarPagePlugin {
  /** `scriptAsset`: the sidebar entry's output file, replaced by `htmlAsset`. */
  constructor({ scriptAsset = 'sidebar.js', htmlAsset = 'Sidebar.html' } = {}) {
    this.scriptAsset = scriptAsset;
    this.htmlAsset = htmlAsset;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('SidebarPagePlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        // After minification, so the page carries the minified script.
        { name: 'SidebarPagePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE },
        () => {
          const asset = compilation.getAsset(this.scriptAsset);
          if (!asset) {
            compilation.errors.push(new Error(`SidebarPagePlugin: no ${this.scriptAsset} to inline.`));
            return;
          }
          try {
            const html = sidebarTemplate(asset.source.source().toString());
            compilation.emitAsset(this.htmlAsset, new sources.RawSource(html));
            compilation.deleteAsset(this.scriptAsset);
          } catch (error) {
            compilation.errors.push(error);
          }
        },
      );
    });
  }
}

module.exports = { SidebarPagePlugin, sidebarTemplate };
