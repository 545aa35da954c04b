// Build-time helper for the hosts (see page.d.ts). Plain CommonJS so a webpack.config.js can require it.
'use strict';
const { readFileSync } = require('fs');
const { join } = require('path');

const HEAD_SLOT = /<!-- host-head:[^>]*-->/;
const CSS_LINK = /<link rel="stylesheet" href="taskpane\.css" \/>/;

/** The task pane page for a host. Replacements go through functions so `$` in a bundle stays literal. */
function taskpanePage(options = {}) {
  const html = readFileSync(join(__dirname, 'taskpane.html'), 'utf8');
  if (!HEAD_SLOT.test(html) || !CSS_LINK.test(html)) throw new Error('taskpane.html lost its host slots.');
  let page = html.replace(HEAD_SLOT, () => options.head ?? '');
  if (options.inlineCss) {
    const css = readFileSync(join(__dirname, 'taskpane.css'), 'utf8');
    page = page.replace(CSS_LINK, () => `<style>\n${css.replace(/<\/style/gi, '<\\/style')}</style>`);
  }
  if (options.inlineScript !== undefined) {
    // A `</script` inside the code would end the element early.
    const script = options.inlineScript.replace(/<\/script/gi, '<\\/script');
    page = page.replace('</body>', () => `<script>\n${script}\n</script>\n</body>`);
  }
  return page;
}

module.exports = { taskpanePage };
