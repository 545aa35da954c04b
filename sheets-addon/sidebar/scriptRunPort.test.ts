import { scriptRunPort, type ServerCall } from './scriptRunPort';

/** A server whose selectCell answers `outcome` and logs each call and each editor focus, in order. */
function portOver(outcome: 'ok' | 'fails') {
  const log: string[] = [];
  const call = (async (name: string, ...args: unknown[]) => {
    log.push(`${name}(${args.map((a) => JSON.stringify(a)).join(', ')})`);
    if (outcome === 'fails') throw new Error('The sheet "Contract" no longer exists.');
  }) as unknown as ServerCall;
  return {
    port: scriptRunPort(
      call,
      () => 'en',
      () => log.push('editor.focus()'),
    ),
    log,
  };
}

describe('selecting a cell from the sidebar', () => {
  it('gives the keyboard to the spreadsheet once the cell a problem names is selected', async () => {
    const { port, log } = portOver('ok');
    await port.select('Contract', 'B7');
    expect(log).toEqual(['selectCell("Contract", "B7")', 'editor.focus()']);
  });

  it('leaves the keyboard in the pane when it only gives a sheet back (Diagnostics)', async () => {
    const { port, log } = portOver('ok');
    await port.select('Sheet1');
    expect(log).toEqual(['selectCell("Sheet1", null)']);
  });

  it('leaves the keyboard in the pane, on its message, when the selection failed', async () => {
    const { port, log } = portOver('fails');
    await expect(port.select('Contract', 'B7')).rejects.toThrow('no longer exists');
    expect(log).toEqual(['selectCell("Contract", "B7")']);
  });
});
