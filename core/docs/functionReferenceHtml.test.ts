import { FUNCTIONS } from '../functions/registry';
import type { FunctionSpec } from '../functions/types';
import { functionReference } from './functionReference';
import { escapeHtml, functionReferenceHtml } from './functionReferenceHtml';

const ids = (html: string): string[] => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
const links = (html: string): string[] => [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);

describe.each(['en', 'fr'] as const)('the HTML function reference (%s)', (lang) => {
  const html = functionReferenceHtml(lang);

  it('is one page in its language with a section per function, whose id is its help anchor', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="' + lang + '">')).toBe(true);
    expect(ids(html)).toEqual(FUNCTIONS.map((f) => f.name.toLowerCase()));
  });

  it('links every index entry to a section on the page', () => {
    expect(links(html)).toEqual(ids(html));
  });

  it('shows every signature, argument and example', () => {
    for (const spec of FUNCTIONS) {
      for (const arg of spec.args) expect(html).toContain(`<code>${arg.name}</code>`);
      for (const example of spec.examples) {
        expect(html).toContain(`<li><code>${escapeHtml(example.formula)}</code> = ${example.result}</li>`);
      }
    }
  });

  it('says "optional" once per optional argument, in the Markdown reference too', () => {
    const word = lang === 'en' ? 'optional' : 'facultatif';
    const optionalArgs = FUNCTIONS.flatMap((f) => f.args).filter((a) => a.optional).length;
    expect(optionalArgs).toBeGreaterThan(10);
    for (const text of [html, functionReference(lang)]) {
      expect(text.match(new RegExp(`\\b${word}\\)`, 'g'))?.length).toBe(optionalArgs);
      expect(text).not.toMatch(new RegExp(`\\):\\s*${word}\\s*:`, 'i'));
      expect(text).not.toMatch(new RegExp(`${word}\\)\\s*:\\s*${word}`, 'i'));
    }
  });

  it('links to the other language', () => {
    expect(html).toContain(lang === 'en' ? 'href="functions.fr.html"' : 'href="functions.html"');
  });
});

describe('registry text in the HTML reference', () => {
  const hostile: FunctionSpec = {
    ...FUNCTIONS[0],
    name: 'HOSTILE',
    summary: { en: 'Uses `a<b` & <img src=x onerror=alert(1)>', fr: '"quoted" \'text\'' },
  };

  it('is escaped, so no registry text can become markup', () => {
    const en = functionReferenceHtml('en', [hostile]);
    expect(en).not.toContain('<img');
    expect(en).toContain('Uses <code>a&lt;b</code> &amp; &lt;img src=x onerror=alert(1)&gt;');
    expect(functionReferenceHtml('fr', [hostile])).toContain('&quot;quoted&quot; &#39;text&#39;');
  });
});
