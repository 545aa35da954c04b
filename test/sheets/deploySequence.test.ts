/**
 * The deploy guide's clasp sequence, as far as it runs without a Google account: clasp 3 keeps the
 * project's files in `rootDir`, so `.clasp.json` must say `dist/sheets`, the build must leave our
 * manifest (with its two scopes) there, and every `create-script` the guide shows must name that folder,
 * or clasp pulls Google's default manifest (no `oauthScopes`) over ours.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, builtFile, readBuilt } from './builtSheets';

const read = (name: string) => readFileSync(join(REPO_ROOT, name), 'utf8');
const SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
];

describe('the documented clasp sequence', () => {
  it('.clasp.json.example points clasp at dist/sheets', () => {
    expect(JSON.parse(read('.clasp.json.example'))).toEqual({
      scriptId: 'REPLACE_WITH_YOUR_SCRIPT_ID',
      rootDir: 'dist/sheets',
    });
  });

  it('the build leaves our manifest in dist/sheets: two scopes, V8', () => {
    const built = JSON.parse(readBuilt('appsscript.json')) as {
      oauthScopes?: string[];
      runtimeVersion?: string;
    };
    expect(built).toEqual(JSON.parse(read('appsscript.json')));
    expect(built.oauthScopes).toEqual(SCOPES);
    expect(built.runtimeVersion).toBe('V8');
  });

  it('push:sheets builds before it pushes, so a manifest clasp pulled is replaced by ours', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['push:sheets']).toBe('npm run build:sheets && clasp push --force');
  });

  it('every create-script and pull in the guide names --rootDir dist/sheets', () => {
    const commands = read('docs/sheets-deploy.md')
      .split('\n')
      .filter(
        (line) => /clasp (create-script|create|pull)\b/.test(line) && /^\s*(npx )?clasp /.test(line.trim()),
      );
    expect(commands.length).toBeGreaterThan(0);
    for (const line of commands) expect(line).toContain('--rootDir dist/sheets');
  });

  it('clasp 3 itself, offline, would push exactly the three built files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clasp-'));
    try {
      cpSync(join(REPO_ROOT, '.clasp.json.example'), join(dir, '.clasp.json'));
      cpSync(join(REPO_ROOT, 'dist', 'sheets'), join(dir, 'dist', 'sheets'), { recursive: true });
      builtFile('Code.js');
      const clasp = spawnSync(
        process.execPath,
        [
          join(REPO_ROOT, 'node_modules', '@google', 'clasp', 'build', 'src', 'index.js'),
          'show-file-status',
          '--json',
        ],
        { cwd: dir, env: { ...process.env, HOME: dir }, encoding: 'utf8', timeout: 60_000 },
      );
      expect({ status: clasp.status, stderr: clasp.stderr }).toEqual({ status: 0, stderr: '' });
      const status = JSON.parse(clasp.stdout) as { filesToPush: string[]; untrackedFiles: string[] };
      expect([...status.filesToPush].sort()).toEqual(
        ['dist/sheets/Code.js', 'dist/sheets/Sidebar.html', 'dist/sheets/appsscript.json'].sort(),
      );
      expect(status.untrackedFiles).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
