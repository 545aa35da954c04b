/** `SpreadsheetApp`: the active spreadsheet, the Ui, data validation builders and enums. */
import type { CallLog } from './callLog';
import { BandingTheme } from './banding';
import { FakeConditionalFormatRuleBuilder } from './conditionalFormat';
import { DataValidationCriteria, FakeDataValidationBuilder } from './dataValidation';
import type { FakeRange } from './range';
import { Recorded } from './recorder';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';
import { FakeState, requireAuthorization } from './state';
import { FakeUi } from './ui';

/** `SpreadsheetApp.BorderStyle`. */
export const BorderStyle = {
  DOTTED: 'DOTTED',
  DASHED: 'DASHED',
  SOLID: 'SOLID',
  SOLID_MEDIUM: 'SOLID_MEDIUM',
  SOLID_THICK: 'SOLID_THICK',
  DOUBLE: 'DOUBLE',
} as const;

/** `SpreadsheetApp`: the entry point, checking the auth mode as Apps Script does. */
export class FakeSpreadsheetApp extends Recorded {
  readonly __service = 'SpreadsheetApp';
  readonly __group = 'SpreadsheetApp' as const;
  readonly BandingTheme = BandingTheme;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BorderStyle = BorderStyle;
  readonly __ui: FakeUi;

  constructor(
    log: CallLog,
    private readonly state: FakeState,
    readonly __spreadsheet: FakeSpreadsheet,
  ) {
    super(log);
    this.__ui = new FakeUi(log);
  }

  getActiveSpreadsheet(): FakeSpreadsheet {
    requireAuthorization(this.state, 'SpreadsheetApp.getActiveSpreadsheet');
    return this.__spreadsheet;
  }
  getActive(): FakeSpreadsheet {
    requireAuthorization(this.state, 'SpreadsheetApp.getActive');
    return this.__spreadsheet;
  }
  getActiveSheet(): FakeSheet {
    requireAuthorization(this.state, 'SpreadsheetApp.getActiveSheet');
    return this.__spreadsheet.getActiveSheet();
  }
  getActiveRange(): FakeRange | null {
    requireAuthorization(this.state, 'SpreadsheetApp.getActiveRange');
    return this.__spreadsheet.getActiveRange();
  }
  /** Works in every auth mode (menus are built in AuthMode.NONE), but not from a custom function. */
  getUi(): FakeUi {
    if (this.state.authMode === 'CUSTOM_FUNCTION')
      throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
    return this.__ui;
  }
  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.__log);
  }
  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.__log);
  }
  /** Writes are applied at once in the fake, so there is nothing to flush. */
  flush(): void {}
}
