import { mkdtempSync, mkdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runInNewContext } from 'vm';
import { bundleForBrowser } from './bundle';
import { contentTypeOf, fileUnder } from './serveFiles';

describe('bundleForBrowser', () => {
  const dir = mkdtempSync(join(tmpdir(), 'of-bundle-'));
  mkdirSync(join(dir, 'lib'));
  writeFileSync(join(dir, 'lib/index.ts'), 'export const base: number = 40;\n');
  writeFileSync(
    join(dir, 'add.ts'),
    "import { base } from './lib';\nexport const add = (n: number): number => base + n;\n",
  );
  writeFileSync(
    join(dir, 'entry.ts'),
    "import type { Missing } from './nowhere';\nimport { add } from './add';\nexport const answer = add(2);\nexport type T = Missing;\n",
  );
  writeFileSync(join(dir, 'pkg.ts'), "import { z } from 'zod';\nexport const s = z;\n");

  test('follows relative imports, drops type-only ones, and exposes the entry on window', () => {
    const window: Record<string, { answer?: number }> = {};
    runInNewContext(bundleForBrowser(join(dir, 'entry.ts'), { globalName: 'Lib' }), { window });
    expect(window.Lib.answer).toBe(42);
  });

  test('refuses package imports instead of emitting a script that fails in the page', () => {
    expect(() => bundleForBrowser(join(dir, 'pkg.ts'), { globalName: 'Lib' })).toThrow(/package "zod"/);
  });
});

describe('fileUnder', () => {
  test('maps URL paths into the root', () => {
    expect(fileUnder('/srv/site', '/taskpane.html')).toBe('/srv/site/taskpane.html');
    expect(fileUnder('/srv/site', '/assets/icon%2016.png')).toBe('/srv/site/assets/icon 16.png');
  });

  test('never leaves the root', () => {
    expect(fileUnder('/srv/site', '/../secret')).toBeUndefined();
    expect(fileUnder('/srv/site', '/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
    expect(fileUnder('/srv/site', '/assets/../taskpane.html')).toBe('/srv/site/taskpane.html');
    expect(fileUnder('/srv/site', '/')).toBeUndefined();
    expect(fileUnder('/srv/site', '/%E0%A4%A')).toBeUndefined();
  });
});

test('contentTypeOf knows the add-in file types', () => {
  expect(contentTypeOf('/taskpane.html')).toBe('text/html; charset=utf-8');
  expect(contentTypeOf('/functions.JSON')).toBe('application/json; charset=utf-8');
  expect(contentTypeOf('/blob.bin')).toBe('application/octet-stream');
});
