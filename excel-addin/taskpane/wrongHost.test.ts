import { excelHostTexts } from '../../core/i18n/excelHost';
import { showWrongHost } from './wrongHost';

/** Just what showWrongHost touches of the pane's root and its document. */
function fakeRoot() {
  const children: { role: string | null; text: string }[] = [];
  const root = {
    ownerDocument: {
      createElement: () => {
        const node = { role: null as string | null, textContent: '' };
        return Object.assign(node, { setAttribute: (_: string, value: string) => (node.role = value) });
      },
    },
    replaceChildren: (...nodes: { role: string | null; textContent: string }[]) =>
      children.splice(0, children.length, ...nodes.map((n) => ({ role: n.role, text: n.textContent }))),
  };
  return { root: root as unknown as HTMLElement, children };
}

describe('the pane opened outside Excel', () => {
  test.each([
    ['Word', 'en-US', 'en'],
    ['PowerPoint', 'fr-CA', 'fr'],
    ['Outlook', undefined, 'en'],
  ] as const)(
    'in %s (%s) it says so in the pane, in Office’s language, and mounts nothing',
    (host, display, lang) => {
      const { root, children } = fakeRoot();
      expect(showWrongHost(root, host, display)).toBe(true);
      expect(children).toEqual([{ role: 'alert', text: excelHostTexts(lang).wrongHost(host) }]);
      expect(children[0]!.text).toContain(host);
    },
  );

  test('in Excel, and outside Office (no host: the browser tests), the pane mounts as usual', () => {
    for (const host of ['Excel', null, undefined, '']) {
      const { root, children } = fakeRoot();
      expect(showWrongHost(root, host, 'fr-FR')).toBe(false);
      expect(children).toEqual([]);
    }
  });

  test('the message names the application and says where to open the add-in, in English and French', () => {
    expect(excelHostTexts('en').wrongHost('Word')).toBe(
      'Outcome Fees is an Excel add-in and cannot run in Word. Open it from Excel: Home → Add-ins.',
    );
    expect(excelHostTexts('fr').wrongHost('Word')).toBe(
      'Outcome Fees est un complément Excel et ne peut pas fonctionner dans Word. Ouvrez-le depuis Excel\u00a0: Accueil → Compléments.',
    );
  });
});
