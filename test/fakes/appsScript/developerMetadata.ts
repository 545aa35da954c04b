/**
 * `DeveloperMetadata` on sheets, and the spreadsheet's `DeveloperMetadataFinder`: key/value pairs Apps
 * Script keeps beside a sheet, invisible in its cells, deleted with the sheet.
 */
import type { CallLog } from './callLog';
import { Recorded } from './recorder';
import type { FakeSheet } from './sheet';

/** `DeveloperMetadataLocation` of a sheet. */
export class FakeDeveloperMetadataLocation extends Recorded {
  readonly __service = 'DeveloperMetadataLocation';
  readonly __group = 'SpreadsheetApp' as const;
  constructor(
    log: CallLog,
    private readonly sheet: FakeSheet,
  ) {
    super(log);
  }
  getSheet(): FakeSheet {
    return this.sheet;
  }
  getLocationType(): string {
    return 'SHEET';
  }
}

/** `DeveloperMetadata`. */
export class FakeDeveloperMetadata extends Recorded {
  readonly __service = 'DeveloperMetadata';
  readonly __group = 'SpreadsheetApp' as const;
  constructor(
    log: CallLog,
    readonly __sheet: FakeSheet,
    private readonly key: string,
    private value: string | null,
  ) {
    super(log);
  }
  override __describe(): string {
    return `${this.__sheet.getName()}:${this.key}`;
  }
  getKey(): string {
    return this.key;
  }
  getValue(): string | null {
    return this.value;
  }
  setValue(value: string): this {
    this.value = String(value);
    return this;
  }
  getLocation(): FakeDeveloperMetadataLocation {
    return new FakeDeveloperMetadataLocation(this.__log, this.__sheet);
  }
  remove(): void {
    this.__sheet.__removeDeveloperMetadata(this);
  }
}

/** `DeveloperMetadataFinder`, with the key filter the add-on uses. */
export class FakeDeveloperMetadataFinder extends Recorded {
  readonly __service = 'DeveloperMetadataFinder';
  readonly __group = 'SpreadsheetApp' as const;
  private key: string | null = null;
  constructor(
    log: CallLog,
    private readonly sheets: () => readonly FakeSheet[],
  ) {
    super(log);
  }
  withKey(key: string): this {
    this.key = String(key);
    return this;
  }
  find(): FakeDeveloperMetadata[] {
    return this.sheets()
      .flatMap((sheet) => sheet.__developerMetadata())
      .filter((metadata) => this.key === null || metadata.getKey() === this.key);
  }
}
