/**
 * Issue 8, seventh round, through the command line: files as a new procurement user edits them (a
 * French export with a byte-order mark, CRLF, a trailing empty column, no-break spaces and `%` signs; a
 * title line above the header; names in another case; a contract JSON with a comment or a trailing comma)
 * and as an attacker writes them (a JSON file nested 200,000 levels deep). Each reads to the right total
 * or is refused in one line per problem naming its place, never a crash.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, templateFiles } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-hand-edited-'));

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

let contract: string;
let contractText: string;
beforeAll(async () => {
  contractText = (await templateFiles()).contract;
  contract = write('contract.json', contractText);
});

const octoberTotal = async (actuals: string) => {
  const run = await runCli(['invoice', '--contract', contract, '--actuals', actuals, '--period', '2026-10']);
  if (run.code !== 0) throw new Error(run.err);
  return JSON.parse(run.out).total as string;
};

describe('actuals exported by a French spreadsheet', () => {
  test('a byte-order mark, CRLF, a trailing empty column, no-break spaces and % signs: the golden total', async () => {
    const lines = [
      '\uFEFFPeriod;Kind;Name;Value;',
      '2026-10;volume;Interactions;42\u00a0500;',
      '2026-10;kpi;FCR;77,4 %;',
      '2026-10;kpi;Average response time;3,4;',
      '2026-10;kpi;CSAT;91,2\u202f%;',
    ];
    expect(await octoberTotal(write('french.csv', `${lines.join('\r\n')}\r\n`))).toBe('136788.00');
  });

  test('a title line above the header, names in another case, with spaces or a quoted line break', async () => {
    const text = [
      'Actuals October 2026',
      'Period;Kind;Name;Value',
      '2026-10;volume;interactions;42.500',
      '2026-10;kpi;fcr;0,774',
      '2026-10;kpi;Average response time ;3,4',
      '2026-10;kpi;"CSAT\n";91,2%',
      '',
    ].join('\n');
    expect(await octoberTotal(write('titled.csv', text))).toBe('136788.00');
  });

  test('a header ending with a delimiter the lines lack is named as the cause', async () => {
    const file = write('trailing.csv', 'Period;Kind;Name;Value;\n2026-10;kpi;CSAT;0,912\n');
    expect(await runCli(['check', '--contract', contract, '--actuals', file])).toMatchObject({
      code: 1,
      out: expect.stringContaining(
        'trailing.csv!A2 (line 2): this line has 4 fields, the header 5 (the header ends with an empty field: delete its last ";", or end every line alike)',
      ),
    });
  });
});

describe('a contract JSON edited by hand', () => {
  test('a comment or a trailing comma is one problem at its line and column', async () => {
    const comment = write('comment.json', contractText.replace('{\n', '{\n  // edited by hand\n'));
    const actuals = write('a.csv', 'Period,Kind,Name,Value\n');
    expect(await runCli(['check', '--contract', comment, '--actuals', actuals])).toEqual({
      code: 1,
      out: 'comment.json: (contract): not valid JSON: line 2, column 3: a comment, which JSON does not allow: delete it\n1 problem in comment.json and a.csv',
      err: '',
    });
    const body = contractText.trimEnd();
    const trailing = write('trailing.json', `${body.slice(0, -1).trimEnd()},\n}\n`);
    const lines = body.split('\n').length;
    expect(
      (await runCli(['invoice', '--contract', trailing, '--actuals', actuals, '--period', '2026-10'])).err,
    ).toBe(
      `trailing.json: (contract): not valid JSON: line ${lines}, column 1: a comma after the last item, which JSON does not allow: delete it`,
    );
  });

  test('a document nested 200,000 levels deep is refused, not a stack overflow', async () => {
    const deep = write('deep.json', `${'['.repeat(200_000)}${']'.repeat(200_000)}`);
    const actuals = write('b.csv', 'Period,Kind,Name,Value\n');
    const problem = 'line 1, column 65: nested deeper than 64 levels, as no contract or invoice file is';
    expect(await runCli(['check', '--contract', deep, '--actuals', actuals])).toMatchObject({
      code: 1,
      out: expect.stringContaining(`deep.json: (contract): not valid JSON: ${problem}`),
    });
    const verify = await runCli(['verify', '--invoice', deep, '--contract', contract, '--actuals', actuals]);
    expect(verify.code).toBe(2);
    expect(verify.err).toContain(problem);
    expect(verify.err.split('\n')).toHaveLength(1);
  });

  // A device states no size: read whole, it never ended (the run hung, its memory growing).
  (existsSync('/dev/zero') ? test : test.skip)(
    '/dev/zero or /dev/urandom as an input is refused at the size limit',
    async () => {
      const past =
        'it goes on past 8.0 MB (8,388,608 bytes) (a device such as /dev/zero, or a stream that does not end)';
      const actuals = await runCli(['check', '--contract', contract, '--actuals', '/dev/zero']);
      expect(actuals.code).toBe(1);
      expect(actuals.err).toBe(`cannot read /dev/zero: ${past}, and input files are read whole up to that`);
      const asContract = await runCli([
        'invoice',
        '--contract',
        '/dev/urandom',
        '--actuals',
        '/dev/zero',
        '--period',
        '2026-10',
      ]);
      expect(asContract.code).toBe(1);
      expect(asContract.err).toMatch(/^cannot read \/dev\/(urandom|zero): it goes on past 8\.0 MB/);
    },
  );
});
