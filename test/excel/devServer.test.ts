/**
 * The `npm start` server: serves dist/excel with the right content types, nothing outside it, and TLS
 * from the user's own PEM files; office-addin-dev-certs is not run here (it changes the system's trust
 * store), so its fallback is checked through the message it leads to.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest, type Server } from 'node:http';
import { createServer as createHttpsServer, request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  certificateHelp,
  httpsOptions,
  sideloadInstructions,
  staticHandler,
} from '../../excel-addin/devServer';

const tmp = mkdtempSync(join(tmpdir(), 'outcome-fees-dev-'));
const site = join(tmp, 'site');
mkdirSync(join(site, 'docs'), { recursive: true });
writeFileSync(join(site, 'taskpane.html'), '<!doctype html><p>pane</p>');
writeFileSync(join(site, 'functions.json'), '{"functions":[]}');
writeFileSync(join(site, 'docs', 'functions.md'), '# Reference');
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

describe('staticHandler', () => {
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
    expect(await get('/docs/functions.md')).toMatchObject({
      status: 200,
      type: 'text/plain; charset=utf-8',
      body: '# Reference',
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

  it('accepts only GET and HEAD', async () => {
    expect((await get('/taskpane.html', 'POST')).status).toBe(405);
    expect(await get('/taskpane.html', 'HEAD')).toMatchObject({ status: 200, body: '' });
  });
});

describe('httpsOptions', () => {
  it('uses the PEM files named by OUTCOME_FEES_CERT and OUTCOME_FEES_KEY, and they serve HTTPS', async () => {
    const cert = join(tmp, 'localhost.crt');
    const key = join(tmp, 'localhost.key');
    execFileSync(
      'openssl',
      [
        ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost'],
        ...['-keyout', key, '-out', cert],
      ],
      { stdio: 'ignore' },
    );
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
    expect(text).toMatch(/Excel on the web:[\s\S]*Upload My Add-in/);
    expect(text).toMatch(/Excel on Windows:[\s\S]*Trusted Add-in Catalogs/);
    expect(text).toMatch(/Excel on Mac:[\s\S]*wef/);
    expect(text).toContain('https://localhost:3000');
  });
});
