/**
 * manifest.xml and its production rewrite: schema-valid offline (xmllint against the Office XSDs), and the
 * checks the XSD cannot make: every resid resolves to a resource of the right kind, every URL is HTTPS,
 * the namespace is FEES, every string has a French override, and every icon exists at its stated size.
 * xmllint is required (CI installs libxml2-utils): without it these tests fail rather than skip.
 */
import { execFileSync, spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { PNG } from 'pngjs';
import { writeIcons } from '../excel-addin/build/icons';
import { EXCEL_ERROR_CODES } from '../excel-addin/functions/errors';
import { FRENCH_SPACE, frenchSpacing } from '../core/i18n/frenchTypography';
import { straightApostrophes } from './support/frenchApostrophes';

const ROOT = path.resolve(__dirname, '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const SCHEMA = path.resolve(ROOT, 'schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd');
const BASE_URL = 'https://fees.example.com';
/** The French-speaking locales Office can run in; the pane speaks French in all of them, so must the ribbon. */
const FRENCH_LOCALES = ['fr-FR', 'fr-BE', 'fr-CA', 'fr-CH', 'fr-LU'] as const;

function xmllint(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync('xmllint', ['--nonet', ...args], { encoding: 'utf8' });
  if (run.error) {
    throw new Error(
      `xmllint is required for the manifest tests (apt-get install libxml2-utils): ${run.error.message}`,
    );
  }
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function decodeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

/** Values of the attributes an XPath selects (xmllint prints them as ` name="value"`, one per match). */
function attributes(file: string, xpath: string): string[] {
  const run = xmllint(['--xpath', xpath, file]);
  // Exit code 10 is "XPath set is empty".
  if (run.status === 10) return [];
  if (run.status !== 0) throw new Error(`xmllint --xpath ${xpath} failed: ${run.stderr}`);
  return [...run.stdout.matchAll(/\s[\w:.-]+="([^"]*)"/g)].map((match) => decodeXml(match[1]));
}

/** `//*[local-name()='A' or local-name()='B']`: the manifest mixes three namespaces, so match on local names. */
function elements(...names: string[]): string {
  return `//*[${names.map((name) => `local-name()='${name}'`).join(' or ')}]`;
}

type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';
const RESOURCE_KINDS: readonly ResourceKind[] = ['Images', 'Urls', 'ShortStrings', 'LongStrings'];

/** Which resource list each element holding a resid must point into (Office rejects a mismatched kind). */
const RESID_KIND: Readonly<Record<string, ResourceKind>> = {
  Image: 'Images',
  SourceLocation: 'Urls',
  FunctionFile: 'Urls',
  Runtime: 'Urls',
  LearnMoreUrl: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Namespace: 'ShortStrings',
  Description: 'LongStrings',
};

function resourceIds(file: string, kind: ResourceKind): string[] {
  return attributes(file, `//*[local-name()='Resources']/*[local-name()='${kind}']/*/@id`);
}

function productionCopy(dir: string): string {
  const out = path.join(dir, 'manifest.xml');
  execFileSync(process.execPath, [path.join(ROOT, 'excel-addin/build/manifest.js'), MANIFEST, out], {
    env: { ...process.env, ADDIN_BASE_URL: BASE_URL },
    encoding: 'utf8',
  });
  return out;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'outcome-fees-manifest-'));
let production: string | undefined;

/** Built on first use, so a manifest the rewrite refuses fails the production tests, not every test. */
function productionManifest(): string {
  production ??= productionCopy(tmp);
  return production;
}

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe.each([
  ['development manifest.xml', () => MANIFEST, 'https://localhost:3000/'],
  ['production manifest (ADDIN_BASE_URL)', productionManifest, `${BASE_URL}/`],
])('%s', (_label, file, origin) => {
  it('validates against the Office add-in XSDs offline', () => {
    const run = xmllint(['--noout', '--schema', SCHEMA, file()]);
    expect({ status: run.status, stderr: run.stderr.trim() }).toEqual({
      status: 0,
      stderr: `${file()} validates`,
    });
  });

  it('points every URL at the expected HTTPS origin', () => {
    const urls = attributes(file(), '//@DefaultValue | //@Value').filter((value) => value.includes('://'));
    expect(urls.length).toBeGreaterThanOrEqual(8);
    for (const url of urls) {
      expect(url.startsWith(origin) ? url : `not under ${origin}: ${url}`).toBe(url);
      expect(new URL(url).protocol).toBe('https:');
    }
    // Nothing else in the text looks like a fetchable http:// URL (namespace names are identifiers).
    const text = fs.readFileSync(file(), 'utf8').replace(/xmlns(:\w+)?="[^"]*"/g, '');
    expect(text.match(/http:\/\/[^\s"<]+/g) ?? []).toEqual([]);
  });

  it('resolves every resid to a defined resource of the right kind', () => {
    const defined = new Map(RESOURCE_KINDS.map((kind) => [kind, new Set(resourceIds(file(), kind))]));
    const checked: string[] = [];
    for (const [element, kind] of Object.entries(RESID_KIND)) {
      for (const resid of attributes(file(), `${elements(element)}/@resid`)) {
        expect(`${element} → ${resid} in ${defined.get(kind)?.has(resid) ? kind : 'nothing'}`).toBe(
          `${element} → ${resid} in ${kind}`,
        );
        checked.push(resid);
      }
    }
    // Every resid in the file was covered by the kind table above.
    expect(checked.sort()).toEqual(attributes(file(), '//@resid').sort());
    expect(checked.length).toBeGreaterThan(10);
  });

  it('defines no resource that nothing uses', () => {
    const used = new Set(attributes(file(), '//@resid'));
    const unused = RESOURCE_KINDS.flatMap((kind) => resourceIds(file(), kind)).filter((id) => !used.has(id));
    expect(unused).toEqual([]);
  });

  it('declares the FEES namespace in every language', () => {
    const namespaceId = attributes(file(), `${elements('Namespace')}/@resid`);
    expect(namespaceId).toHaveLength(1);
    const string = `//*[local-name()='ShortStrings']/*[@id='${namespaceId[0]}']`;
    expect(attributes(file(), `${string}/@DefaultValue`)).toEqual(['FEES']);
    for (const value of attributes(file(), `${string}/*[local-name()='Override']/@Value`))
      expect(value).toBe('FEES');
  });

  it('has the same French override in every French locale for every string, name, description and metadata URL', () => {
    const strings = RESOURCE_KINDS.filter((kind) => kind.endsWith('Strings')).flatMap((kind) =>
      resourceIds(file(), kind).map((id) => `//*[local-name()='${kind}']/*[@id='${id}']`),
    );
    expect(strings.length).toBeGreaterThanOrEqual(5);
    const owners = [
      ...strings,
      "/*/*[local-name()='DisplayName']",
      "/*/*[local-name()='Description']",
      "//*[local-name()='Urls']/*[@id='Functions.Metadata.Url']",
    ];
    for (const owner of owners) {
      const french = FRENCH_LOCALES.map((locale) =>
        attributes(file(), `${owner}/*[local-name()='Override'][@Locale='${locale}']/@Value`),
      );
      const [first] = french;
      expect(`${owner}: ${first.length} fr-FR override(s)`).toBe(`${owner}: 1 fr-FR override(s)`);
      expect(first[0].trim()).not.toBe('');
      expect({ owner, french }).toEqual({ owner, french: FRENCH_LOCALES.map(() => first) });
      // Nothing but the French locales is overridden.
      const locales = attributes(file(), `${owner}/*[local-name()='Override']/@Locale`);
      expect(locales).toEqual([...FRENCH_LOCALES]);
    }
  });

  it('loads the French functions metadata in every French locale', () => {
    const url = "//*[local-name()='Urls']/*[@id='Functions.Metadata.Url']";
    const french = attributes(file(), `${url}/*[local-name()='Override']/@Value`);
    expect(french).toEqual(FRENCH_LOCALES.map(() => `${origin}functions.fr.json`));
  });

  it('writes French typography in every French override, as the pane does: ’ and a no-break space before :', () => {
    const french = attributes(file(), "//*[local-name()='Override'][starts-with(@Locale, 'fr-')]/@Value");
    expect(french.filter((value) => value.includes('’')).length).toBeGreaterThan(0);
    expect(french.filter((value) => straightApostrophes(value).length > 0)).toEqual([]);
    // URLs keep their `https:`; prose gets its no-break spaces.
    const prose = french.filter((value) => !/^https:/.test(value));
    expect(prose.filter((value) => frenchSpacing(value) !== value)).toEqual([]);
    expect(prose.some((value) => value.includes(`${FRENCH_SPACE}:`))).toBe(true);
  });
});

describe('manifest structure', () => {
  const single = (xpath: string): string[] => attributes(MANIFEST, xpath);

  it('is a task pane app for Excel with read/write access and a fixed id', () => {
    const text = fs.readFileSync(MANIFEST, 'utf8');
    expect(single("/*/@*[local-name()='type']")).toEqual(['TaskPaneApp']);
    expect(text).toMatch(/<Id>968efe28-8d36-4009-858d-36fbe35c2071<\/Id>/);
    expect(text).toMatch(/<ProviderName>Outcome Fees<\/ProviderName>/);
    expect(text).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(single("/*/*[local-name()='Hosts']/*/@Name")).toEqual(['Workbook']);
  });

  it('requires the shared runtime, custom functions runtime 1.3 and ExcelApi 1.12', () => {
    const sets = single("/*/*[local-name()='Requirements']//*[local-name()='Set']/@*");
    expect(sets).toEqual(['SharedRuntime', '1.1', 'CustomFunctionsRuntime', '1.3', 'ExcelApi', '1.12']);
  });

  it('declares a custom functions runtime with everything the functions use', () => {
    // The API set of each member, as @types/custom-functions-runtime documents it.
    const types = fs.readFileSync(require.resolve('@types/custom-functions-runtime/index.d.ts'), 'utf8');
    const apiSet = (declaration: RegExp): number => {
      const at = types.search(declaration);
      const sets = [...types.slice(0, at).matchAll(/\[Api set: CustomFunctionsRuntime (\d+\.\d+)\]/g)];
      if (at < 0 || sets.length === 0) throw new Error(`no API set for ${declaration}`);
      return Number(sets[sets.length - 1][1]);
    };
    const used = [
      apiSet(/\bclass Error\b/),
      ...Object.values(EXCEL_ERROR_CODES).map((member) => apiSet(new RegExp(`\\b${member} = "`))),
    ];
    const declared = Number(single("//*[local-name()='Set'][@Name='CustomFunctionsRuntime']/@MinVersion")[0]);
    expect(Math.max(...used)).toBe(1.3);
    expect(declared).toBeGreaterThanOrEqual(Math.max(...used));
  });

  it('runs task pane and functions in one long-lived runtime', () => {
    const runtime = single(`${elements('Runtime')}/@*`);
    expect(runtime).toEqual(['Taskpane.Url', 'long']);
    const page = single(`${elements('Page')}/*/@resid`);
    const pane = single(`${elements('Action')}/*[local-name()='SourceLocation']/@resid`);
    expect(page).toEqual(['Taskpane.Url']);
    expect(pane).toEqual(['Taskpane.Url']);
    expect(single("//*[local-name()='Url'][@id='Taskpane.Url']/@DefaultValue")).toEqual([
      'https://localhost:3000/taskpane.html',
    ]);
    expect(single("//*[local-name()='Url'][@id='Functions.Script.Url']/@DefaultValue")).toEqual([
      'https://localhost:3000/functions.js',
    ]);
    expect(single("//*[local-name()='Url'][@id='Functions.Metadata.Url']/@DefaultValue")).toEqual([
      'https://localhost:3000/functions.json',
    ]);
  });

  it('adds a Home-tab button that opens the pane', () => {
    expect(single(`${elements('OfficeTab')}/@id`)).toEqual(['TabHome']);
    const action = `${elements('Control')}/*[local-name()='Action']`;
    expect(single(`${action}/@*[local-name()='type']`)).toEqual(['ShowTaskpane']);
    const run = xmllint(['--xpath', `string(${action}/*[local-name()='TaskpaneId'])`, MANIFEST]);
    expect(run.stdout.trim()).toBe('ButtonId1');
  });
});

describe('icons', () => {
  let iconDir: string;

  beforeAll(() => {
    iconDir = path.join(tmp, 'assets');
    writeIcons(iconDir);
  });

  it('exist for every PNG the manifest references', () => {
    const pngs = attributes(MANIFEST, '//@DefaultValue | //@Value').filter((url) => url.endsWith('.png'));
    expect(pngs.length).toBeGreaterThanOrEqual(4);
    for (const url of pngs) {
      expect(new URL(url).pathname.startsWith('/assets/')).toBe(true);
      expect(fs.existsSync(path.join(iconDir, path.basename(new URL(url).pathname)))).toBe(true);
    }
  });

  it('have the pixel size each reference states', () => {
    const sizeOf = (url: string): [number, number] => {
      const png = PNG.sync.read(fs.readFileSync(path.join(iconDir, path.basename(new URL(url).pathname))));
      return [png.width, png.height];
    };
    const single = (xpath: string): string[] => attributes(MANIFEST, xpath);
    const imageUrl = (id: string): string =>
      single(`//*[local-name()='Images']/*[@id='${id}']/@DefaultValue`)[0] ?? `missing image ${id}`;

    const references = single(`${elements('Icon')}/*[local-name()='Image']/@*`);
    expect(references.length).toBeGreaterThanOrEqual(6);
    for (let i = 0; i < references.length; i += 2) {
      const [size, resid] = [Number(references[i]), references[i + 1]];
      expect({ resid, size: sizeOf(imageUrl(resid)) }).toEqual({ resid, size: [size, size] });
    }
    expect(sizeOf(single("/*/*[local-name()='IconUrl']/@DefaultValue")[0])).toEqual([32, 32]);
    expect(sizeOf(single("/*/*[local-name()='HighResolutionIconUrl']/@DefaultValue")[0])).toEqual([64, 64]);
    for (const size of [16, 32, 64, 80, 128]) {
      expect(sizeOf(`https://localhost:3000/assets/icon-${size}.png`)).toEqual([size, size]);
    }
  });
});
