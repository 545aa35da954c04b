/** `PropertiesService` and its three string stores. */
import type { CallLog } from './callLog';
import { Recorded } from './recorder';
import { FakeState, requireAuthorization } from './state';

/** One store: values are kept as strings, as Apps Script does. */
export class FakeProperties extends Recorded {
  readonly __service = 'Properties';
  readonly __group = 'PropertiesService' as const;
  private readonly values = new Map<string, string>();

  constructor(
    log: CallLog,
    readonly __kind: string,
  ) {
    super(log);
  }

  override __describe(): string {
    return this.__kind;
  }

  getProperty(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.values);
  }
  getKeys(): string[] {
    return [...this.values.keys()];
  }
  setProperty(key: string, value: unknown): this {
    this.values.set(key, String(value));
    return this;
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    if (deleteAllOthers) this.values.clear();
    for (const [key, value] of Object.entries(properties)) this.values.set(key, String(value));
    return this;
  }
  deleteProperty(key: string): this {
    this.values.delete(key);
    return this;
  }
  deleteAllProperties(): this {
    this.values.clear();
    return this;
  }
}

/** `PropertiesService`: user, document and script stores, refused in AuthMode.NONE. */
export class FakePropertiesService extends Recorded {
  readonly __service = 'PropertiesService';
  readonly __group = 'PropertiesService' as const;
  readonly __user: FakeProperties;
  readonly __document: FakeProperties;
  readonly __script: FakeProperties;

  constructor(
    log: CallLog,
    private readonly state: FakeState,
  ) {
    super(log);
    this.__user = new FakeProperties(log, 'user');
    this.__document = new FakeProperties(log, 'document');
    this.__script = new FakeProperties(log, 'script');
  }

  getUserProperties(): FakeProperties {
    requireAuthorization(this.state, 'PropertiesService.getUserProperties');
    return this.__user;
  }
  getDocumentProperties(): FakeProperties {
    requireAuthorization(this.state, 'PropertiesService.getDocumentProperties');
    return this.__document;
  }
  getScriptProperties(): FakeProperties {
    requireAuthorization(this.state, 'PropertiesService.getScriptProperties');
    return this.__script;
  }
}
