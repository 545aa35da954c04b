import { diagnosticsTexts } from '../../i18n/diagnostics';
import type { SheetTag, WorkbookPort, WorkbookSheets } from '../workbookPort';
import { copiedTagCheck } from './copiedTagCheck';
import type { Texts } from './result';
import { DIAGNOSTICS_TAG } from './sheetTagCheck';

const t: Texts = { ...diagnosticsTexts('en'), lang: 'en' };
const MAIN = 'Diagnostics (delete me)';
const COPY = 'Copy of Diagnostics (delete me)';

/** A port listing the main sheet and, once copied, its copy with `copyTag`; only what the check calls. */
function port(copyTag: SheetTag | null, failures: { copy?: Error; list?: Error } = {}): WorkbookPort {
  let copied = false;
  const sheets = (): WorkbookSheets => {
    if (failures.list) throw failures.list;
    return {
      sheets: [{ name: MAIN, tag: DIAGNOSTICS_TAG }, ...(copied ? [{ name: COPY, tag: copyTag }] : [])],
      active: copied ? COPY : MAIN,
    };
  };
  return {
    sheets,
    copyPainted: async (name) => {
      if (failures.copy) throw failures.copy;
      expect(name).toBe(MAIN);
      copied = true;
      return COPY;
    },
  } as Partial<WorkbookPort> as WorkbookPort;
}

describe('copiedSheetTag', () => {
  it('passes when the copy is listed with the mark, and hands the copy over to be deleted', async () => {
    await expect(copiedTagCheck(port(DIAGNOSTICS_TAG), t, MAIN)).resolves.toEqual({
      sheet: COPY,
      check: {
        id: 'copiedSheetTag',
        status: 'passed',
        title: t.title.copiedSheetTag,
        seen: t.sawCopyTagged(COPY),
      },
    });
  });

  it('fails when the copy is listed without the mark, or with another, the copy still to be deleted', async () => {
    await expect(copiedTagCheck(port(null), t, MAIN)).resolves.toMatchObject({
      sheet: COPY,
      check: { status: 'failed', seen: t.sawCopyUntagged(COPY) },
    });
    await expect(copiedTagCheck(port({ role: 'contract', contract: 'k' }), t, MAIN)).resolves.toMatchObject({
      sheet: COPY,
      check: { status: 'failed', seen: t.sawOtherTag('k') },
    });
  });

  it('fails with the host’s message when the copy or the listing fails; no copy made, none to delete', async () => {
    const refused = await copiedTagCheck(port(null, { copy: new Error('quota') }), t, MAIN);
    expect(refused).toEqual({
      check: expect.objectContaining({ status: 'failed', seen: 'quota' }),
    });
    await expect(
      copiedTagCheck(port(null, { list: new Error('no listing') }), t, MAIN),
    ).resolves.toMatchObject({ sheet: COPY, check: { status: 'failed', seen: 'no listing' } });
  });

  it('is not checked where the port makes no copies, and makes no call', () => {
    const sheets = jest.fn();
    expect(copiedTagCheck({ sheets } as Partial<WorkbookPort> as WorkbookPort, t, MAIN)).toEqual({
      check: {
        id: 'copiedSheetTag',
        status: 'notChecked',
        title: t.title.copiedSheetTag,
        seen: 'the pane makes no copies of sheets in this host',
      },
    });
    expect(sheets).not.toHaveBeenCalled();
  });
});
