import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileUnder, launchChromium, serveFiles } from '../../e2e/harness';
const DIST = '/work/main/dist/excel';
const OFFICE_DIST = '/work/main/node_modules/@microsoft/office-js/dist';
test('probe', async () => {
  const browser = await launchChromium();
  const page = await browser.newPage();
  page.on('console', (m) => console.log('console', m.type(), m.text()));
  const log = await serveFiles(page, { origin: 'https://localhost:3000', root: DIST });
  await page.route('https://appsforoffice.microsoft.com/lib/1/hosted/**', async (route) => {
    const path = new URL(route.request().url()).pathname.slice('/lib/1/hosted'.length);
    const file = fileUnder(OFFICE_DIST, path);
    if (file === undefined || !existsSync(file)) return route.fulfill({ status: 404, body: 'nf' });
    return route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(file) });
  });
  await page.addInitScript(() => {
    (window as any).__probe = [];
    const orig = Object.getOwnPropertyDescriptor(window, 'Office');
    (window as any).__probe.push('init Office=' + typeof (window as any).Office + ' ' + String(orig));
  });
  await page.goto('https://localhost:3000/taskpane.html');
  await page.waitForSelector('#taskpane-root form', { timeout: 30000 });
  const info = await page.evaluate(() => {
    const w = window as any;
    return {
      probe: w.__probe,
      excel: typeof w.Excel,
      excelRun: typeof w.Excel?.run,
      ctx: typeof w.Office.context,
      ctxKeys: w.Office.context ? Object.keys(w.Office.context) : null,
      req: typeof w.Office.context?.requirements,
      lang: w.Office.context?.displayLanguage,
      onReady: String(w.Office.onReady).slice(0, 300),
      officeDesc: String(Object.getOwnPropertyDescriptor(window, 'Office')?.writable),
    };
  });
  console.log(JSON.stringify(info, null, 1));
  console.log(log.requests.map((r) => r.url + ' ' + r.status).join('\n'));
  await browser.close();
}, 60000);
