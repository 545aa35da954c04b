/**
 * The pane's buttons, fields and sections the README names in italics (`_Compute the exposure_`,
 * `_Calculer l’exposition_`) are labels the pane has: a button renamed in the pane would otherwise leave
 * the README sending a newcomer to look for one that is not there. Read in the README's sections about
 * the pane; the host's own words written there in italics (Office's menus) are listed below.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/builtCore';
import { readme } from './readmeExamples';

const PANE_SECTIONS = [
  'Excel add-in',
  'In the task pane and the sidebar',
  'In the task pane: Performance review, Reconcile, Correct an invoice',
  'The pane in each host',
  'Diagnostics',
];

/** Words of Excel and Office, not of the pane, that those sections give in italics. */
const HOST_WORDS = new Set([
  'Next time Office starts, clear all previously-started web add-ins cache',
  'Clear Web Cache',
  'Data › What-If Analysis › Goal Seek',
  'Unhide rows',
  'Use 1904 date system',
  'Create a copy',
]);

const oneSpaced = (text: string) => text.replace(/\s+/g, ' ');

/** The pane's texts in both languages, the templates' names and the ribbon's labels (manifest.xml). */
function paneTexts(): string {
  const sources = (folder: string) =>
    readdirSync(join(REPO_ROOT, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(ts|html)$/.test(file) && !file.endsWith('.test.ts'))
      .map((file) => readFileSync(join(REPO_ROOT, folder, file), 'utf8'));
  const all = [
    ...sources('core/i18n'),
    ...sources('taskpane'),
    ...sources('core/templates'),
    readFileSync(join(REPO_ROOT, 'manifest.xml'), 'utf8'),
  ];
  return oneSpaced(all.join('\n'));
}

/** A section's text (to the next heading of its level or above), its code spans left out. */
function section(lines: readonly string[], heading: string): string {
  const start = lines.findIndex((line) => /^#{2,3} /.test(line) && line.replace(/^#+ /, '') === heading);
  if (start < 0) throw new Error(`README.md has no section "${heading}"`);
  const level = lines[start].indexOf(' ');
  const end = lines.findIndex((line, i) => i > start && new RegExp(`^#{1,${level}} `).test(line));
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .replace(/`[^`]*`/g, '');
}

describe('the pane labels the README names', () => {
  it('are labels of the pane (or Office’s own words, listed)', () => {
    const lines = readme().split('\n');
    const texts = paneTexts();
    const named = PANE_SECTIONS.flatMap((heading) =>
      [...section(lines, heading).matchAll(/(?<!\w)_([^_\n][^_]*?)_(?!\w)/g)].map((m) => ({
        heading,
        label: oneSpaced(m[1]),
      })),
    );
    expect(named.length).toBeGreaterThan(30);
    const unknown = named.filter(({ label }) => !texts.includes(label) && !HOST_WORDS.has(label));
    expect(unknown.map(({ heading, label }) => `${heading}: _${label}_`)).toEqual([]);
  });
});
