/**
 * The task pane's accessibility in Excel, in real headless Chromium at Excel's pane size (350 × 378):
 * - axe-core (WCAG 2 A/AA rules and best practices) finds no serious or critical violation, in English and
 *   French, in Office's White, Black, Dark Gray (a mid-grey body with light controls) and Colorful themes,
 *   when the pane opens and after every action;
 * - keyboard only: Tab reaches every control in reading order, each with a focus ring of 3:1 or more
 *   against the pane, and leaves the pane after the last one (no trap); Enter and Space press a button,
 *   whose outcome takes the focus; Escape changes nothing;
 * - the outcome reaches screen readers: one `role="status"` live region, filled once the pane is no longer
 *   `aria-busy`;
 * - Windows contrast themes (`forced-colors: active`): the focus ring stays, disabled controls turn
 *   GrayText, the status keeps its thick edge and the spinner an edge to turn;
 * - zoom at 200 % (the 350 × 378 pane is 175 × 189 CSS px): no horizontal scroll and no clipped text after
 *   any action, long French labels wrapped.
 */
import { readFileSync } from 'fs';
import type { Page } from 'playwright-core';
import type { Lang } from '../../core/app/bridge';
import { TASKPANE_STRINGS } from '../../core/i18n/taskpane';
import {
  COLORFUL,
  DARK,
  DARK_GRAY,
  WHITE,
  excelPage,
  type OfficeTheme,
} from '../../taskpane/testing/officeTheme';
import { overflow, scenarioIn, steps, type Step } from '../../taskpane/testing/paneActions';
import {
  EXCEL_PANE,
  expectOutcomeBeside,
  outcomePlace,
  paneInBrowser,
  statusText,
  waitForKind,
} from '../../taskpane/testing/paneInBrowser';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const THEMES: readonly [string, OfficeTheme][] = [
  ['White', WHITE],
  ['Black', DARK],
  ['Dark Gray', DARK_GRAY],
  ['Colorful', COLORFUL],
];
/** Excel's pane at 200 % zoom: the same screen pixels hold half the CSS pixels each way. */
const ZOOMED_PANE = { width: EXCEL_PANE.width / 2, height: EXCEL_PANE.height / 2 };

const browser = paneInBrowser();

/** axe-core's serious and critical violations on the page, one line each with the elements it names. */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    interface Violation {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: string[] }[];
    }
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } }).axe;
    const { violations } = await axe.run();
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.id} (${violation.impact}): ${violation.help}: ${violation.nodes
            .map((node) => node.target.join(' '))
            .join(', ')}`,
      );
  });
}

/** The pane's controls (but its primary buttons) whose background is not the Office theme's control colour. */
function offTheme(page: Page, theme: OfficeTheme): Promise<string[]> {
  return page.evaluate((hex) => {
    const probe = document.body.appendChild(document.createElement('span'));
    probe.style.backgroundColor = hex;
    const expected = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return Array.from(
      document.querySelectorAll('.of-pane :is(select, input, textarea, button:not(.of-primary))'),
    )
      .filter(
        (node) => node.getClientRects().length > 0 && getComputedStyle(node).backgroundColor !== expected,
      )
      .map(
        (node) =>
          `${node.tagName.toLowerCase()}.${node.className}: ${getComputedStyle(node).backgroundColor}`,
      );
  }, theme.controlBackgroundColor);
}

/** Presses the step's button as a mouse does and waits for its outcome. */
async function press(page: Page, step: Step): Promise<void> {
  await step.before?.(page);
  await page.getByRole('button', { name: step.button, exact: true }).click();
  await page.locator('.of-pane[aria-busy="false"]').waitFor({ state: 'attached' });
  await waitForKind(page, step.kind);
}

describe.each(['en', 'fr'] as const)('axe-core on the pane in Excel (%s)', (lang) => {
  test.each(THEMES)(
    'Office %s theme: no serious or critical violation, before and after every action',
    async (_, theme) => {
      const scenario = scenarioIn(lang);
      const { page, watch } = await browser.open(scenario, { beforeMount: excelPage(theme) });
      const found: string[] = [];
      const audit = async (after: string) =>
        found.push(...(await seriousViolations(page)).map((line) => `after ${after}: ${line}`));
      await audit('opening');
      for (const step of steps(lang, scenario)) {
        await press(page, step);
        await audit(step.button);
      }
      expect(found).toEqual([]);
      // Every field, list and secondary button in Office's control colour, the report's copy box included.
      await expect(offTheme(page, theme)).resolves.toEqual([]);
      // The pane speaks its language to screen readers, whatever the page's own.
      await expect(
        statusText(page).evaluate((node) => node.closest('[lang]')?.getAttribute('lang')),
      ).resolves.toBe(lang);
      expect(watch.pageErrors).toEqual([]);
    },
    // Thirty audits of the whole pane: about 15 s alone, more on a loaded machine.
    180_000,
  );
});

test('the audit fails a pane with an unlabelled field or an unnamed button', async () => {
  const { page } = await browser.open(scenarioIn('en'), { beforeMount: excelPage(WHITE) });
  await page.evaluate(() => {
    const form = document.querySelector('.of-form')!;
    form.append(document.createElement('input'), document.createElement('button'));
  });
  await expect(seriousViolations(page)).resolves.toEqual([
    expect.stringMatching(/^button-name \(critical\): .* > form > button:nth-child\(\d+\)$/),
    expect.stringMatching(/^label \(critical\): .* > form > input$/),
  ]);
});

/** The focused element: what it is, where, and its focus ring's contrast against the pane. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement;
    const pane = document.querySelector('.of-pane')!;
    if (!(active instanceof HTMLElement) || !pane.contains(active)) return null;
    const rgb = (text: string) => (text.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = (color: number[]) => {
      const [r, g, b] = color.map((v) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const style = getComputedStyle(active);
    const ring = luminance(rgb(style.outlineColor));
    const behind = luminance(rgb(getComputedStyle(document.body).backgroundColor));
    const box = active.getBoundingClientRect();
    return {
      control: `${active.tagName.toLowerCase()}#${active.id || active.textContent!.trim()}`,
      top: Math.round(box.top + window.scrollY),
      left: Math.round(box.left),
      inView: box.top >= 0 && box.bottom <= window.innerHeight,
      ring: style.outlineStyle === 'solid' && parseFloat(style.outlineWidth) >= 2,
      contrast: (Math.max(ring, behind) + 0.05) / (Math.min(ring, behind) + 0.05),
    };
  });
}

/** Every control of the pane a user can reach, in document order. */
const reachable = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.of-pane :is(button, select, input, textarea)'))
      .filter((node) => !(node as HTMLButtonElement).disabled && node.getClientRects().length > 0)
      .map((node) => `${node.tagName.toLowerCase()}#${node.id || node.textContent!.trim()}`),
  );

describe.each(THEMES)('the keyboard alone, Office %s theme', (_, theme) => {
  test('Tab reaches every control in reading order with a visible ring, then leaves the pane', async () => {
    const { page } = await browser.open(scenarioIn('en'), { beforeMount: excelPage(theme) });
    const order: NonNullable<Awaited<ReturnType<typeof focused>>>[] = [];
    for (;;) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      if (now === null) break;
      order.push(now);
    }
    expect(order.map((stop) => stop.control)).toEqual(await reachable(page));
    for (const [i, stop] of order.entries()) {
      expect({ ...stop, contrast: stop.contrast >= 3 }).toEqual({
        ...stop,
        inView: true,
        ring: true,
        contrast: true,
      });
      const before = order[i - 1];
      if (before)
        expect(stop.top > before.top || (stop.top === before.top && stop.left > before.left)).toBe(true);
    }
    // No trap: Shift+Tab comes back to the last control.
    await page.keyboard.press('Shift+Tab');
    await expect(focused(page).then((stop) => stop?.control)).resolves.toBe(order.at(-1)!.control);
  });
});

test('Enter and Space press a button, its outcome takes the focus, Escape changes nothing', async () => {
  const { page, calls } = await browser.open(scenarioIn('en'), { beforeMount: excelPage(WHITE) });
  const strings = TASKPANE_STRINGS.en;
  await page.getByRole('button', { name: strings.checkButton, exact: true }).focus();
  await page.keyboard.press('Enter');
  await waitForKind(page, 'warning');
  await expectOutcomeBeside(page, strings.checkButton);
  // The outcome reached by the keyboard shows the same ring as a control.
  await expect(focused(page).then((stop) => stop?.ring)).resolves.toBe(true);
  await page.getByRole('button', { name: strings.generateButton, exact: true }).focus();
  await page.keyboard.press('Space');
  await waitForKind(page, 'success');
  await expectOutcomeBeside(page, strings.generateButton);
  const status = await statusText(page).textContent();
  const made = (await calls()).length;
  await page.keyboard.press('Escape');
  await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('status');
  await expect(statusText(page).textContent()).resolves.toBe(status);
  await expect(calls()).resolves.toHaveLength(made);
});

test('every outcome is written into the one live region once the pane is no longer busy', async () => {
  const scenario = scenarioIn('en');
  const { page } = await browser.open(scenario, { beforeMount: excelPage(WHITE) });
  const region = page.locator('[role="status"]');
  await expect(region.count()).resolves.toBe(1);
  await expect(
    region.evaluate((node) => [node.getAttribute('aria-live'), node.getAttribute('aria-atomic')]),
  ).resolves.toEqual(['polite', 'true']);
  await page.evaluate(() => {
    const status = document.querySelector('[role="status"]')!;
    const pane = document.querySelector('.of-pane')!;
    const seen: { kind: string | undefined; busy: string | null }[] = [];
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver(() =>
      seen.push({ kind: (status as HTMLElement).dataset.kind, busy: pane.getAttribute('aria-busy') }),
    ).observe(status, { attributes: true, attributeFilter: ['data-kind'] });
  });
  const all = steps('en', scenario);
  for (const step of all) await press(page, step);
  const seen = await page.evaluate(
    () => (window as unknown as { seen: { kind: string; busy: string }[] }).seen,
  );
  const outcomes = seen.filter((change) => change.kind !== 'busy');
  expect(outcomes).toHaveLength(all.length);
  expect(outcomes.every((change) => change.busy === 'false')).toBe(true);
  await expect(page.locator('[role="status"]').count()).resolves.toBe(1);
});

test('in a Windows contrast theme: focus ring, GrayText while disabled, the status edge and the spinner', async () => {
  const { page } = await browser.open(
    { ...scenarioIn('en'), held: ['checkContract'] },
    { beforeMount: excelPage(WHITE) },
  );
  await page.emulateMedia({ forcedColors: 'active' });
  const check = page.getByRole('button', { name: TASKPANE_STRINGS.en.checkButton, exact: true });
  await check.focus();
  await page.keyboard.press('Enter');
  await waitForKind(page, 'busy');
  const busy = await page.evaluate(() => {
    const probe = document.body.appendChild(document.createElement('span'));
    probe.style.color = 'GrayText';
    const grayText = getComputedStyle(probe).color;
    probe.remove();
    const spinner = getComputedStyle(document.querySelector('.of-spinner')!);
    const status = getComputedStyle(document.querySelector('.of-status')!);
    const disabled = Array.from(document.querySelectorAll<HTMLElement>('.of-pane :disabled'));
    return {
      disabled: disabled.length > 10,
      grayText: disabled.every(
        (node) => getComputedStyle(node).color === grayText && getComputedStyle(node).opacity === '1',
      ),
      spinnerTurns: spinner.borderTopColor !== spinner.borderRightColor,
      statusEdge: status.borderLeftWidth,
    };
  });
  expect(busy).toEqual({ disabled: true, grayText: true, spinnerTurns: true, statusEdge: '4px' });
  await page.evaluate(() =>
    (window as unknown as { fake: { release(m: string): void } }).fake.release('checkContract'),
  );
  await waitForKind(page, 'warning');
  await page.keyboard.press('Tab');
  await expect(focused(page).then((stop) => stop?.ring)).resolves.toBe(true);
});

const IN_VIEW = { starts: 'in view', focused: true, beside: true };

/**
 * The outcome after pressing `button` in the zoomed pane: focused, beside the button, and in view, all of
 * it or, when it is taller than the pane (long workbook text at 143 px of line), its first lines.
 */
async function outcomeAtZoom(page: Page, button: string) {
  const place = await outcomePlace(page, button);
  const box = await page.locator('.of-status').evaluate((node) => {
    const rect = node.getBoundingClientRect();
    return { top: rect.top, height: rect.height, pane: window.innerHeight };
  });
  const starts =
    place.visible || (box.height > box.pane && box.top >= 0 && box.top < box.pane / 2)
      ? 'in view'
      : JSON.stringify(box);
  return { after: button, starts, focused: place.focused, beside: place.beside };
}

describe.each(['en', 'fr'] as const)('zoomed to 200 % (%s)', (lang: Lang) => {
  test('175 × 189 CSS px: no horizontal scroll, no clipped text, each outcome beside its button, after every action', async () => {
    const scenario = scenarioIn(lang);
    const { page, watch } = await browser.open(scenario, {
      viewport: ZOOMED_PANE,
      beforeMount: excelPage(WHITE),
    });
    await expect(overflow(page)).resolves.toEqual({ fits: true, wider: [] });
    for (const step of steps(lang, scenario)) {
      await press(page, step);
      await expect(outcomeAtZoom(page, step.button)).resolves.toEqual({ after: step.button, ...IN_VIEW });
      await expect(overflow(page).then((seen) => ({ after: step.button, ...seen }))).resolves.toEqual({
        after: step.button,
        fits: true,
        wider: [],
      });
    }
    // The three short fields of a row stack rather than clip their labels.
    const columns = await page
      .locator('.of-fields')
      .first()
      .evaluate((row) => getComputedStyle(row).gridTemplateColumns.split(' ').length);
    expect(columns).toBe(1);
    expect(watch.pageErrors).toEqual([]);
  });
});
