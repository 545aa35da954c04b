/**
 * The `npm start` server: serves dist/excel with the right content types, nothing outside it, CORS headers
 * on what Excel on the web fetches from its own origin, and TLS from the user's own PEM files;
 * office-addin-dev-certs is not run here (it changes the system's trust store), so its fallback is checked
 * through the message it leads to. The CORS test runs the real `node excel-addin/devServer.js` over HTTPS.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest, type Server } from 'node:http';
import { createServer as createHttpsServer, request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  certificateHelp,
  httpsOptions,
  isCrossOrigin,
  listenPort,
  sideloadInstructions,
  staticHandler,
} from '../../excel-addin/devServer';
import { builtFile, REPO_ROOT } from './builtExcel';

const tmp = mkdtempSync(join(tmpdir(), 'outcome-fees-dev-'));
const site = join(tmp, 'site');
mkdirSync(join(site, 'docs'), { recursive: true });
writeFileSync(join(site, 'taskpane.html'), '<!doctype html><p>pane</p>');
writeFileSync(join(site, 'functions.json'), '{"functions":[]}');
writeFileSync(join(site, 'docs', 'functions.html'), '<!doctype html><h1>Reference</h1>');
mkdirSync(join(site, 'assets'));
writeFileSync(join(site, 'assets', 'icon-32.png'), 'not really a png');
writeFileSync(join(tmp, 'secret.txt'), 'outside the site');

let server: Server;
let origin: string;

beforeAll(async () => {
  server = createHttpServer(staticHandler(site));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(tmp, { recursive: true, force: true });
});

/** A request with the path sent as written (fetch would normalise `..` away before the server saw it). */
function get(path: string, method = 'GET'): Promise<{ status: number; type: string | null; body: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(origin);
    const req = httpRequest({ host: hostname, port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'] ?? null, body }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** The response headers of a GET of `path`. */
function headersOf(path: string): Promise<Record<string, string | string[] | undefined>> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(origin);
    httpRequest({ host: hostname, port, path }, (res) => {
      res.resume();
      resolve(res.headers);
    })
      .on('error', reject)
      .end();
  });
}

describe('staticHandler', () => {
  it('sends the icons with no Cache-Control, which would make Office show a generic icon', async () => {
    // Microsoft's manifest reference (Image element): Office caches images itself and replaces one served
    // with any Cache-Control directive by a default image.
    const icon = await headersOf('/assets/icon-32.png');
    expect(icon['content-type']).toBe('image/png');
    expect(icon['cache-control']).toBeUndefined();
    // Everything else is not cached, so a rebuild shows on reload.
    for (const path of ['/taskpane.html', '/functions.json', '/docs/functions.html'])
      expect({ path, cache: (await headersOf(path))['cache-control'] }).toEqual({ path, cache: 'no-store' });
  });

  it('serves the pane, the metadata and the help pages with their content types', async () => {
    expect(await get('/taskpane.html')).toEqual({
      status: 200,
      type: 'text/html; charset=utf-8',
      body: '<!doctype html><p>pane</p>',
    });
    expect(await get('/')).toMatchObject({ status: 200, body: '<!doctype html><p>pane</p>' });
    expect(await get('/functions.json')).toMatchObject({
      status: 200,
      type: 'application/json; charset=utf-8',
    });
    expect(await get('/docs/functions.html')).toMatchObject({
      status: 200,
      type: 'text/html; charset=utf-8',
      body: '<!doctype html><h1>Reference</h1>',
    });
  });

  it('answers 404 for missing files and for anything outside the served folder', async () => {
    expect((await get('/missing.js')).status).toBe(404);
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/docs/..%2f..%2fsecret.txt']) {
      const response = await get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(response.body).not.toContain('outside the site');
    }
  });

  it('accepts only GET and HEAD, and answers OPTIONS without a body', async () => {
    expect((await get('/taskpane.html', 'POST')).status).toBe(405);
    expect((await get('/functions.json', 'PUT')).status).toBe(405);
    expect(await get('/taskpane.html', 'HEAD')).toMatchObject({ status: 200, body: '' });
    expect(await get('/taskpane.html', 'OPTIONS')).toMatchObject({ status: 204, body: '' });
  });
});

describe('which files Excel may read from another origin', () => {
  it('are the functions metadata in every language, the functions script and the help pages', () => {
    const yes = ['/functions.json', '/functions.fr.json', '/functions.js', '/docs/functions.html'];
    const no = [
      '/taskpane.html',
      '/taskpane.js',
      '/manifest.xml',
      '/assets/icon-32.png',
      '/functions.json.bak',
    ];
    expect(yes.filter((p) => !isCrossOrigin(p))).toEqual([]);
    expect(no.filter((p) => isCrossOrigin(p))).toEqual([]);
  });
});

describe('listenPort', () => {
  it('is 3000 unless OUTCOME_FEES_PORT says otherwise, and refuses what is not a port', () => {
    expect(listenPort({})).toBe(3000);
    expect(listenPort({ OUTCOME_FEES_PORT: '0' })).toBe(0);
    expect(listenPort({ OUTCOME_FEES_PORT: '3443' })).toBe(3443);
    expect(() => listenPort({ OUTCOME_FEES_PORT: 'https' })).toThrow(/OUTCOME_FEES_PORT/);
    expect(() => listenPort({ OUTCOME_FEES_PORT: '70000' })).toThrow(/OUTCOME_FEES_PORT/);
  });
});

/** A self-signed certificate for localhost (PEM files in the temporary folder). */
function localhostCertificate(): { cert: string; key: string } {
  const cert = join(tmp, 'localhost.crt');
  const key = join(tmp, 'localhost.key');
  execFileSync(
    'openssl',
    [
      ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost'],
      ...['-addext', 'subjectAltName=DNS:localhost', '-keyout', key, '-out', cert],
    ],
    { stdio: 'ignore' },
  );
  return { cert, key };
}

interface HttpsAnswer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** One HTTPS request to the dev server, trusting only its own certificate. */
function httpsAsk(
  port: number,
  path: string,
  ca: Buffer,
  method = 'GET',
  headers: Record<string, string> = {},
): Promise<HttpsAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest({ host: 'localhost', port, path, method, headers, ca }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('npm start over HTTPS (the real dev server on the built dist/excel)', () => {
  const EXCEL_WEB = 'https://excel.officeapps.live.com';
  let child: ChildProcess;
  let port: number;
  let ca: Buffer;

  beforeAll(async () => {
    builtFile('manifest.xml');
    const { cert, key } = localhostCertificate();
    ca = readFileSync(cert);
    child = spawn(process.execPath, [join(REPO_ROOT, 'excel-addin', 'devServer.js')], {
      env: { ...process.env, OUTCOME_FEES_CERT: cert, OUTCOME_FEES_KEY: key, OUTCOME_FEES_PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    port = await new Promise<number>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`the dev server did not start: ${output}`)), 15000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const match = output.match(/https:\/\/localhost:(\d+) \(the manifest expects/);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      };
      child.stdout?.on('data', read);
      child.stderr?.on('data', read);
      child.on('exit', (code) => reject(new Error(`the dev server exited (${code}): ${output}`)));
    });
  }, 20000);

  afterAll(() => {
    child?.kill();
  });

  it('lets Excel on the web read functions.json and functions.fr.json from its own origin', async () => {
    for (const path of ['/functions.json', '/functions.fr.json']) {
      const answer = await httpsAsk(port, path, ca, 'GET', { Origin: EXCEL_WEB });
      expect({ path, status: answer.status, cors: answer.headers['access-control-allow-origin'] }).toEqual({
        path,
        status: 200,
        cors: '*',
      });
      expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(JSON.parse(answer.body).functions.length).toBeGreaterThan(10);
    }
  });

  it('sends the header with the help pages and the functions script', async () => {
    for (const path of ['/docs/functions.html', '/docs/functions.fr.html', '/functions.js']) {
      const answer = await httpsAsk(port, path, ca, 'GET', { Origin: EXCEL_WEB });
      expect({ path, status: answer.status, cors: answer.headers['access-control-allow-origin'] }).toEqual({
        path,
        status: 200,
        cors: '*',
      });
    }
  });

  it('answers a preflight for the metadata with what it allows, and no body', async () => {
    const answer = await httpsAsk(port, '/functions.json', ca, 'OPTIONS', {
      Origin: EXCEL_WEB,
      'Access-Control-Request-Method': 'GET',
      'Access-Control-Request-Headers': 'x-requested-with',
    });
    expect(answer.status).toBe(204);
    expect(answer.body).toBe('');
    expect(answer.headers['access-control-allow-origin']).toBe('*');
    expect(answer.headers['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS');
    expect(answer.headers['access-control-allow-headers']).toBe('x-requested-with');
    const odd = await httpsAsk(port, '/functions.json', ca, 'OPTIONS', {
      Origin: EXCEL_WEB,
      'Access-Control-Request-Headers': 'x-a; evil=1',
    });
    expect(odd.status).toBe(204);
    expect(odd.headers['access-control-allow-headers']).toBeUndefined();
  });

  it('does not open the pane or the manifest to other origins', async () => {
    for (const path of ['/taskpane.html', '/manifest.xml']) {
      const answer = await httpsAsk(port, path, ca, 'GET', { Origin: EXCEL_WEB });
      expect({ path, status: answer.status, cors: answer.headers['access-control-allow-origin'] }).toEqual({
        path,
        status: 200,
        cors: undefined,
      });
    }
  });
});

describe('httpsOptions', () => {
  it('uses the PEM files named by OUTCOME_FEES_CERT and OUTCOME_FEES_KEY, and they serve HTTPS', async () => {
    const { cert, key } = localhostCertificate();
    const options = await httpsOptions({ OUTCOME_FEES_CERT: cert, OUTCOME_FEES_KEY: key });
    const secure = createHttpsServer(options, staticHandler(site));
    await new Promise<void>((resolve) => secure.listen(0, '127.0.0.1', resolve));
    try {
      const port = (secure.address() as AddressInfo).port;
      const body = await new Promise<string>((resolve, reject) => {
        const req = httpsRequest(
          { host: '127.0.0.1', port, path: '/taskpane.html', ca: options.cert, servername: 'localhost' },
          (res) => {
            let text = '';
            res.on('data', (chunk) => (text += chunk));
            res.on('end', () => resolve(text));
          },
        );
        req.on('error', reject);
        req.end();
      });
      expect(body).toBe('<!doctype html><p>pane</p>');
    } finally {
      await new Promise((resolve) => secure.close(resolve));
    }
  });

  it('refuses half a certificate pair', async () => {
    await expect(httpsOptions({ OUTCOME_FEES_CERT: '/x.crt' })).rejects.toThrow(/both/);
  });
});

describe('messages', () => {
  it('tells the user how to get a trusted certificate when the automatic install fails', () => {
    const help = certificateHelp('Unable to install the CA certificate. sudo: not found');
    expect(help).toContain('sudo: not found');
    expect(help).toContain('npx office-addin-dev-certs install');
    expect(help).toContain('OUTCOME_FEES_CERT=');
    expect(help).toContain('ADDIN_BASE_URL=');
  });

  it('explains sideloading on the web, Windows and Mac, with the manifest path', () => {
    const text = sideloadInstructions('/repo/dist/excel/manifest.xml');
    expect(text).toContain('/repo/dist/excel/manifest.xml');
    expect(text).toMatch(
      /Excel on the web:\s+open a workbook, Home > Add-ins > More Settings > Upload My Add-in/,
    );
    expect(text).toMatch(/Excel on Windows:[\s\S]*Trusted Add-in Catalogs[\s\S]*Advanced > SHARED FOLDER/);
    expect(text).toMatch(/Excel on Mac:[\s\S]*wef/);
    expect(text).toMatch(/clear the Office cache[\s\S]*raise <Version>/);
    expect(text).toContain('https://localhost:3000');
  });
});
