/** `Ui` (from `SpreadsheetApp.getUi()`), its menus, and what was shown to the user. */
import type { CallLog } from './callLog';
import { Recorded, unwrap } from './recorder';
import type { FakeHtmlOutput } from './htmlService';

/** `Ui.ButtonSet`. */
export const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;
/** `Ui.Button`. */
export const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;

type ButtonSetName = keyof typeof ButtonSet;
type ButtonName = keyof typeof Button;

/** A menu entry as added. */
export type MenuEntry =
  | { readonly kind: 'item'; readonly caption: string; readonly functionName: string }
  | { readonly kind: 'separator' }
  | { readonly kind: 'submenu'; readonly menu: FakeMenu };

/** A menu being built; `addToUi` puts it in the Ui's list of shown menus. */
export class FakeMenu extends Recorded {
  readonly __service = 'Menu';
  readonly __group = 'SpreadsheetApp' as const;
  readonly __entries: MenuEntry[] = [];

  constructor(
    log: CallLog,
    private readonly ui: FakeUi,
    /** The caption, or null for the add-on menu (Sheets titles it with the add-on's name). */
    readonly __caption: string | null,
  ) {
    super(log);
  }

  override __describe(): string {
    return this.__caption ?? 'Add-on menu';
  }

  addItem(caption: string, functionName: string): this {
    this.__entries.push({ kind: 'item', caption, functionName });
    return this;
  }
  addSeparator(): this {
    this.__entries.push({ kind: 'separator' });
    return this;
  }
  addSubMenu(menu: FakeMenu): this {
    this.__entries.push({ kind: 'submenu', menu: unwrap(menu) });
    return this;
  }
  addToUi(): void {
    this.ui.__menus.push(this);
  }

  /** Fake-only: `[caption, functionName]` of the items, separators as `---`. */
  __items(): string[][] {
    return this.__entries.map((e) =>
      e.kind === 'item'
        ? [e.caption, e.functionName]
        : e.kind === 'separator'
          ? ['---']
          : [`> ${e.menu.__caption}`],
    );
  }
}

/** An alert as shown. */
export interface ShownAlert {
  readonly title: string;
  readonly prompt: string;
  readonly buttons: ButtonSetName;
}

/** `Ui`: menus added, sidebars, dialogs and alerts shown, for tests to inspect. */
export class FakeUi extends Recorded {
  readonly __service = 'Ui';
  readonly __group = 'SpreadsheetApp' as const;
  readonly ButtonSet = ButtonSet;
  readonly Button = Button;
  readonly __menus: FakeMenu[] = [];
  readonly __sidebars: FakeHtmlOutput[] = [];
  readonly __dialogs: { html: FakeHtmlOutput; title: string; modal: boolean }[] = [];
  readonly __alerts: ShownAlert[] = [];
  /** The button the next alerts answer with; by default the first button of the set. */
  __alertAnswer: ButtonName | null = null;

  createAddonMenu(): FakeMenu {
    return new FakeMenu(this.__log, this, null);
  }
  createMenu(caption: string): FakeMenu {
    return new FakeMenu(this.__log, this, caption);
  }
  showSidebar(userInterface: FakeHtmlOutput): void {
    this.__sidebars.push(unwrap(userInterface));
  }
  showModalDialog(userInterface: FakeHtmlOutput, title: string): void {
    this.__dialogs.push({ html: unwrap(userInterface), title, modal: true });
  }
  showModelessDialog(userInterface: FakeHtmlOutput, title: string): void {
    this.__dialogs.push({ html: unwrap(userInterface), title, modal: false });
  }

  /** `alert(prompt)`, `alert(prompt, buttons)`, `alert(title, prompt, buttons)`. */
  alert(a: string, b?: string, c?: ButtonSetName): ButtonName {
    let alert: ShownAlert;
    if (c !== undefined) alert = { title: a, prompt: String(b), buttons: c };
    else if (b !== undefined && b in ButtonSet) alert = { title: '', prompt: a, buttons: b as ButtonSetName };
    else alert = { title: '', prompt: a, buttons: 'OK' };
    this.__alerts.push(alert);
    return this.__alertAnswer ?? (alert.buttons.startsWith('YES') ? 'YES' : 'OK');
  }
}
