import { normaliseBaseUrl, productionManifest } from './manifest';

const DEV_XML = [
  '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>',
  '<bt:Url id="Functions.Script.Url" DefaultValue="https://localhost:3000/functions.js"/>',
  '<bt:Image id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"/>',
].join('\n');

describe('normaliseBaseUrl', () => {
  it.each([
    ['https://fees.example.com', 'https://fees.example.com'],
    ['https://fees.example.com/', 'https://fees.example.com'],
    ['https://fees.example.com//', 'https://fees.example.com'],
    ['  https://FEES.example.com/addin/  ', 'https://fees.example.com/addin'],
    ['https://cdn.example.com:8443/fees/', 'https://cdn.example.com:8443/fees'],
  ])('%j becomes %j', (input, expected) => {
    expect(normaliseBaseUrl(input)).toBe(expected);
  });

  it.each([
    ['http://fees.example.com', /must use https/],
    ['fees.example.com', /absolute https/],
    ['', /absolute https/],
    ['ftp://fees.example.com', /must use https/],
    ['https://fees.example.com/?v=1', /query or a fragment/],
    ['https://fees.example.com/#top', /query or a fragment/],
    ['https://user:pw@fees.example.com', /credentials/],
    ["https://fees.example.com/a&b'c", /must not contain/],
  ])('refuses %j', (input, message) => {
    expect(() => normaliseBaseUrl(input)).toThrow(message);
  });
});

describe('productionManifest', () => {
  it('rewrites every development URL and keeps the paths', () => {
    const out = productionManifest(DEV_XML, 'https://fees.example.com/');
    expect(out).not.toContain('localhost');
    expect(out).toContain('DefaultValue="https://fees.example.com/taskpane.html"');
    expect(out).toContain('DefaultValue="https://fees.example.com/functions.js"');
    expect(out).toContain('DefaultValue="https://fees.example.com/assets/icon-16.png"');
  });

  it('keeps a path prefix of the base URL', () => {
    const out = productionManifest(DEV_XML, 'https://cdn.example.com/outcome-fees');
    expect(out).toContain('"https://cdn.example.com/outcome-fees/functions.js"');
  });

  it('leaves other origins and look-alike hosts alone, then refuses the leftover localhost', () => {
    const xml = `${DEV_XML}\n<bt:Url id="Other" DefaultValue="https://localhost:30001/x"/>`;
    expect(() => productionManifest(xml, 'https://fees.example.com')).toThrow(
      /still points at https:\/\/localhost:30001\/x/,
    );
  });

  it('refuses a manifest where a development URL is not https (it would survive the rewrite)', () => {
    const xml = `${DEV_XML}\n<bt:Url id="Typo" DefaultValue="http://localhost:3000/typo.html"/>`;
    expect(() => productionManifest(xml, 'https://fees.example.com')).toThrow(
      /still points at http:\/\/localhost:3000/,
    );
  });

  it('refuses a manifest without any development URL', () => {
    expect(() => productionManifest('<OfficeApp/>', 'https://fees.example.com')).toThrow(
      /no https:\/\/localhost:3000/,
    );
  });

  it('refuses a non-https base URL before touching the manifest', () => {
    expect(() => productionManifest(DEV_XML, 'http://fees.example.com')).toThrow(/must use https/);
  });
});
