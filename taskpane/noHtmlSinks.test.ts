/**
 * The pane shows workbook text (KPI names, sheet names, host messages); none of its source may hand text to
 * the HTML parser. ESLint forbids `innerHTML`/`outerHTML`; this covers the other sinks too, in the pane
 * and in each host's page glue (the Sheets sidebar's entry and port, the Excel task pane's bridge).
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';

const SINKS =
  /\b(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|DOMParser|srcdoc)\b|document\.write/;

const ROOT = join(__dirname, '..');

/** Where page code lives: the pane, the sidebar's page, the Excel pane's page. */
const PAGE_CODE = [
  'taskpane',
  'sheets-addon/sidebar',
  'sheets-addon/sidebarStart.ts',
  'excel-addin/taskpane',
  'core/i18n/taskpane.ts',
];

function sources(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => {
    const inner = join(path, name);
    if (statSync(inner).isDirectory()) return sources(inner);
    return /\.(ts|js)$/.test(name) && !/\.(test|d)\.ts$/.test(name) ? [inner] : [];
  });
}

test('no page source of the pane or of a host’s page uses an HTML-parsing sink', () => {
  const files = PAGE_CODE.flatMap((path) => sources(join(ROOT, path)));
  for (const dir of ['taskpane/', 'sheets-addon/sidebar/', 'excel-addin/taskpane/']) {
    expect(files.filter((file) => file.startsWith(join(ROOT, dir))).length).toBeGreaterThan(2);
  }
  const offenders = files.filter((file) => SINKS.test(readFileSync(file, 'utf8')));
  expect(offenders).toEqual([]);
});

test('the sink pattern catches what it is meant to', () => {
  expect(SINKS.test('node.insertAdjacentHTML("beforeend", text)')).toBe(true);
  expect(SINKS.test('document.write(text)')).toBe(true);
  expect(SINKS.test('new DOMParser().parseFromString(text, "text/html")')).toBe(true);
  expect(SINKS.test('node.textContent = text')).toBe(false);
});
