import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/builtCore';

/** `node dist/core/cli/main.js …`, the compiled entry run as a script (npm test builds it first). */
function runScript(...args: string[]) {
  return spawnSync(process.execPath, [join(REPO_ROOT, 'dist', 'core', 'cli', 'main.js'), ...args], {
    encoding: 'utf8',
  });
}

describe('the compiled CLI entry run as a script', () => {
  it('runs the command line, not a silent exit 0', () => {
    const listed = runScript('functions');
    expect(listed.status).toBe(0);
    expect(listed.stdout).toMatch(/\bBONUSMALUS\b/);
  });

  it('says a mistake in one line with its exit code, as the bin does', () => {
    const wrong = runScript('bogus');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^unknown command 'bogus'/)]);
  });
});
