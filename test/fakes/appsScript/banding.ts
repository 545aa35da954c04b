/** Alternating row colours (`Range.applyRowBanding`), the closest thing to a table that SpreadsheetApp offers. */
import type { CallLog } from './callLog';
import type { GridRect } from './a1';
import { a1Notation } from './a1';
import { Recorded } from './recorder';
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';

/** `SpreadsheetApp.BandingTheme`. */
export const BandingTheme = {
  LIGHT_GREY: 'LIGHT_GREY',
  CYAN: 'CYAN',
  GREEN: 'GREEN',
  YELLOW: 'YELLOW',
  ORANGE: 'ORANGE',
  BLUE: 'BLUE',
  TEAL: 'TEAL',
  GREY: 'GREY',
  BROWN: 'BROWN',
  LIGHT_GREEN: 'LIGHT_GREEN',
  INDIGO: 'INDIGO',
  PINK: 'PINK',
} as const;

/** A banding theme name. */
export type BandingThemeName = keyof typeof BandingTheme;

const THEME_COLORS: Partial<Record<BandingThemeName, readonly [string, string, string, string]>> = {
  LIGHT_GREY: ['#bdbdbd', '#ffffff', '#f3f3f3', '#dedede'],
  BLUE: ['#4285f4', '#ffffff', '#e8f0fe', '#aecbfa'],
  GREEN: ['#34a853', '#ffffff', '#e6f4ea', '#a8dab5'],
};

/** A `Banding`: header, two alternating and footer colours over a range. */
export class FakeBanding extends Recorded {
  readonly __service = 'Banding';
  readonly __group = 'SpreadsheetApp' as const;

  constructor(
    log: CallLog,
    readonly __sheet: FakeSheet,
    public __rect: GridRect,
    readonly __theme: BandingThemeName,
    readonly __showHeader: boolean,
    readonly __showFooter: boolean,
  ) {
    super(log);
  }

  override __describe(): string {
    return `${this.__sheet.__name}!${a1Notation(this.__rect)}`;
  }

  private colors(): readonly [string, string, string, string] {
    return (
      THEME_COLORS[this.__theme] ?? (THEME_COLORS.LIGHT_GREY as readonly [string, string, string, string])
    );
  }

  getRange(): FakeRange {
    return this.__sheet.__range(this.__rect);
  }

  getHeaderRowColor(): string | null {
    return this.__showHeader ? this.colors()[0] : null;
  }

  getFirstRowColor(): string {
    return this.colors()[1];
  }

  getSecondRowColor(): string {
    return this.colors()[2];
  }

  getFooterRowColor(): string | null {
    return this.__showFooter ? this.colors()[3] : null;
  }

  remove(): void {
    this.__sheet.__removeBanding(this);
  }
}
