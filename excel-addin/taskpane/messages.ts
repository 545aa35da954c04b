/** The Excel bridge's own failure messages, in the pane's languages (the pane adds its own lead-in). */
import type { Lang } from '../../core/app/bridge';
import { sheetMissingText } from '../../core/i18n/hostMessages';
import { cellRef } from '../../taskpane/cellRef';

/** Messages the Excel bridge rejects with. */
export interface BridgeText {
  sheetMissing(sheet: string): string;
  /** `detail` is Excel's own explanation, when it gave one. */
  cellNotSelected(sheet: string, address: string, detail: string): string;
}

const TEXT: Readonly<Record<Lang, BridgeText>> = {
  en: {
    sheetMissing: (sheet) => sheetMissingText('en', sheet),
    cellNotSelected: (sheet, address, detail) => `${cellRef(sheet, address)}${detail ? ` (${detail})` : ''}`,
  },
  fr: {
    sheetMissing: (sheet) => sheetMissingText('fr', sheet),
    cellNotSelected: (sheet, address, detail) => `${cellRef(sheet, address)}${detail ? ` (${detail})` : ''}`,
  },
};

/** The messages in `lang`. */
export function bridgeText(lang: Lang): BridgeText {
  return TEXT[lang];
}
