/**
 * `HtmlService`: HTML outputs from strings or from registered project files, and templates with
 * scriptlets (`<? code ?>`, `<?= escaped ?>`, `<?!= raw ?>`) evaluated against the template's fields and
 * then the script's global scope, as Apps Script does.
 */
import type { CallLog } from './callLog';
import { Recorded } from './recorder';

/** `HtmlService.XFrameOptionsMode`. */
export const XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;
/** `HtmlService.SandboxMode`. */
export const SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const;

/** `HtmlOutput`: HTML content plus the title and size a sidebar or dialog shows. */
export class FakeHtmlOutput extends Recorded {
  readonly __service = 'HtmlOutput';
  readonly __group = 'HtmlService' as const;
  private title = '';
  private width: number | null = null;
  private height: number | null = null;
  private xFrameOptionsMode: string = XFrameOptionsMode.DEFAULT;
  private sandboxMode: string = SandboxMode.IFRAME;
  readonly __metaTags: { name: string; content: string }[] = [];

  constructor(
    log: CallLog,
    private content: string,
    /** The project file it came from, if any. */
    readonly __file: string | null = null,
  ) {
    super(log);
  }

  override __describe(): string {
    return this.__file ?? '(html)';
  }

  getContent(): string {
    return this.content;
  }
  setContent(content: string): this {
    this.content = content;
    return this;
  }
  append(addedContent: string): this {
    this.content += addedContent;
    return this;
  }
  appendUntrusted(addedContent: string): this {
    this.content += escapeHtml(addedContent);
    return this;
  }
  clear(): this {
    this.content = '';
    return this;
  }
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  getWidth(): number | null {
    return this.width;
  }
  setHeight(height: number): this {
    this.height = height;
    return this;
  }
  getHeight(): number | null {
    return this.height;
  }
  setXFrameOptionsMode(mode: string): this {
    this.xFrameOptionsMode = mode;
    return this;
  }
  setSandboxMode(mode: string): this {
    this.sandboxMode = mode;
    return this;
  }
  getSandboxMode(): string {
    return this.sandboxMode;
  }
  addMetaTag(name: string, content: string): this {
    this.__metaTags.push({ name, content });
    return this;
  }
  setFaviconUrl(_iconUrl: string): this {
    return this;
  }

  /** Fake-only: the X-Frame-Options mode set. */
  __xFrameOptionsMode(): string {
    return this.xFrameOptionsMode;
  }
}

/** Fields a template owns itself; everything else assigned on it is template data. */
const TEMPLATE_OWN = new Set(['__log', '__service', '__group', 'source', 'globalScope', '__file']);

/** `HtmlTemplate`: fields assigned on it are the template's data; `evaluate()` renders it. */
export class FakeHtmlTemplate extends Recorded {
  readonly __service = 'HtmlTemplate';
  readonly __group = 'HtmlService' as const;
  [field: string]: unknown;

  constructor(
    log: CallLog,
    private readonly source: string,
    private readonly globalScope: () => object,
    readonly __file: string | null = null,
  ) {
    super(log);
  }

  override __describe(): string {
    return this.__file ?? '(template)';
  }

  getRawContent(): string {
    return this.source;
  }
  getCode(): string {
    return compileTemplate(this.source);
  }
  evaluate(): FakeHtmlOutput {
    const data: Record<string, unknown> = {};
    for (const key of Object.keys(this)) if (!TEMPLATE_OWN.has(key)) data[key] = this[key];
    const global = this.globalScope() as Record<string, unknown>;
    const scope = new Proxy(data, {
      has: (target, key) => typeof key === 'string' && (key in target || key in global),
      get: (target, key) => (typeof key !== 'string' ? undefined : key in target ? target[key] : global[key]),
    });
    // Template code runs in sloppy mode so `with` can resolve names as Apps Script templates do.
    const run = new Function('__scope', '__escape', compileTemplate(this.source)) as (
      s: object,
      e: (v: unknown) => string,
    ) => string;
    return new FakeHtmlOutput(
      this.__log,
      run(scope, (v) => escapeHtml(String(v ?? ''))),
      this.__file,
    );
  }
}

/** The body of a function of (`__scope`, `__escape`) that returns the rendered template. */
function compileTemplate(source: string): string {
  const parts: string[] = ["var __out = '';", 'with (__scope) {'];
  const pattern = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = pattern.exec(source); m !== null; m = pattern.exec(source)) {
    parts.push(`__out += ${JSON.stringify(source.slice(last, m.index))};`);
    const code = m[2] as string;
    if (m[1] === '=') parts.push(`__out += __escape(${code});`);
    else if (m[1] === '!=') parts.push(`__out += String((${code}) ?? '');`);
    else parts.push(code);
    last = pattern.lastIndex;
  }
  parts.push(`__out += ${JSON.stringify(source.slice(last))};`, '}', 'return __out;');
  return parts.join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** `HtmlService`, with a registry of project HTML files standing in for the script project. */
export class FakeHtmlService extends Recorded {
  readonly __service = 'HtmlService';
  readonly __group = 'HtmlService' as const;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  readonly SandboxMode = SandboxMode;
  private readonly files = new Map<string, string>();
  private globalScope: object = {};

  createHtmlOutput(html = ''): FakeHtmlOutput {
    return new FakeHtmlOutput(this.__log, String(html));
  }
  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    return new FakeHtmlOutput(this.__log, this.file(filename), fileKey(filename));
  }
  createTemplate(html: string): FakeHtmlTemplate {
    return new FakeHtmlTemplate(this.__log, String(html), () => this.globalScope);
  }
  createTemplateFromFile(filename: string): FakeHtmlTemplate {
    return new FakeHtmlTemplate(this.__log, this.file(filename), () => this.globalScope, fileKey(filename));
  }

  /** Fake-only: adds a project HTML file (`Sidebar` or `Sidebar.html`). */
  __registerFile(name: string, content: string): void {
    this.files.set(fileKey(name), content);
  }

  /** Fake-only: where templates look up names their fields lack (the script's global object). */
  __setGlobalScope(scope: object): void {
    this.globalScope = scope;
  }

  private file(filename: string): string {
    const content = this.files.get(fileKey(filename));
    if (content === undefined) throw new Error(`No HTML file named ${filename} was found.`);
    return content;
  }
}

function fileKey(name: string): string {
  return name.replace(/\.html$/, '');
}
