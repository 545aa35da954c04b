/**
 * `SpreadsheetApp.newConditionalFormatRule()` and the rules it builds. A rule applies to its ranges only
 * once `sheet.setConditionalFormatRules` holds it, and that call replaces every rule of the sheet, as in
 * Apps Script, so a painter must append to `getConditionalFormatRules()`. Of the conditions the fake
 * builds only "text is exactly", compared with the cell's displayed text, case included.
 */
import type { CallLog } from './callLog';
import { a1Notation } from './a1';
import type { FakeRange } from './range';
import { Recorded } from './recorder';

/** A built rule. */
export class FakeConditionalFormatRule extends Recorded {
  readonly __service = 'ConditionalFormatRule';
  readonly __group = 'SpreadsheetApp' as const;

  constructor(
    log: CallLog,
    readonly __ranges: readonly FakeRange[],
    readonly __textEquals: string,
    readonly __background: string | null,
    readonly __fontColor: string | null,
  ) {
    super(log);
  }

  getRanges(): FakeRange[] {
    return [...this.__ranges];
  }
  getBooleanCondition(): {
    getCriteriaType(): string;
    getCriteriaValues(): unknown[];
    getBackground(): string | null;
    getFontColor(): string | null;
  } {
    return {
      getCriteriaType: () => 'TEXT_EQUAL_TO',
      getCriteriaValues: () => [this.__textEquals],
      getBackground: () => this.__background,
      getFontColor: () => this.__fontColor,
    };
  }

  /** The rule as plain data, for assertions. */
  __summary(): { ranges: string[]; textEquals: string; background: string | null; fontColor: string | null } {
    return {
      ranges: this.__ranges.map((range) => a1Notation(range.__rect)),
      textEquals: this.__textEquals,
      background: this.__background,
      fontColor: this.__fontColor,
    };
  }

  /** Whether the rule colours the cell at (row, col) showing `text`. */
  __applies(row: number, col: number, text: string): boolean {
    const inside = this.__ranges.some(
      ({ __rect: r }) => row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols,
    );
    return inside && text === this.__textEquals;
  }
}

const COLOR = /^#[0-9a-f]{6}$/i;

/** `ConditionalFormatRuleBuilder`: `build()` needs a condition and at least one range. */
export class FakeConditionalFormatRuleBuilder extends Recorded {
  readonly __service = 'ConditionalFormatRuleBuilder';
  readonly __group = 'SpreadsheetApp' as const;
  private text: string | null = null;
  private background: string | null = null;
  private fontColor: string | null = null;
  private ranges: FakeRange[] = [];

  constructor(log: CallLog) {
    super(log);
  }

  whenTextEqualTo(text: unknown): this {
    if (typeof text !== 'string')
      throw new Error(
        "The parameters don't match the method signature for SpreadsheetApp.ConditionalFormatRuleBuilder.whenTextEqualTo.",
      );
    this.text = text;
    return this;
  }
  setBackground(color: string | null): this {
    if (color !== null && !COLOR.test(color)) throw new Error(`Invalid color: ${color}`);
    this.background = color;
    return this;
  }
  setFontColor(color: string | null): this {
    if (color !== null && !COLOR.test(color)) throw new Error(`Invalid color: ${color}`);
    this.fontColor = color;
    return this;
  }
  setRanges(ranges: FakeRange[]): this {
    if (!Array.isArray(ranges))
      throw new Error(
        "The parameters don't match the method signature for SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges.",
      );
    this.ranges = [...ranges];
    return this;
  }
  build(): FakeConditionalFormatRule {
    if (this.text === null) throw new Error('A conditional format rule needs a condition.');
    if (this.ranges.length === 0) throw new Error('A conditional format rule needs at least one range.');
    return new FakeConditionalFormatRule(this.__log, this.ranges, this.text, this.background, this.fontColor);
  }
}
