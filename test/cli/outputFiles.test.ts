/** Files are never lost: -o is checked before any work, written atomically, and never one of the inputs. */
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic, type WriteFs } from '../../core/cli/outputFile';
import { runCli, templateFiles } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-out-'));
const contract = join(dir, 'contract.json');
const actuals = join(dir, 'actuals.csv');
let contractText = '';
let actualsText = '';
const invoice = (...out: string[]) => [
  'invoice',
  '--contract',
  contract,
  '--actuals',
  actuals,
  '--period',
  '2026-10',
  ...out,
];

beforeAll(async () => {
  ({ contract: contractText, actuals: actualsText } = await templateFiles());
  writeFileSync(contract, contractText);
  writeFileSync(actuals, actualsText);
});

function expectInputsIntact(): void {
  expect(readFileSync(contract, 'utf8')).toBe(contractText);
  expect(readFileSync(actuals, 'utf8')).toBe(actualsText);
}

/** A disk that fills up halfway through the write, as ENOSPC does. */
function fullDisk(): WriteFs & { temporaries: string[] } {
  const temporaries: string[] = [];
  return {
    temporaries,
    writeFile: async (path, data) => {
      temporaries.push(path);
      await fsp.writeFile(path, data.slice(0, 10));
      throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: 'ENOSPC' });
    },
    rename: (from, to) => fsp.rename(from, to),
    rm: (path, options) => fsp.rm(path, options),
  };
}

describe('a failed write loses nothing', () => {
  it('keeps the previous file, leaves no temporary file, and says why in one line (exit 1)', async () => {
    const file = join(dir, 'full', 'invoice.xlsx');
    mkdirSync(join(dir, 'full'));
    writeFileSync(file, 'the previous invoice');
    const disk = fullDisk();
    const run = await runCli(invoice('-o', file), { fs: disk });
    expect(run).toEqual({
      code: 1,
      out: '',
      err: `cannot write ${file}: no space left on the device (the file was not changed)`,
    });
    expect(readFileSync(file, 'utf8')).toBe('the previous invoice');
    expect(disk.temporaries).toHaveLength(1);
    expect(disk.temporaries[0]).toMatch(/[/\\]\.invoice\.xlsx\.[0-9a-f]{12}\.tmp$/);
    expect(readdirSync(join(dir, 'full'))).toEqual(['invoice.xlsx']);
    expectInputsIntact();
  });

  it('writes through a temporary file beside the target, renamed over it', async () => {
    const folder = join(dir, 'atomic');
    mkdirSync(folder);
    const renames: [string, string][] = [];
    const fs: WriteFs = {
      writeFile: (path, data, options) => fsp.writeFile(path, data, options),
      rename: async (from, to) => {
        renames.push([from, to]);
        await fsp.rename(from, to);
      },
      rm: (path, options) => fsp.rm(path, options),
    };
    await writeFileAtomic(join(folder, 'a.txt'), 'hello', fs);
    expect(renames).toHaveLength(1);
    expect(renames[0][0].startsWith(join(folder, '.a.txt.'))).toBe(true);
    expect(renames[0][1]).toBe(join(folder, 'a.txt'));
    expect(readdirSync(folder)).toEqual(['a.txt']);
    expect(readFileSync(join(folder, 'a.txt'), 'utf8')).toBe('hello');
  });

  it('replaces an existing file once the new one is complete', async () => {
    const file = join(dir, 'replace.xlsx');
    writeFileSync(file, 'old');
    expect((await runCli(invoice('-o', file))).code).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('an output that is one of the inputs is refused, whatever its name', () => {
  it('refuses -o onto the contract file (its extension is not .xlsx) and leaves it intact', async () => {
    const run = await runCli(invoice('-o', contract));
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/must end in \.xlsx; usage:/);
    expectInputsIntact();
  });

  it('refuses a symbolic link, a hard link and a ./ path to an .xlsx input, before computing anything', async () => {
    const workbook = join(dir, 'demo.xlsx');
    expect((await runCli(['demo', '--period', '2026-10', '-o', workbook])).code).toBe(0);
    const before = readFileSync(workbook);
    symlinkSync(workbook, join(dir, 'link.xlsx'));
    linkSync(workbook, join(dir, 'hard.xlsx'));
    mkdirSync(join(dir, 'sub'), { recursive: true });
    for (const out of [
      workbook,
      join(dir, 'sub', '..', '.', 'demo.xlsx'),
      join(dir, 'link.xlsx'),
      join(dir, 'hard.xlsx'),
    ]) {
      const run = await runCli([
        'invoice',
        '--contract',
        workbook,
        '--actuals',
        workbook,
        '--period',
        '2026-10',
        '-o',
        out,
      ]);
      expect(run).toEqual({
        code: 1,
        out: '',
        err: `refusing to write ${out}: it is the input ${workbook}, which would be lost`,
      });
    }
    expect(readFileSync(workbook).equals(before)).toBe(true);
  });
});

describe('a bad -o is one line and a non-zero exit, never a stack trace', () => {
  it.each([
    ['an empty path', () => '', 2, /^-o needs a file name; usage: /],
    [
      'a missing folder',
      () => join(dir, 'nowhere', 'inv.xlsx'),
      1,
      /^cannot write .*inv\.xlsx: the folder .*nowhere does not exist$/,
    ],
    ['a folder', () => join(dir, 'folder.xlsx'), 1, /^cannot write .*folder\.xlsx: it is a folder$/],
    [
      'a folder that is a file',
      () => join(dir, 'actuals.csv', 'inv.xlsx'),
      1,
      /^cannot write .*inv\.xlsx: .*actuals\.csv is not a folder$/,
    ],
    [
      'another extension',
      () => join(dir, 'inv.pdf'),
      2,
      /^-o .*inv\.pdf: what is written is an \.xlsx file, so its name must end in \.xlsx; usage: /,
    ],
    [
      // Node's extname('inv.xlsx/') is '.xlsx': the file inv.xlsx was written, "Wrote inv.xlsx/" said.
      'a folder name ending in .xlsx/',
      () => `${join(dir, 'trailing.xlsx')}/`,
      2,
      /^-o .*trailing\.xlsx\/: what is written is an \.xlsx file, so its name must end in \.xlsx; usage: /,
    ],
  ])('%s', async (_label, path, code, message) => {
    mkdirSync(join(dir, 'folder.xlsx'), { recursive: true });
    const run = await runCli(invoice('-o', path()));
    expect(run.code).toBe(code);
    expect(run.out).toBe('');
    expect(run.err.split('\n')).toHaveLength(1);
    expect(run.err).toMatch(message);
    expectInputsIntact();
    expect(existsSync(join(dir, 'trailing.xlsx'))).toBe(false);
  });

  it('checks demo -o the same way', async () => {
    const run = await runCli(['demo', '-o', join(dir, 'nowhere', 'demo.xlsx')]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^cannot write .*demo\.xlsx: the folder .*nowhere does not exist$/);
    expect((await runCli(['demo', '-o', join(dir, 'demo.ods')])).code).toBe(2);
  });
});
