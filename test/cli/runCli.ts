/** Runs the CLI in-process from the sources, capturing stdout, stderr and the exit code. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { main } from '../../core/cli/main';
import type { InputStream } from '../../core/cli/inputFile';
import type { WriteFs } from '../../core/cli/outputFile';
import { REPO_ROOT } from '../support/builtCore';

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function runCli(
  argv: readonly string[],
  options: { fs?: WriteFs; stdin?: InputStream } = {},
): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: (text) => (out += `${text}\n`),
    err: (text) => (err += `${text}\n`),
    fs: options.fs,
    stdin: options.stdin,
  });
  return { code, out: out.trimEnd(), err: err.trimEnd() };
}

/** The real `outcome-fees` process (bin/ over dist/core, which `npm test` builds first). */
export function runBin(argv: readonly string[], cwd = REPO_ROOT, input?: Buffer | string): CliRun {
  const result = spawnSync('node', [join(REPO_ROOT, 'bin', 'outcome-fees.js'), ...argv], {
    cwd,
    encoding: 'utf8',
    input,
  });
  return { code: result.status ?? -1, out: result.stdout.trimEnd(), err: result.stderr.trimEnd() };
}

/** The contract JSON and actuals CSV of the BPO template, as `outcome-fees template` prints them. */
export async function templateFiles(): Promise<{ contract: string; actuals: string }> {
  const contract = await runCli(['template', 'bpo-customer-service']);
  const actuals = await runCli(['template', 'bpo-customer-service', '--actuals']);
  return { contract: `${contract.out}\n`, actuals: `${actuals.out}\n` };
}
