import { parse } from 'acorn';
import { createContext, runInContext } from 'node:vm';
import { webviewGuardScript } from './webviewGuard';

const OLD = { en: 'Too old <b>here</b>.', fr: 'Trop ancien\u00a0: ici.' };
const MISSING = { en: 'No office.js.', fr: 'Pas d’office.js.' };
const TEXTS = { oldWebview: OLD, noOfficeJs: MISSING };

interface Node {
  readonly tag: string;
  readonly attributes: Record<string, string>;
  readonly children: (Node | { readonly text: string })[];
}

/** A page with the pane's empty root, as taskpane.html is before the pane mounts, in an engine of its own. */
function page(
  options: {
    office?: { displayLanguage: string };
    oldEngine?: 'syntax' | 'builtins';
    language?: string;
  } = {},
) {
  const element = (tag: string): Node & Record<string, unknown> => ({
    tag,
    attributes: {},
    children: [],
    setAttribute(name: string, value: string) {
      this.attributes[name] = value;
    },
    getAttribute(name: string) {
      return this.attributes[name] ?? null;
    },
    appendChild(child: Node) {
      this.children.push(child);
    },
  });
  const root = element('div');
  const context = createContext({
    document: {
      readyState: 'complete',
      getElementById: (id: string) => (id === 'taskpane-root' ? root : null),
      createElement: element,
      createTextNode: (text: string) => ({ text }),
    },
    navigator: { language: options.language ?? 'en-US' },
    ...(options.office
      ? {
          Office: {
            context: { displayLanguage: options.office.displayLanguage },
            onReady: (callback: () => void) => callback(),
          },
        }
      : {}),
  });
  // An engine without ES2020 syntax rejects the probe; one without ES2022 built-ins lacks Array#at.
  if (options.oldEngine === 'syntax')
    runInContext('Function = function () { throw new SyntaxError("Unexpected token ?"); };', context);
  if (options.oldEngine === 'builtins') runInContext('delete Array.prototype.at;', context);
  runInContext(webviewGuardScript(TEXTS), context);
  return root;
}

describe('the old-webview guard of taskpane.html', () => {
  it('is ES5, so that Internet Explorer 11 runs it', () => {
    expect(() => parse(webviewGuardScript(TEXTS), { ecmaVersion: 5 })).not.toThrow();
  });

  it('does nothing in an engine that runs the bundles', () => {
    expect(page({ office: { displayLanguage: 'fr-FR' } }).children).toEqual([]);
  });

  it("says why in the pane's place where the bundles cannot parse, as text, in Office's language", () => {
    const root = page({ oldEngine: 'syntax', office: { displayLanguage: 'en-GB' } });
    expect(root.children).toEqual([
      expect.objectContaining({
        tag: 'p',
        attributes: { role: 'alert' },
        children: [{ text: 'Too old <b>here</b>.' }],
      }),
    ]);
    expect(root.attributes['data-old-webview']).toBe('true');
  });

  it('speaks French in a French Office, and without Office, the browser language', () => {
    const french = page({ oldEngine: 'builtins', office: { displayLanguage: 'fr-CA' } });
    expect((french.children[0] as Node).children).toEqual([{ text: OLD.fr }]);
    const outside = page({ oldEngine: 'builtins' });
    expect((outside.children[0] as Node).children).toEqual([{ text: OLD.en }]);
  });

  it('says office.js did not load where a modern engine has no Office (a proxy or a policy blocked the CDN)', () => {
    // Without Office the page cannot know Office's language: the browser's is the next best.
    const root = page();
    expect(root.children).toEqual([
      expect.objectContaining({ tag: 'p', attributes: { role: 'alert' }, children: [{ text: MISSING.en }] }),
    ]);
    expect(root.attributes['data-no-office-js']).toBe('true');
    expect((page({ language: 'fr-BE' }).children[0] as Node).children).toEqual([{ text: MISSING.fr }]);
  });

  it('keeps a closing script tag in a text from ending the page script', () => {
    const script = webviewGuardScript({
      oldWebview: { en: 'a</script><img src=x>', fr: 'b' },
      noOfficeJs: { en: 'c', fr: '</script>' },
    });
    expect(script).not.toContain('</script');
  });
});
