'use strict';
/**
 * Production manifest: the checked-in manifest.xml points at https://localhost:3000 (development); for a
 * deployment every such URL is rewritten to ADDIN_BASE_URL. Office loads add-ins over HTTPS only, so a
 * base URL that is not HTTPS is refused here rather than discovered at sideload time.
 * CLI: `ADDIN_BASE_URL=https://fees.example.com node excel-addin/build/manifest.js manifest.xml dist/excel/manifest.xml`
 * (without ADDIN_BASE_URL the manifest is copied unchanged, for local development).
 */
const fs = require('fs');
const path = require('path');

/** The origin every development URL in manifest.xml starts with. */
const DEV_ORIGIN = 'https://localhost:3000';

// The origin must end there: `https://localhost:30001` or `https://localhost:3000.evil` are not ours.
const DEV_URL = /https:\/\/localhost:3000(?![\w.:-])/g;

/**
 * Checks and normalises a production base URL: HTTPS, no credentials, query or fragment, no characters
 * that would need escaping in XML, and no trailing slash (so `base + '/taskpane.html'` has one slash).
 * A path is allowed (`https://cdn.example.com/fees`).
 */
function normaliseBaseUrl(baseUrl) {
  const raw = String(baseUrl ?? '').trim();
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_BASE_URL must be an absolute https:// URL, got "${raw}"`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`ADDIN_BASE_URL must use https:// (Office loads add-ins over HTTPS only), got "${raw}"`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new Error(`ADDIN_BASE_URL must not carry credentials, a query or a fragment, got "${raw}"`);
  }
  const normalised = url.href.replace(/\/+$/, '');
  if (/[&<>"']/.test(normalised)) {
    throw new Error(`ADDIN_BASE_URL must not contain & < > " or ', got "${raw}"`);
  }
  return normalised;
}

/**
 * The manifest with every `https://localhost:3000` URL rewritten to `baseUrl` (normalised by
 * normaliseBaseUrl). Throws if there is nothing to rewrite or if a development URL survives the rewrite
 * (an `http://localhost:3000` typo would otherwise ship a broken add-in).
 */
function productionManifest(xml, baseUrl) {
  const base = normaliseBaseUrl(baseUrl);
  if ((xml.match(DEV_URL) ?? []).length === 0) {
    throw new Error(`The manifest has no ${DEV_ORIGIN} URL to rewrite`);
  }
  if (base === DEV_ORIGIN) return xml;
  const rewritten = xml.replace(DEV_URL, base);
  const leftover = rewritten.match(/[a-z]*:?\/\/localhost:3000[^"<\s]*/i);
  if (leftover) throw new Error(`The manifest still points at ${leftover[0]} after rewriting to ${base}`);
  return rewritten;
}

/** Reads `input`, rewrites it when ADDIN_BASE_URL is set, writes `output`; returns the base URL used or null. */
function writeManifest(input, output, env = process.env) {
  const xml = fs.readFileSync(input, 'utf8');
  const baseUrl = env.ADDIN_BASE_URL ? env.ADDIN_BASE_URL : null;
  const result = baseUrl === null ? xml : productionManifest(xml, baseUrl);
  fs.mkdirSync(path.dirname(output), { recursive: true });
  fs.writeFileSync(output, result);
  return baseUrl === null ? null : normaliseBaseUrl(baseUrl);
}

module.exports = { DEV_ORIGIN, normaliseBaseUrl, productionManifest, writeManifest };

if (require.main === module) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    console.error('usage: [ADDIN_BASE_URL=https://host/path] node excel-addin/build/manifest.js <in> <out>');
    process.exit(2);
  }
  try {
    const base = writeManifest(input, output);
    console.log(
      base ? `wrote ${output} for ${base}` : `wrote ${output} (development URLs, ADDIN_BASE_URL unset)`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
