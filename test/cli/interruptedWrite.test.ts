/**
 * Ctrl-C (SIGINT) or a kill (SIGTERM) in the middle of an atomic write left the hidden temporary file
 * `.invoice.xlsx.….tmp` beside the output. The write is held between its temporary file and the rename
 * by a file system whose rename never answers, so the signal always lands there: in this process for the
 * cleanup itself, and in a real process (the built module) for the handlers and the exit status.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removePendingTemporaries, writeFileAtomic, type WriteFs } from '../../core/cli/outputFile';
import { REPO_ROOT } from '../support/builtCore';

/** Node's own file system, but a rename that never answers: the write stays between its two steps. */
function heldBeforeRename(written: () => void): WriteFs {
  return {
    writeFile: async (path, data, options) => {
      writeFileSync(path, data, options);
      written();
    },
    rename: () => new Promise<void>(() => undefined),
    rm: async () => undefined,
  };
}

test('removePendingTemporaries removes the temporary file of a write under way, and only that', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'outcome-fees-pending-'));
  writeFileSync(join(folder, 'invoice.xlsx'), 'the previous invoice');
  let written!: () => void;
  const held = new Promise<void>((resolve) => (written = resolve));
  void writeFileAtomic(join(folder, 'invoice.xlsx'), 'new', heldBeforeRename(written));
  await held;
  expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toHaveLength(1);
  removePendingTemporaries();
  expect(readdirSync(folder)).toEqual(['invoice.xlsx']);
  // What the handlers are there for has gone: none is left listening.
  expect(process.listeners('SIGINT')).toHaveLength(0);
});

/** A process writing `folder/invoice.xlsx` through the built module, held before its rename. */
function heldWriter(folder: string) {
  const script = `
    const { writeFileSync } = require('node:fs');
    const { writeFileAtomic } = require(${JSON.stringify(join(REPO_ROOT, 'dist/core/cli/outputFile.js'))});
    writeFileAtomic(${JSON.stringify(join(folder, 'invoice.xlsx'))}, 'new', {
      writeFile: async (path, data, options) => { writeFileSync(path, data, options); process.stdout.write('written\\n'); },
      rename: () => new Promise(() => {}),
      rm: async () => {},
    });
    setInterval(() => {}, 1000);`;
  return spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
}

test.each([
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const)(
  '%s during the write: the temporary file removed, the previous file kept, exit %i',
  async (signal, status) => {
    const folder = mkdtempSync(join(tmpdir(), 'outcome-fees-interrupted-'));
    writeFileSync(join(folder, 'invoice.xlsx'), 'the previous invoice');
    const child = heldWriter(folder);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('written')) resolve();
      }),
    );
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toHaveLength(1);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill(signal);
    expect(await exited).toBe(status);
    expect(stderr).toBe('');
    expect(readdirSync(folder)).toEqual(['invoice.xlsx']);
  },
  15_000,
);
