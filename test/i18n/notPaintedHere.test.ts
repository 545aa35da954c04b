/**
 * A port that refuses to delete a sheet it did not paint (a pane reloaded between painting and cleanup
 * forgets what it painted) says so in the language of the pane, not in English inside a French report.
 */
import { MemoryWorkbook } from '../support/memoryWorkbook';
import { notPaintedHere } from '../../core/app/workbookPort';
import { runDiagnostics, type DiagnosticsResult } from '../../core/app/diagnostics';
import { diagnosticsTexts } from '../../core/i18n/diagnostics';
import { notPaintedHereText } from '../../core/i18n/hostMessages';
import { FRENCH_SPACE } from '../../core/i18n/frenchTypography';

/** A workbook whose port forgot the main temporary sheet it painted. */
class ForgetsMain extends MemoryWorkbook {
  override removePainted(name: string): void {
    if (name === diagnosticsTexts('fr').sheetNames.main || name === diagnosticsTexts('en').sheetNames.main)
      throw notPaintedHere(name);
    super.removePainted(name);
  }
}

const deletedSeen = (lang: 'en' | 'fr') =>
  (runDiagnostics(new ForgetsMain(), lang) as DiagnosticsResult).checks.find((c) => c.id === 'sheetsDeleted')!
    .seen;

describe('a sheet this port did not paint', () => {
  test('the French Diagnostics report says it in French', () => {
    const sheet = diagnosticsTexts('fr').sheetNames.main;
    expect(deletedSeen('fr')).toContain(
      `La feuille «${FRENCH_SPACE}${sheet}${FRENCH_SPACE}» n’a pas été créée ici par ce complément${FRENCH_SPACE}: elle n’est pas supprimée.`,
    );
    expect(deletedSeen('fr')).not.toContain('was not created');
  });

  test('the English report, and the error itself, say it in English', () => {
    const sheet = diagnosticsTexts('en').sheetNames.main;
    expect(deletedSeen('en')).toContain(notPaintedHereText('en', sheet));
    expect(notPaintedHere('Contract').message).toBe(
      'The sheet "Contract" was not created by this add-in here, so it is not deleted.',
    );
    expect(notPaintedHereText('fr', 'Contract')).toBe(
      `La feuille «${FRENCH_SPACE}Contract${FRENCH_SPACE}» n’a pas été créée ici par ce complément${FRENCH_SPACE}: elle n’est pas supprimée.`,
    );
  });
});
