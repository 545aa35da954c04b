/**
 * The pane at Excel's documented task pane size (350 × 378): after each action, in English and in French,
 * the outcome is inside the visible part of the pane, beside the action, not scrolled out of view above.
 * Saves one screenshot per action and language (docs/screenshots with UPDATE_SCREENSHOTS=1).
 */
import { saveScreenshot } from '../test/e2e/harness';
import { expectOutcomeBeside, paneInBrowser, waitForKind } from './testing/paneInBrowser';
import { BPO, BPO_FR } from './testing/paneScenarios';

const ACTIONS = {
  en: { create: 'Create contract', check: 'Check contract', invoice: 'Generate invoice' },
  fr: { create: 'Créer le contrat', check: 'Vérifier le contrat', invoice: 'Générer la facture' },
} as const;

const browser = paneInBrowser();

describe.each(['en', 'fr'] as const)('the pane at 350 × 378 (%s)', (lang) => {
  test('shows the outcome of every action inside the visible pane, beside the action', async () => {
    const { page } = await browser.open(lang === 'fr' ? BPO_FR : BPO);
    for (const action of ['create', 'check', 'invoice'] as const) {
      await page.getByRole('button', { name: ACTIONS[lang][action], exact: true }).click();
      await waitForKind(page, 'success');
      // Beside the action: the status follows the form of the button pressed.
      await expectOutcomeBeside(page, ACTIONS[lang][action]);
      await saveScreenshot(page, `pane-350x378-${lang}-${action}`);
    }
  });
});
