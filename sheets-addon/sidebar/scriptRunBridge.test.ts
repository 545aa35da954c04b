import { createScriptRunBridge, type ScriptRun } from './scriptRunBridge';

/** A `google.script.run` whose server answers from `server`, asynchronously, as the real one does. */
function fakeRun(server: Record<string, (...args: unknown[]) => unknown>, calls: unknown[][]): ScriptRun {
  const runner = (success?: (v: unknown) => void, failure?: (e: unknown) => void): ScriptRun =>
    new Proxy({} as ScriptRun, {
      get: (_target, name: string) => {
        if (name === 'withSuccessHandler') return (h: (v: unknown) => void) => runner(h, failure);
        if (name === 'withFailureHandler') return (h: (e: unknown) => void) => runner(success, h);
        return (...args: unknown[]) => {
          calls.push([name, ...args]);
          setTimeout(() => {
            try {
              success?.(server[name]!(...args));
            } catch (error) {
              failure?.(error);
            }
          });
        };
      },
    });
  return runner();
}

describe('the google.script.run bridge', () => {
  it('calls the server function of each Bridge method with its arguments', async () => {
    const calls: unknown[][] = [];
    const bridge = createScriptRunBridge(
      fakeRun(
        {
          listTemplates: () => [],
          newContract: () => ({ sheets: ['Contract'], message: '' }),
          checkContract: () => ({ ok: true, errors: [], periods: [] }),
          selectCell: () => null,
          generateInvoice: () => ({
            sheet: 'Invoice',
            total: '1.00',
            currency: 'EUR',
            lines: 1,
            message: '',
          }),
        },
        calls,
      ),
      'en',
    );
    await bridge.listTemplates('fr');
    await expect(bridge.newContract('bpo', 'fr')).resolves.toEqual({ sheets: ['Contract'], message: '' });
    await bridge.checkContract('en');
    await bridge.selectCell('Contract', 'H7');
    await bridge.generateInvoice('2026-10', 'en');
    expect(calls).toEqual([
      ['listTemplates', 'fr'],
      ['newContract', 'bpo', 'fr'],
      ['checkContract', 'en'],
      ['selectCell', 'Contract', 'H7'],
      ['generateInvoice', '2026-10', 'en'],
    ]);
  });

  it('takes the language from the page, and asks the server only when the page has none it speaks', async () => {
    const calls: unknown[][] = [];
    const run = fakeRun({ hostLanguage: () => 'fr' }, calls);
    await expect(createScriptRunBridge(run, 'fr').hostLanguage()).resolves.toBe('fr');
    expect(calls).toEqual([]);
    await expect(createScriptRunBridge(run, '<?= lang ?>').hostLanguage()).resolves.toBe('fr');
    expect(calls).toEqual([['hostLanguage']]);
  });

  it('rejects with the server’s message, without the type Apps Script may put before it', async () => {
    const run = fakeRun(
      {
        checkContract: () => {
          throw new Error('Exception: No sheet named “Contract”.');
        },
        selectCell: () => {
          throw { message: 'Error: The sheet was deleted.' };
        },
        generateInvoice: () => {
          throw 'plain text';
        },
      },
      [],
    );
    const bridge = createScriptRunBridge(run, 'en');
    await expect(bridge.checkContract('fr')).rejects.toThrow(/^No sheet named “Contract”\.$/);
    await expect(bridge.selectCell('A', 'B1')).rejects.toThrow(/^The sheet was deleted\.$/);
    await expect(bridge.generateInvoice('2026-10', 'en')).rejects.toThrow(/^plain text$/);
  });
});
