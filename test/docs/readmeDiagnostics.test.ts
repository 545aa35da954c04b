/**
 * The README's Diagnostics section names the temporary sheets a run paints, in each language of the pane,
 * as the pane names them: a user told to delete "Diagnostics (delete me)" must find it by that name.
 */
import { diagnosticsTexts } from '../../core/i18n/diagnostics';
import { readme } from './readmeExamples';

const section = readme()
  .split(/^## Diagnostics$/m)[1]
  ?.split(/^## /m)[0]
  .replace(/\s+/g, ' ');

describe('the README’s Diagnostics section', () => {
  it.each(['en', 'fr'] as const)('names the temporary sheets of a %s pane', (lang) => {
    const { main, chart, calls } = diagnosticsTexts(lang).sheetNames;
    for (const name of [main, chart, calls]) expect(section).toContain(`\`${name}\``);
  });
});
