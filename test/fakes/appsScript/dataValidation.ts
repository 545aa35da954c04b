/** `SpreadsheetApp.newDataValidation()` and the rules it builds. */
import type { CallLog } from './callLog';
import { Recorded, unwrap } from './recorder';

/** The criteria types the fake builds (a subset of `SpreadsheetApp.DataValidationCriteria`). */
export const DataValidationCriteria = {
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  CHECKBOX: 'CHECKBOX',
} as const;

type Criteria = (typeof DataValidationCriteria)[keyof typeof DataValidationCriteria];

/** A built rule: immutable, as in Apps Script. */
export class FakeDataValidation extends Recorded {
  readonly __service = 'DataValidation';
  readonly __group = 'SpreadsheetApp' as const;

  constructor(
    log: CallLog,
    private readonly criteria: Criteria,
    private readonly values: readonly unknown[],
    private readonly allowInvalid: boolean,
    private readonly helpText: string | null,
  ) {
    super(log);
  }

  override __describe(): string {
    return `DataValidation(${this.criteria})`;
  }

  getCriteriaType(): Criteria {
    return this.criteria;
  }

  getCriteriaValues(): unknown[] {
    return this.values.map((v) => (Array.isArray(v) ? [...v] : v));
  }

  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }

  getHelpText(): string | null {
    return this.helpText;
  }

  copy(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.__log, {
      criteria: this.criteria,
      values: this.values,
      allowInvalid: this.allowInvalid,
      helpText: this.helpText,
    });
  }
}

interface BuilderState {
  criteria: Criteria | null;
  values: readonly unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

/** `DataValidationBuilder`: every `require…` replaces the criteria; `build()` needs one. */
export class FakeDataValidationBuilder extends Recorded {
  readonly __service = 'DataValidationBuilder';
  readonly __group = 'SpreadsheetApp' as const;
  private state: BuilderState;

  constructor(log: CallLog, state?: BuilderState) {
    super(log);
    this.state = state ? { ...state } : { criteria: null, values: [], allowInvalid: true, helpText: null };
  }

  requireValueInList(values: unknown, showDropdown = true): this {
    if (!Array.isArray(values)) {
      throw new Error(
        "The parameters don't match the method signature for DataValidationBuilder.requireValueInList.",
      );
    }
    this.state.criteria = DataValidationCriteria.VALUE_IN_LIST;
    this.state.values = [values.map(String), showDropdown];
    return this;
  }

  requireValueInRange(range: unknown, showDropdown = true): this {
    this.state.criteria = DataValidationCriteria.VALUE_IN_RANGE;
    this.state.values = [unwrap(range), showDropdown];
    return this;
  }

  requireNumberBetween(start: number, end: number): this {
    this.state.criteria = DataValidationCriteria.NUMBER_BETWEEN;
    this.state.values = [start, end];
    return this;
  }

  requireNumberGreaterThanOrEqualTo(number: number): this {
    this.state.criteria = DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO;
    this.state.values = [number];
    return this;
  }

  requireCheckbox(): this {
    this.state.criteria = DataValidationCriteria.CHECKBOX;
    this.state.values = [];
    return this;
  }

  setAllowInvalid(allowInvalidData: boolean): this {
    this.state.allowInvalid = allowInvalidData;
    return this;
  }

  setHelpText(helpText: string): this {
    this.state.helpText = helpText;
    return this;
  }

  build(): FakeDataValidation {
    const { criteria, values, allowInvalid, helpText } = this.state;
    if (criteria === null) throw new Error('You must specify a criteria for the data validation rule.');
    return new FakeDataValidation(this.__log, criteria, values, allowInvalid, helpText);
  }
}
