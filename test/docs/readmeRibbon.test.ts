/**
 * The README tells an Excel user which ribbon button opens the pane by the labels the manifest gives it
 * (it once said an "Outcome Fees" button, the group's label, while the button reads "Contracts and
 * invoices"), in English and in French, as `npm start` does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/builtCore';
import { readme } from './readmeExamples';

const manifest = readFileSync(join(REPO_ROOT, 'manifest.xml'), 'utf8');
const flat = readme().replace(/\s+/g, ' ');

/** A short string of the manifest: its default value and its fr-FR override. */
function label(id: string): { en: string; fr: string } {
  const element = new RegExp(`<bt:String id="${id}" DefaultValue="([^"]+)">([\\s\\S]*?)</bt:String>`).exec(
    manifest,
  );
  const fr = element && /Locale="fr-FR" Value="([^"]+)"/.exec(element[2]);
  if (!element || !fr) throw new Error(`manifest.xml has no ${id} with a fr-FR override`);
  return { en: element[1], fr: fr[1] };
}

describe('the README’s way to the task pane in Excel', () => {
  it('names the button and its group as the ribbon shows them, English and French', () => {
    const button = label('TaskpaneButton.Label');
    const group = label('Group.Label');
    expect(flat).toContain(
      `The **${button.en}** button of the **${group.en}** group on the Home tab (_${button.fr}_, group _${group.fr}_, in French) opens the task pane`,
    );
  });

  it('is the button npm start names after its sideload steps', () => {
    const devServer = readFileSync(join(REPO_ROOT, 'excel-addin', 'devServer.js'), 'utf8');
    expect(devServer).toContain(`Home > ${label('TaskpaneButton.Label').en} opens the pane`);
  });
});
