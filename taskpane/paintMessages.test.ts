import type { Bridge, Lang } from '../core/app/bridge';
import { PaintError } from '../excel-addin/paintError';
import { withPaintMessages } from './paintMessages';

describe('withPaintMessages', () => {
  const failing = (error: unknown): Bridge =>
    ({
      generateInvoice: () => Promise.reject(error),
      listSheets: () => Promise.resolve(['A']),
    }) as unknown as Bridge;

  test('an Excel paint failure reads in the pane’s language at the time it fails', async () => {
    let lang: Lang = 'fr';
    const error = new PaintError(['Facture 2026-10'], 'Accès refusé (AccessDenied)', 'removed');
    const bridge = withPaintMessages(failing(error), () => lang);
    await expect(bridge.generateInvoice('2026-10', 'fr')).rejects.toThrow(
      'Impossible de créer la feuille «\u00a0Facture 2026-10\u00a0»\u00a0: Accès refusé (AccessDenied). Ce qui avait été construit a été supprimé.',
    );
    lang = 'en';
    await expect(bridge.generateInvoice('2026-10', 'en')).rejects.toThrow(
      'Could not build the sheet "Facture 2026-10": Accès refusé (AccessDenied). What had been built was removed.',
    );
  });

  test('other failures and results pass through as they were', async () => {
    const other = new Error('La période 2026-13 est hors du contrat.');
    const bridge = withPaintMessages(failing(other), () => 'fr');
    await expect(bridge.generateInvoice('2026-13', 'fr')).rejects.toBe(other);
    await expect(bridge.listSheets()).resolves.toEqual(['A']);
  });
});
