/**
 * What a section of the task pane gets from the pane that mounts it: the bridge, the pane's language, its
 * chosen period and contract, and the pane's `run`, which keeps one action at a time and shows its status.
 */
import type { Bridge, Lang } from '../../core/app/bridge';
import { TASKPANE_STRINGS } from '../../core/i18n/taskpane';
import { messageOf } from '../../core/app/messageOf';
import type { WorkbookLists } from '../../core/app/workbookLists';
import type { PeriodChoices } from '../periodSelect';
import type { StatusKind } from '../view';

/** An outcome to show in the pane's status region; `text` is read again when the language changes. */
export interface SectionStatus {
  readonly kind: StatusKind;
  readonly text: () => string;
  readonly detail: string;
}

export interface SectionContext {
  readonly doc: Document;
  /** Prefix of the section's element ids, unique to the pane. */
  readonly id: string;
  readonly bridge: Bridge;
  lang(): Lang;
  /** The period chosen under Invoice, `''` when none is. */
  period(): string;
  /** The periods Check contract found, oldest first (empty before a check). */
  periods(): readonly string[];
  /** What the period list under Invoice offers (the recent months before a check) and its default. */
  periodChoices(): PeriodChoices;
  /**
   * Reads the workbook's sheets once and lists them in every list of the pane (each section's
   * `listsChanged`); after a sheet the pane painted, and when a sheet list gets focus.
   */
  refreshLists(): Promise<void>;
  /** The contract picked in the pane, `undefined` for the one of the active sheet. */
  contract(): string | undefined;
  /** Runs `action` with the pane busy, then shows what it returned (a rejection as an error). */
  run(busy: () => string, action: () => Promise<SectionStatus>): Promise<void>;
  /**
   * Shows a status at once, without running anything, beside `origin` (what the user pressed; else the
   * form being submitted or the focused control) and focused.
   */
  show(status: SectionStatus, origin?: Element): void;
}

/** A mounted section. */
export interface PaneSection {
  readonly element: HTMLElement;
  /** Writes its fixed texts again in the pane's current language. */
  relabel(): void;
  /** Lists the workbook's sheets and contracts the pane read (settles once what depends on them is read). */
  listsChanged(lists: WorkbookLists): Promise<void>;
  /** Lists the pane's periods again, after a check found them. */
  periodsChanged(): void;
}

/** A status saying `message` as the host wrote it. */
export function said(kind: StatusKind, message: string, detail = ''): SectionStatus {
  return { kind, text: () => message, detail };
}

/** Shows `text` as an error at once, calling nothing: what the user must choose first. */
export function refuse(ctx: SectionContext, text: () => string): Promise<void> {
  ctx.show({ kind: 'error', text, detail: '' });
  return Promise.resolve();
}

/**
 * Runs `action` with the pane busy; a rejection shows as `failed(reason)`, written again in the pane's
 * language when it changes, the reason as the host wrote it.
 */
export function runAction(
  ctx: SectionContext,
  busy: () => string,
  action: () => Promise<SectionStatus>,
  failed: (reason: string) => string,
): Promise<void> {
  return ctx.run(busy, async () => {
    try {
      return await action();
    } catch (error) {
      const reason = messageOf(error);
      return {
        kind: 'error',
        text: () => failed(reason || TASKPANE_STRINGS[ctx.lang()].unknownError),
        detail: '',
      };
    }
  });
}
