/**
 * Serves files to a page through Playwright's request interception: no port, no certificate, and any
 * request to another origin is refused, so a page under test cannot reach the network.
 */
import { existsSync, readFileSync, statSync } from 'fs';
import { extname, resolve, sep } from 'path';
import type { BrowserContext, Page, Route } from 'playwright-core';

/** Content types by extension, for the files add-in pages load. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

/** A file served from memory. */
export interface ServedFile {
  readonly body: string | Buffer;
  /** Defaults to the type of the path's extension. */
  readonly contentType?: string;
}

/** What to serve and where. */
export interface ServeOptions {
  /** Origin the page is loaded from: `https://localhost:3000`. */
  readonly origin: string;
  /** Directory whose files are served at the origin's root. */
  readonly root?: string;
  /** Files by URL path (`/taskpane.js`); they win over `root`. */
  readonly files?: Readonly<Record<string, ServedFile>>;
  /** Other origins whose requests are served too (`https://appsforoffice.microsoft.com` → files). */
  readonly extra?: Readonly<Record<string, Readonly<Record<string, ServedFile>>>>;
}

/** The URL paths requested by the page, in order, with the status they got. */
export interface ServeLog {
  readonly requests: { url: string; status: number | 'blocked' }[];
}

/** Routes every request of `target` to `options`; returns a log of what was asked. */
export async function serveFiles(target: Page | BrowserContext, options: ServeOptions): Promise<ServeLog> {
  const log: ServeLog = { requests: [] };
  const origin = new URL(options.origin).origin;
  await target.route('**/*', async (route: Route) => {
    const url = new URL(route.request().url());
    const table = url.origin === origin ? options.files : options.extra?.[url.origin];
    const served =
      table?.[url.pathname] ?? (url.origin === origin ? fromRoot(options.root, url.pathname) : undefined);
    if (url.origin !== origin && !table) {
      log.requests.push({ url: url.href, status: 'blocked' });
      await route.abort('blockedbyclient');
      return;
    }
    if (!served) {
      log.requests.push({ url: url.href, status: 404 });
      await route.fulfill({ status: 404, contentType: 'text/plain', body: `not found: ${url.pathname}` });
      return;
    }
    log.requests.push({ url: url.href, status: 200 });
    await route.fulfill({
      status: 200,
      contentType: served.contentType ?? contentTypeOf(url.pathname),
      body: served.body,
    });
  });
  return log;
}

/** The file type of `path` by its extension. */
export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

function fromRoot(root: string | undefined, pathname: string): ServedFile | undefined {
  const file = root === undefined ? undefined : fileUnder(root, pathname);
  if (file === undefined || !existsSync(file) || !statSync(file).isFile()) return undefined;
  return { body: readFileSync(file) };
}

/** The file a URL path names under `root`, or `undefined` when the path would leave `root`. */
export function fileUnder(root: string, pathname: string): string | undefined {
  const base = resolve(root);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = resolve(base, '.' + (decoded.startsWith('/') ? decoded : `/${decoded}`));
  return file.startsWith(base + sep) ? file : undefined;
}
