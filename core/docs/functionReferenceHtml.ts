/**
 * The function reference as HTML pages (docs/functions.html, docs/functions.fr.html in dist/excel): what
 * a function's `helpUrl` opens from Excel. Browsers show Markdown served as text/plain as raw text, where
 * `#bonusmalus` goes nowhere; here every function is a section whose id is its anchor. Generated from the
 * registry like the Markdown reference, with the same texts; every registry text is HTML-escaped.
 */
import { FUNCTIONS } from '../functions/registry';
import type { FunctionSpec } from '../functions/types';
import {
  argumentDoc,
  functionAnchor,
  REFERENCE_TEXT,
  signature,
  type DocLanguage,
} from './functionReference';

/** Where each language's HTML reference is served, relative to the add-in's base URL. */
export const HELP_PAGES: Readonly<Record<DocLanguage, string>> = {
  en: 'docs/functions.html',
  fr: 'docs/functions.fr.html',
};

const OTHER_LANGUAGE: Readonly<Record<DocLanguage, { lang: DocLanguage; label: string }>> = {
  en: { lang: 'fr', label: 'Version française' },
  fr: { lang: 'en', label: 'English version' },
};

const STYLE = [
  'body{font-family:"Segoe UI",system-ui,sans-serif;line-height:1.5;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}',
  'code{font-family:Consolas,"Courier New",monospace;background:#f3f3f3;padding:0 .2em;border-radius:3px}',
  'section{border-top:1px solid #ddd;margin-top:2rem}',
  'section:target{background:#fff8db}',
  // The last section fills the window, so its link too scrolls it to the top.
  'section:last-of-type{min-height:100vh}',
  'h2{font-family:Consolas,"Courier New",monospace}',
].join('');

/** Text for an HTML text node or attribute value. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Escaped text with the registry's `code` spans as <code>. */
function inline(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

function section(spec: FunctionSpec, lang: DocLanguage): string {
  const t = REFERENCE_TEXT[lang];
  const args = spec.args.map((arg) => {
    const { notes, help } = argumentDoc(arg, lang);
    const noted = notes ? ` (${escapeHtml(notes)})` : '';
    return `<li><code>${escapeHtml(arg.name)}</code>${noted}${t.colon} ${inline(help)}</li>`;
  });
  const examples = spec.examples.map(
    (e) => `<li><code>${escapeHtml(e.formula)}</code> = ${escapeHtml(String(e.result))}</li>`,
  );
  return [
    `<section id="${escapeHtml(functionAnchor(spec.name))}">`,
    `<h2>${escapeHtml(spec.name)}</h2>`,
    `<p><code>${escapeHtml(signature(spec))}</code></p>`,
    `<p>${inline(spec.summary[lang])}</p>`,
    `<h3>${escapeHtml(t.args)}</h3>`,
    `<ul>${args.join('')}</ul>`,
    `<h3>${escapeHtml(t.examples)}</h3>`,
    `<ul>${examples.join('')}</ul>`,
    '</section>',
  ].join('\n');
}

/** The whole reference in one language, as a standalone HTML page (no script, inline style). */
export function functionReferenceHtml(
  lang: DocLanguage,
  functions: readonly FunctionSpec[] = FUNCTIONS,
): string {
  const t = REFERENCE_TEXT[lang];
  const other = OTHER_LANGUAGE[lang];
  // Both pages sit in the same folder, so the other language is a sibling file.
  const otherPage = HELP_PAGES[other.lang].split('/').pop() ?? '';
  const index = functions.map(
    (f) =>
      `<li><a href="#${escapeHtml(functionAnchor(f.name))}">${escapeHtml(f.name)}</a>: ${inline(f.summary[lang])}</li>`,
  );
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(t.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<p><a href="${escapeHtml(otherPage)}" hreflang="${other.lang}" lang="${other.lang}">${other.label}</a></p>`,
    `<h1>${escapeHtml(t.title)}</h1>`,
    `<p>${inline(t.intro)}</p>`,
    `<ul>${index.join('')}</ul>`,
    ...functions.map((f) => section(f, lang)),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
