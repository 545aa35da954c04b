/**
 * The manifest the Excel build ships: schema-valid offline (xmllint against the Office XSDs), and, for a
 * production base URL, free of any localhost URL, with the metadata's help links moved along. xmllint is
 * required (CI installs libxml2-utils): without it these tests fail rather than skip.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FUNCTIONS } from '../../core/functions/registry';
import { excelAssets } from '../../excel-addin/build/excelAssets';
import { functionsMetadata } from '../../excel-addin/functions/metadata';
import { builtFile, REPO_ROOT } from './builtExcel';

const SCHEMA = resolve(REPO_ROOT, 'schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd');
const PRODUCTION = 'https://fees.example.com/excel';

function validate(file: string): { status: number | null; stderr: string } {
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, file], { encoding: 'utf8' });
  if (run.error) throw new Error(`xmllint is required (apt-get install libxml2-utils): ${run.error.message}`);
  return { status: run.status, stderr: run.stderr.trim() };
}

const tmp = mkdtempSync(join(tmpdir(), 'outcome-fees-excel-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the built manifest (dist/excel/manifest.xml)', () => {
  it('validates against the Office add-in XSDs offline', () => {
    const file = builtFile('manifest.xml');
    expect(validate(file)).toEqual({ status: 0, stderr: `${file} validates` });
  });
});

describe(`a production build (ADDIN_BASE_URL=${PRODUCTION})`, () => {
  const assets = excelAssets({ baseUrl: `${PRODUCTION}/` });
  const text = (name: string): string => {
    const content = assets.get(name);
    if (content === undefined) throw new Error(`the build writes no ${name}`);
    return content.toString();
  };

  it('writes a manifest that validates and points only at the production base', () => {
    const file = join(tmp, 'manifest.xml');
    writeFileSync(file, text('manifest.xml'));
    expect(validate(file)).toEqual({ status: 0, stderr: `${file} validates` });
    expect(text('manifest.xml')).not.toMatch(/localhost/i);
    const urls = [...text('manifest.xml').matchAll(/(?:DefaultValue|Value)="([a-z]+:\/\/[^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(urls.length).toBeGreaterThanOrEqual(8);
    expect(urls.filter((url) => !url.startsWith(`${PRODUCTION}/`))).toEqual([]);
  });

  it('links the function help to the production base, in both languages', () => {
    expect(JSON.parse(text('functions.json'))).toEqual(functionsMetadata(FUNCTIONS, PRODUCTION));
    expect(JSON.parse(text('functions.fr.json'))).toEqual(functionsMetadata(FUNCTIONS, PRODUCTION, 'fr'));
    expect(text('functions.json')).not.toMatch(/localhost/i);
  });

  it('refuses a base URL Office could not load', () => {
    expect(() => excelAssets({ baseUrl: 'http://fees.example.com' })).toThrow(/https/);
  });
});

describe('excelAssets', () => {
  it('says how to build the core when dist/core is missing', () => {
    expect(() => excelAssets({ distCore: join(tmp, 'no-core') })).toThrow(
      /run `npm run build:core` before the Excel build/,
    );
  });
});

describe('the ids and resource references of manifest.xml', () => {
  const xml = readFileSync(resolve(REPO_ROOT, 'manifest.xml'), 'utf8');
  const ids = [...xml.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
  const resources = new Set([...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));

  it('are unique and free of spaces: Office validates neither, and platforms then differ', () => {
    // Office-Addin-Scripts #932: a duplicated group or control id shows on the web and not on the Mac;
    // office-js #2447: a control id with a space hides the add-in's buttons.
    expect(ids.length).toBeGreaterThanOrEqual(10);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids.filter((id) => !/^[A-Za-z][\w.]*$/.test(id))).toEqual([]);
  });

  it('every resid names a resource of the manifest, in at most 32 characters', () => {
    const resids = [...xml.matchAll(/\sresid="([^"]*)"/g)].map((m) => m[1]);
    expect(resids.length).toBeGreaterThanOrEqual(10);
    expect(resids.filter((resid) => !resources.has(resid) || resid.length > 32)).toEqual([]);
  });

  it('overrides every localised resource for the same French locales', () => {
    const locales = [
      ...xml.matchAll(
        /<(?:bt:String|bt:Url|DisplayName|Description|SupportUrl)\b[^>]*>([\s\S]*?)<\/(?:bt:String|bt:Url|DisplayName|Description|SupportUrl)>/g,
      ),
    ]
      .map((m) => [...m[1].matchAll(/Locale="([^"]+)"/g)].map((l) => l[1]).join(' '))
      .filter((list) => list !== '');
    expect(locales.length).toBeGreaterThanOrEqual(8);
    expect(new Set(locales)).toEqual(new Set(['fr-FR fr-BE fr-CA fr-CH fr-LU']));
  });
});

describe('the support page of the manifest (SupportUrl, which AppSource requires)', () => {
  const xml = readFileSync(resolve(REPO_ROOT, 'manifest.xml'), 'utf8');
  const support = /<SupportUrl DefaultValue="([^"]+)">([\s\S]*?)<\/SupportUrl>/.exec(xml);
  const built = excelAssets();

  it('is a page the build serves, the French reference for every French locale', () => {
    expect(support).not.toBeNull();
    const page = (url: string): string => url.replace('https://localhost:3000/', '');
    expect(built.has(page(support![1]!))).toBe(true);
    const overrides = [...support![2]!.matchAll(/Value="([^"]+)"/g)].map((m) => page(m[1]!));
    expect(overrides).toHaveLength(5);
    for (const file of overrides) expect([file, built.has(file)]).toEqual(['docs/functions.fr.html', true]);
  });
});

describe('one runtime for the pane and the functions (what the README promises of a closed pane)', () => {
  const manifest = resolve(REPO_ROOT, 'manifest.xml');
  const xpath = (query: string): string => {
    const run = spawnSync('xmllint', ['--nonet', '--xpath', query, manifest], { encoding: 'utf8' });
    if (run.error)
      throw new Error(`xmllint is required (apt-get install libxml2-utils): ${run.error.message}`);
    return run.stdout.trim();
  };
  const resid = (path: string) => xpath(`string(${path}/@resid)`);

  it('runs the functions in the page of the task pane, in a runtime of long lifetime', () => {
    const el = (name: string) => `*[local-name()='${name}']`;
    const runtime = `//${el('Runtimes')}/${el('Runtime')}`;
    expect(xpath(`string(${runtime}/@lifetime)`)).toBe('long');
    const pages = [
      resid(runtime),
      resid(
        `//${el('ExtensionPoint')}[@*[local-name()='type']='CustomFunctions']/${el('Page')}/${el('SourceLocation')}`,
      ),
      resid(`//${el('FunctionFile')}`),
      resid(`//${el('Action')}[@*[local-name()='type']='ShowTaskpane']/${el('SourceLocation')}`),
    ];
    expect(pages).toEqual(['Taskpane.Url', 'Taskpane.Url', 'Taskpane.Url', 'Taskpane.Url']);
  });
});
