'use strict';
/**
 * `npm start`: serves dist/excel on https://localhost:3000, the origin of every URL in manifest.xml, and
 * prints how to sideload the add-in. The certificate comes from office-addin-dev-certs, which creates a
 * development CA and asks the system to trust it; where that cannot be done (no sudo, a container), the
 * server says what to do instead. OUTCOME_FEES_CERT / OUTCOME_FEES_KEY (PEM files) bring your own.
 * OUTCOME_FEES_PORT serves on another port (0: any free one), for tests; the manifest expects 3000.
 */
const fs = require('fs');
const https = require('https');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist', 'excel');
const PORT = 3000;
const ORIGIN = `https://localhost:${PORT}`;

/**
 * Files Excel fetches from its own origin rather than from the add-in's page: the functions' metadata
 * (Excel on the web reads functions*.json with XMLHttpRequest from officeapps.live.com, and refuses it
 * without Access-Control-Allow-Origin: office-js #3970), the functions script and the function help the
 * metadata links to. Microsoft's Excel-Custom-Functions template sends the header for everything it serves;
 * here it is limited to what Excel reads cross-origin. They are public static files, so any origin may read
 * them and no credentials are involved.
 */
const CROSS_ORIGIN = /^\/(?:functions(?:\.[a-z]{2})?\.json|functions\.js|docs\/[\w.-]+)$/;

/** The headers that let another origin read a file (and its preflight succeed). */
const CORS_HEADERS = Object.freeze({
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Max-Age': '600',
});

/** A comma-separated list of header names, as a preflight's Access-Control-Request-Headers holds. */
const HEADER_NAMES = /^[A-Za-z0-9-]+(?:\s*,\s*[A-Za-z0-9-]+)*$/;

/** Whether Excel may fetch `pathname` from another origin. */
function isCrossOrigin(pathname) {
  return CROSS_ORIGIN.test(pathname);
}

/** Content types of what the build writes; the function help is HTML (docs/functions*.html). */
const CONTENT_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
});

/**
 * Office keeps add-in images in its own cache and shows a generic icon instead of one served with any
 * Cache-Control directive (Microsoft's manifest reference, Image element): the ribbon's icons go without
 * one. Everything else is marked not to be cached, so a rebuild shows on reload.
 */
function cacheHeaders(pathname) {
  return /\.png$/i.test(pathname) ? {} : { 'Cache-Control': 'no-store' };
}

/**
 * A request handler serving the files under `root` (GET and HEAD; OPTIONS answers a CORS preflight).
 * Paths are resolved inside `root`: `..` and encoded tricks cannot reach outside it. Nothing but the
 * icons is cached (cacheHeaders), so a rebuild shows on reload. The files Excel reads from its own origin
 * carry CORS headers.
 */
function staticHandler(root) {
  const base = path.resolve(root);
  return (req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, ORIGIN).pathname);
    } catch {
      pathname = null;
    }
    const cors = pathname !== null && isCrossOrigin(pathname) ? CORS_HEADERS : {};
    const send = (status, body, type = 'text/plain; charset=utf-8', extra = {}) => {
      res.writeHead(status, {
        'Content-Type': type,
        ...cacheHeaders(pathname ?? ''),
        'X-Content-Type-Options': 'nosniff',
        ...cors,
        ...extra,
      });
      res.end(req.method === 'HEAD' || status === 204 ? undefined : body);
    };
    if (pathname === null) return send(400, 'Bad request\n');
    if (req.method === 'OPTIONS') {
      // A preflight may ask for request headers (a browser adds some on its own); reading public files
      // with them is harmless, so a list of header names is allowed as asked.
      const asked = req.headers['access-control-request-headers'];
      const names = typeof asked === 'string' && HEADER_NAMES.test(asked) ? asked : undefined;
      return send(204, '', undefined, {
        Allow: 'GET, HEAD, OPTIONS',
        ...(cors === CORS_HEADERS && names ? { 'Access-Control-Allow-Headers': names } : {}),
      });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(405, 'Method not allowed\n', undefined, { Allow: 'GET, HEAD, OPTIONS' });
    }
    if (pathname.endsWith('/')) pathname += 'taskpane.html';
    const file = path.resolve(base, `.${pathname}`);
    if (file !== base && !file.startsWith(base + path.sep)) return send(404, 'Not found\n');
    fs.readFile(file, (error, data) => {
      if (error) return send(404, 'Not found\n');
      send(200, data, CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream');
    });
  };
}

/** What to do when no trusted certificate could be set up. */
function certificateHelp(reason) {
  return [
    `Could not set up a trusted HTTPS certificate for ${ORIGIN}:`,
    `  ${String(reason).split('\n').join('\n  ')}`,
    '',
    'Office loads add-ins over HTTPS only, from a certificate the system trusts. Either:',
    '  - install the development certificate yourself, with the rights it needs',
    '    (administrator on Windows, sudo on Linux and macOS), then run `npm start` again:',
    '      npx office-addin-dev-certs install',
    '  - or bring your own certificate for localhost (PEM files), trusted by your system:',
    '      OUTCOME_FEES_CERT=/path/localhost.crt OUTCOME_FEES_KEY=/path/localhost.key npm start',
    '  - or serve dist/excel from any HTTPS host and build for it:',
    '      ADDIN_BASE_URL=https://your.host/path npm run build:excel',
  ].join('\n');
}

/**
 * TLS options for the server: your own PEM files, else office-addin-dev-certs (which installs its CA on
 * first use), else its certificate files if they exist but could not be trusted (with a warning).
 */
async function httpsOptions(env = process.env, log = console) {
  if (env.OUTCOME_FEES_CERT || env.OUTCOME_FEES_KEY) {
    if (!env.OUTCOME_FEES_CERT || !env.OUTCOME_FEES_KEY) {
      throw new Error('Set both OUTCOME_FEES_CERT and OUTCOME_FEES_KEY, or neither.');
    }
    return { cert: fs.readFileSync(env.OUTCOME_FEES_CERT), key: fs.readFileSync(env.OUTCOME_FEES_KEY) };
  }
  const devCerts = require('office-addin-dev-certs');
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const defaults = require('office-addin-dev-certs/lib/defaults');
    const message = error instanceof Error ? error.message : String(error);
    if (fs.existsSync(defaults.localhostCertificatePath) && fs.existsSync(defaults.localhostKeyPath)) {
      log.warn(
        `${certificateHelp(message)}\n\nServing with the untrusted development certificate meanwhile.\n`,
      );
      return {
        cert: fs.readFileSync(defaults.localhostCertificatePath),
        key: fs.readFileSync(defaults.localhostKeyPath),
      };
    }
    throw new Error(certificateHelp(message));
  }
}

/**
 * How to load the add-in from this server, in Excel on the web, Windows and Mac, following Microsoft's
 * sideloading pages (office-js-docs-pr, docs/testing: sideload-office-add-ins-for-testing,
 * create-a-network-shared-folder-catalog-for-task-pane-and-content-add-ins, sideload-an-office-add-in-on-mac,
 * clear-cache).
 */
function sideloadInstructions(manifest = path.join(DIST, 'manifest.xml')) {
  return [
    `Outcome Fees is served on ${ORIGIN} (open ${ORIGIN}/taskpane.html once: the browser must trust it).`,
    `Manifest: ${manifest}`,
    '',
    'Excel on the web:',
    '  open a workbook, Home > Add-ins > More Settings > Upload My Add-in, browse to the manifest above,',
    "  Upload. (Kept in the browser's storage: sideload again after clearing it or in another browser.)",
    'Excel on Windows:',
    '  share a folder holding the manifest, add its \\\\server\\share path under File > Options > Trust Center >',
    '  Trust Center Settings > Trusted Add-in Catalogs (Add catalog, tick "Show in Menu"), restart Excel, then',
    '  Home > Add-ins > Advanced > SHARED FOLDER > Outcome Fees > Add.',
    'Excel on Mac:',
    '  copy the manifest to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ (create the',
    '  folder if needed), restart Excel, then Home > Add-ins > Outcome Fees.',
    '',
    'Then: Home > Contracts and invoices opens the pane; =FEES.BONUSMALUS(0.78, 0.75, 50000, 50000) gives 1500.',
    'After a rebuild that changes functions.json or the manifest, Office may keep the old copy for up to',
    '24 hours: clear the Office cache (Windows: File > Options > Trust Center > Trust Center Settings >',
    'Trusted Add-in Catalogs > "Next time Office starts, clear all previously-started web add-ins cache";',
    "Mac: the pane's personality menu > Clear Web Cache) and raise <Version> in manifest.xml.",
    'Press Ctrl+C to stop.',
  ].join('\n');
}

/** The port to listen on: OUTCOME_FEES_PORT (0 picks a free one), else the manifest's 3000. */
function listenPort(env = process.env) {
  const raw = env.OUTCOME_FEES_PORT;
  if (raw === undefined || raw === '') return PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`OUTCOME_FEES_PORT must be a port number, got "${raw}"`);
  }
  return port;
}

async function main() {
  if (!fs.existsSync(path.join(DIST, 'manifest.xml'))) {
    console.error('dist/excel is missing: run `npm run build:excel` first.');
    process.exit(1);
  }
  let options;
  let port;
  try {
    port = listenPort();
    options = await httpsOptions();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const server = https.createServer(options, staticHandler(DIST));
  server.on('error', (error) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Port ${port} is in use: the manifest expects ${ORIGIN}; stop whatever serves it and try again.`
        : error.message,
    );
    process.exit(1);
  });
  server.listen(port, 'localhost', () => {
    const actual = server.address().port;
    if (actual !== PORT) {
      console.log(`Serving on https://localhost:${actual} (the manifest expects ${ORIGIN}: for tests only).`);
      return;
    }
    console.log(`\n${sideloadInstructions()}\n`);
  });
}

module.exports = {
  CONTENT_TYPES,
  CORS_HEADERS,
  isCrossOrigin,
  listenPort,
  staticHandler,
  httpsOptions,
  certificateHelp,
  sideloadInstructions,
};

if (require.main === module) void main();
