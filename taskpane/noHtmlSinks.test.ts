/**
 * The pane shows workbook text (KPI names, sheet names, host messages); none of its source may hand text to
 * the HTML parser. ESLint forbids `innerHTML`/`outerHTML`; this covers the other sinks too.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';

const SINKS =
  /\b(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|DOMParser|srcdoc)\b|document\.write/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|js)$/.test(name) && !/\.(test|d)\.ts$/.test(name) ? [path] : [];
  });
}

test('no task pane source uses an HTML-parsing sink', () => {
  const files = [...sources(__dirname), join(__dirname, '../core/i18n/taskpane.ts')];
  expect(files.length).toBeGreaterThan(5);
  const offenders = files.filter((file) => SINKS.test(readFileSync(file, 'utf8')));
  expect(offenders).toEqual([]);
});

test('the sink pattern catches what it is meant to', () => {
  expect(SINKS.test('node.insertAdjacentHTML("beforeend", text)')).toBe(true);
  expect(SINKS.test('node.textContent = text')).toBe(false);
});
