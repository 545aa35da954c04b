/**
 * The ExcelApi requirement set: the manifest declares the version the add-in needs to load, and every
 * action of the pane runs on an Excel that has exactly that version (the fake fails any call above it with
 * ApiNotFound, as Excel does). The fake's table of which call needs which version is checked against
 * Microsoft's own annotations in @types/office-js, so the test cannot agree with a wrong table.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { workbookActions } from '../../core/app/actions';
import type { Bridge } from '../../core/app/bridge';
import { createExcelBridge } from '../../excel-addin/taskpane/excelBridge';
import type { ExcelHost } from '../../excel-addin/taskpane/host';
import { excelWorkbook } from '../../excel-addin/taskpane/workbookPort';
import { fakeExcel } from '../fakes/excel';
import { bundleFunctions } from './bundleFunctions';
import { EXCEL_API_SETS, compareVersions } from '../fakes/excel/requirements';
import { supplierInvoiceGrid } from '../support/supplierInvoiceGrid';

const ROOT = path.resolve(__dirname, '../..');

/** The manifest's `<Set Name="ExcelApi" MinVersion="…"/>`. */
function declaredExcelApi(): string {
  const xpath = "string(//*[local-name()='Set'][@Name='ExcelApi']/@MinVersion)";
  return execFileSync('xmllint', ['--nonet', '--xpath', xpath, path.join(ROOT, 'manifest.xml')], {
    encoding: 'utf8',
  }).trim();
}

const TYPES = fs.readFileSync(require.resolve('@types/office-js/index.d.ts'), 'utf8');
const EXCEL = TYPES.indexOf('declare namespace Excel {');

/** The ExcelApi version @types/office-js gives `Class.member` (or a class alone) in namespace Excel. */
function documentedVersion(member: string): string | null {
  const [cls, name] = member.split('.');
  const start = TYPES.indexOf(`\n    class ${cls} extends OfficeExtension.ClientObject {`, EXCEL);
  if (start < 0) return null;
  if (name === undefined) {
    const before = TYPES.slice(TYPES.lastIndexOf('/**', start), start);
    return /\[Api set: ExcelApi (\d+\.\d+)\]/.exec(before)?.[1] ?? null;
  }
  const body = TYPES.slice(start, TYPES.indexOf('\n    }\n', start));
  const declared = new RegExp(
    `\\[Api set: ExcelApi (\\d+\\.\\d+)\\][^/]*\\*/\\s*(?:readonly\\s+)?${name}\\s*[(:?<]`,
  ).exec(body);
  return declared?.[1] ?? null;
}

/** Office's requirements of an Excel with ExcelApi up to `version`; records every version asked. */
function useExcelApi(version: string): { asked: Set<string>; restore: () => void } {
  const global = globalThis as { Office?: unknown };
  const previous = global.Office;
  const asked = new Set<string>();
  global.Office = {
    context: {
      requirements: {
        isSetSupported: (name: string, asking = '1.1') => {
          asked.add(asking);
          return name === 'ExcelApi' && compareVersions(asking, version) <= 0;
        },
      },
    },
  };
  return { asked, restore: () => (global.Office = previous) };
}

function pane(fake: ReturnType<typeof fakeExcel>): { bridge: Bridge; host: ExcelHost } {
  const host: ExcelHost = { displayLanguage: () => undefined, run: (batch) => fake.run(batch) };
  return { host, bridge: createExcelBridge({ host, actions: workbookActions(excelWorkbook(host)) }) };
}

/** Every kind of sheet the pane paints and every read it makes, one after the other. */
async function everyAction(fake: ReturnType<typeof fakeExcel>): Promise<void> {
  const { bridge, host } = pane(fake);
  await bridge.newContract('bpo-customer-service', 'en');
  const check = await bridge.checkContract('en');
  expect(check.ok).toBe(true);
  const invoice = await bridge.generateInvoice('2026-10', 'en');
  await bridge.invoiceRange('2026-09', '2026-12', 'en');
  await bridge.reviewPerformance('2026-09', '2026-12', 'en');
  const supplier = await supplierInvoiceGrid(excelWorkbook(host), '2026-10');
  fake.book.addSheet('Supplier');
  supplier.forEach((row, r) =>
    row.forEach((value, c) => fake.book.write(fake.book.find('Supplier')!, r, c, value, 'setup')),
  );
  await bridge.reconcileInvoice('Supplier', '2026-10', 'en');
  await bridge.correctInvoice(invoice.sheet, 'en');
  await bridge.periodExposure('2026-10', 'en');
  const base = { kind: 'period', period: '2026-10' } as const;
  await bridge.feeCurve({ kpi: 'FCR', from: '0.70', to: '0.85', steps: '4', base }, 'en');
  await bridge.forecast({ months: '3', simulations: '20', seed: '1', method: 'resampled' }, 'en');
  await bridge.selectCell('Contract', 'B3');
  const diagnostics = await bridge.runDiagnostics('en');
  expect(diagnostics.checks.filter((c) => c.status === 'failed')).toEqual([]);
}

describe('ExcelApi requirement set', () => {
  it('documents each call above ExcelApi 1.1 as Microsoft does', () => {
    for (const [location, [member, version]] of Object.entries(EXCEL_API_SETS))
      expect([location, documentedVersion(member)]).toEqual([location, version]);
    // The reader finds what it should: a member of 1.1, and nothing for a name Office.js does not have.
    expect(documentedVersion('Range.formulas')).toBe('1.1');
    expect(documentedVersion('Range.noSuchMember')).toBeNull();
  });

  it('runs every action of the pane on an Excel of exactly the manifest’s ExcelApi, which it all needs', async () => {
    const declared = declaredExcelApi();
    expect(declared).toBe('1.12');
    const office = useExcelApi(declared);
    try {
      // Diagnostics' FEES.* formulas computed by the built functions.js, as Excel calls the add-in's.
      const fake = fakeExcel({ customFunctions: bundleFunctions() });
      await everyAction(fake);
      expect(fake.runs.filter((run) => run.error !== undefined)).toEqual([]);
      // Tags (1.12) were used, so the declaration is no higher than needed; 1.16 was asked and refused.
      const needed = [...office.asked].filter((v) => compareVersions(v, declared) <= 0);
      expect(needed.sort(compareVersions).at(-1)).toBe(declared);
      expect([...office.asked].filter((v) => compareVersions(v, declared) > 0)).toEqual(['1.16']);
      expect(fake.book.find('Curve FCR')!.charts).toHaveLength(2);
      expect(fake.book.find('Contract')!.customProperties.size).toBe(1);
    } finally {
      office.restore();
    }
  });

  it('writes formula-like text as typed strings where the host has ExcelApi 1.16, without relying on "@"', async () => {
    const office = useExcelApi('1.16');
    try {
      const fake = fakeExcel();
      // An Excel that ignored the text format would still keep the text: it never reaches `formulas`.
      fake.book.setNumberFormat = () => undefined;
      const result = await pane(fake).bridge.runDiagnostics('en');
      expect(result.checks.find((c) => c.id === 'textStaysText')).toMatchObject({ status: 'passed' });
    } finally {
      office.restore();
    }
  });

  it('fails as a whole, with Excel’s reason and nothing left, below the manifest’s version', async () => {
    const office = useExcelApi('1.11');
    try {
      const fake = fakeExcel({ sheets: { Sheet1: [['mine']] } });
      await expect(pane(fake).bridge.newContract('bpo-customer-service', 'en')).rejects.toThrow(
        /ExcelApi 1\.12/,
      );
      expect(fake.book.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1']);
    } finally {
      office.restore();
    }
  });
});
