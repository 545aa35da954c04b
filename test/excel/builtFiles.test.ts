/**
 * dist/excel as built: functions.json matches the registry, every associated function has metadata, the
 * shared runtime page loads office.js, then the functions, then the pane, and every file the manifest
 * points at was built.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';
import { PNG } from 'pngjs';
import { OFFICE_JS_MISSING_TEXTS, OLD_WEBVIEW_TEXTS } from '../../core/i18n/oldWebview';
import { FUNCTIONS } from '../../core/functions/registry';
import { functionsMetadata } from '../../excel-addin/functions/metadata';
import { productionManifest } from '../../excel-addin/build/manifest';
import { DIST_EXCEL, REPO_ROOT, readBuilt } from './builtExcel';
import { loadFunctionsBundle } from './loadFunctionsBundle';

const manifest = () => readBuilt('manifest.xml');

/** The origin (and path) the built manifest serves the add-in from: where the help pages are too. */
function servedFrom(): string {
  const match = manifest().match(/<bt:Url id="Taskpane\.Url" DefaultValue="([^"]+)\/taskpane\.html"/);
  if (!match) throw new Error('the built manifest has no Taskpane.Url');
  return match[1];
}

describe('functions.json and functions.fr.json', () => {
  it('are what the registry generates, for the URL the add-in is served from', () => {
    expect(JSON.parse(readBuilt('functions.json'))).toEqual(functionsMetadata(FUNCTIONS, servedFrom()));
    expect(JSON.parse(readBuilt('functions.fr.json'))).toEqual(
      functionsMetadata(FUNCTIONS, servedFrom(), 'fr'),
    );
  });

  it('describe exactly the functions functions.js associates', () => {
    const ids = JSON.parse(readBuilt('functions.json')).functions.map((f: { id: string }) => f.id);
    expect([...loadFunctionsBundle().associated.keys()].sort()).toEqual([...ids].sort());
    expect(ids).toHaveLength(FUNCTIONS.length);
  });

  it('name each function as Excel allows, never as a cell it would read instead', () => {
    // Microsoft's naming rules: a letter first, three characters at least, no name a cell reference
    // (A1 to XFD1048576, R1C1 style) could be; names here are the ids, upper case as Excel's own.
    const names = JSON.parse(readBuilt('functions.json')).functions.map((f: { name: string }) => f.name);
    const a1 = (name: string) => /^([A-Z]{1,3})([1-9]\d{0,6})$/.exec(name);
    const isCell = (name: string) => {
      const ref = a1(name);
      return (
        (ref !== null && (ref[1].length < 3 || ref[1] <= 'XFD') && Number(ref[2]) <= 1_048_576) ||
        /^R\d*C\d*$/.test(name)
      );
    };
    expect(names.filter((name: string) => !/^[A-Z][A-Z0-9_.]{2,}$/.test(name) || isCell(name))).toEqual([]);
  });

  it('link HTML help pages that the build ships, each to the section of its function', () => {
    for (const [file, page] of [
      ['functions.json', 'docs/functions.html'],
      ['functions.fr.json', 'docs/functions.fr.html'],
    ]) {
      for (const { id, helpUrl } of JSON.parse(readBuilt(file)).functions as {
        id: string;
        helpUrl: string;
      }[]) {
        expect(helpUrl).toBe(`${servedFrom()}/${page}#${id.toLowerCase()}`);
        // The production build minifies the page, which may drop the quotes of attributes.
        const section = new RegExp(`<section id="?${id.toLowerCase()}"?>\\s*<h2>${id}</h2>`);
        expect(readBuilt(page)).toMatch(section);
      }
    }
  });
});

describe('taskpane.html, the shared runtime page', () => {
  const html = () => readBuilt('taskpane.html');
  const scripts = () => [...html().matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)"?[^>]*>/g)].map((m) => m[1]);

  it('loads office.js from Microsoft, then functions.js, then taskpane.js', () => {
    expect(scripts()).toEqual([
      'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
      'functions.js',
      'taskpane.js',
    ]);
    // office.js blocks; the bundles are deferred, so they run in order once it has loaded.
    expect(html()).toMatch(/<script src="?https:\/\/appsforoffice[^>]*><\/script>/);
    expect(html()).not.toMatch(/<script src="?https:\/\/appsforoffice[^>]*\b(defer|async)\b/);
  });

  it('runs, between office.js and the bundles, an ES5 guard that speaks where the webview cannot run them', () => {
    // Office shows an add-in with a shared runtime in Internet Explorer 11 where WebView2 is missing.
    const inline = [...html().matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(inline).toHaveLength(1);
    expect(() => parse(inline[0], { ecmaVersion: 5 })).not.toThrow();
    expect(inline[0]).toContain(OLD_WEBVIEW_TEXTS.fr);
    expect(inline[0]).toContain(OFFICE_JS_MISSING_TEXTS.fr);
    const at = (text: string) => html().indexOf(text);
    expect(at('office.js')).toBeLessThan(at(inline[0]));
    expect(at(inline[0])).toBeLessThan(at('functions.js'));
  });

  it('links the stylesheet and has the root the pane mounts in', () => {
    expect(html()).toMatch(/<link rel="?stylesheet"? href="?taskpane\.css"?\s*\/?>/);
    // The production build minifies the stylesheet: every class it styles must survive.
    const source = readFileSync(join(REPO_ROOT, 'taskpane', 'taskpane.css'), 'utf8');
    const classes = new Set(source.match(/\.of-[\w-]+/g));
    expect(classes.size).toBeGreaterThan(10);
    const built = readBuilt('taskpane.css');
    expect([...classes].filter((name) => !built.includes(name))).toEqual([]);
    expect(html()).toMatch(/<div id="?taskpane-root"?/);
  });
});

describe('manifest.xml', () => {
  it('is manifest.xml, rewritten for ADDIN_BASE_URL when the build had one', () => {
    const source = readFileSync(join(REPO_ROOT, 'manifest.xml'), 'utf8');
    const base = servedFrom();
    expect(manifest()).toBe(base === 'https://localhost:3000' ? source : productionManifest(source, base));
  });

  it('points only at files the build wrote', () => {
    const urls = [...manifest().matchAll(/(?:DefaultValue|Value)="(https:\/\/[^"]+)"/g)].map((m) => m[1]);
    const prefix = `${servedFrom()}/`;
    const missing = urls
      .filter((url) => url.startsWith(prefix))
      .map((url) => url.slice(prefix.length))
      .filter((file) => !existsSync(join(DIST_EXCEL, file)));
    expect(missing).toEqual([]);
    expect(urls.filter((url) => url.startsWith(prefix)).length).toBeGreaterThanOrEqual(8);
  });
});

describe('the icons the manifest declares', () => {
  /** The file under dist/excel a manifest URL of the add-in names. */
  const fileOf = (url: string): string => join(DIST_EXCEL, url.slice(`${servedFrom()}/`.length));
  const pixels = (url: string): [number, number] => {
    const png = PNG.sync.read(readFileSync(fileOf(url)));
    return [png.width, png.height];
  };
  const images = (): Map<string, string> =>
    new Map(
      [...manifest().matchAll(/<bt:Image id="([^"]+)" DefaultValue="([^"]+)"/g)].map((m) => [m[1], m[2]]),
    );

  it('are, at every size a button or group names, a PNG of that size', () => {
    const declared = [...manifest().matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)];
    expect(declared.length).toBeGreaterThanOrEqual(6);
    const wrong = declared
      .map(([, size, resid]) => ({ size: Number(size), resid, url: images().get(resid) }))
      .filter(({ size, url }) => url === undefined || pixels(url).join('x') !== `${size}x${size}`);
    expect(wrong).toEqual([]);
  });

  it('give every icon the three sizes Office requires (16, 32, 80)', () => {
    const icons = [...manifest().matchAll(/<Icon>([\s\S]*?)<\/Icon>/g)].map((m) =>
      [...m[1].matchAll(/size="(\d+)"/g)].map((size) => Number(size[1])),
    );
    expect(icons.length).toBeGreaterThanOrEqual(2);
    for (const sizes of icons) expect(sizes).toEqual(expect.arrayContaining([16, 32, 80]));
  });

  it('show the add-in at 32 px and, on high-DPI screens, 64 px', () => {
    const url = (element: string) => manifest().match(new RegExp(`<${element} DefaultValue="([^"]+)"`))![1];
    expect(pixels(url('IconUrl'))).toEqual([32, 32]);
    expect(pixels(url('HighResolutionIconUrl'))).toEqual([64, 64]);
  });
});

describe('<Version> and the functions Excel registers', () => {
  /**
   * The manifest's Version when the functions last changed what Excel registers, those functions as
   * `ID(param,optional?)`, and a digest of everything else of them Excel registers in English and French
   * (names, each argument's and result's type and dimensionality, options, allowErrorForDataTypeAny; not
   * descriptions or help links, which are only shown). Office keeps the functions.json it read (up to 24
   * hours, or until its cache is cleared) unless the manifest's Version changes: a function added, an
   * argument added or turned from a single value into a range without a new Version is #NAME?, the wrong
   * arity or #VALUE! for everyone who loaded the add-in before. Raise <Version> in manifest.xml, then write
   * the new version, functions and digest here.
   */
  const REGISTERED = {
    version: '0.6.0.0',
    functions:
      'ACHIEVEMENT(actual,target,direction?);KPISCORE(actual,threshold,target,direction?,stretch?,' +
      'stretch_score?,threshold_score?);THRESHOLDFEE(actual,threshold,fee,direction?,comparison?);' +
      'BONUSMALUS(actual,target,bonus_rate,malus_rate,direction?,tolerance?,bonus_cap?,malus_cap?);' +
      'TIEREDFEE(quantity,tiers,mode?);HYBRIDFEE(fixed,variable,score,score_cap?);HOURLYFEE(hours,rate,' +
      'adjustment?,variable?,achievement?,achievement_cap?);SLACREDIT(actual,minimum,charges,at_risk,' +
      'allocation,direction?,comparison?);EARNBACK(credit,later_actuals,expected,direction?);GAINSHARE(baseline,actual,' +
      'share,direction?,cap?,floor?);NPS(responses);SCORECARD(scores,weights);CONTRACTFEE(contract,names,' +
      'values,output?)',
    digest: '1ca1decad45daa65',
  };

  interface Registered {
    readonly allowErrorForDataTypeAny?: boolean;
    readonly functions: readonly {
      readonly id: string;
      readonly name: string;
      readonly parameters: readonly { name: string; optional?: boolean; description?: string }[];
      readonly result: unknown;
      readonly options?: unknown;
    }[];
  }

  /** What Excel registers of a functions file, descriptions and help links left out. */
  const registration = (file: string) => {
    const metadata = JSON.parse(readBuilt(file)) as Registered;
    return {
      allowErrorForDataTypeAny: metadata.allowErrorForDataTypeAny,
      functions: metadata.functions.map(({ id, name, parameters, result, options }) => ({
        id,
        name,
        parameters: parameters.map(({ description: _, ...parameter }) => parameter),
        result,
        options,
      })),
    };
  };

  it('changes whenever the functions, their arguments or how Excel passes them do', () => {
    const registered = registration('functions.json')
      .functions.map((f) => `${f.id}(${f.parameters.map((p) => p.name + (p.optional ? '?' : '')).join(',')})`)
      .join(';');
    const digest = createHash('sha256')
      .update(JSON.stringify([registration('functions.json'), registration('functions.fr.json')]))
      .digest('hex')
      .slice(0, 16);
    const version = manifest().match(/<Version>([^<]+)<\/Version>/)![1];
    expect({ version, functions: registered, digest }).toEqual(REGISTERED);
  });
});
