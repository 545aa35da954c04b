/**
 * What the pane shows in French, top to bottom: one list for every browser test that relabels it (the
 * pane's own, Excel's built page, the Sheets sidebar), so a new section or button is added here once.
 */

/** Every heading, the title first. */
export const FRENCH_HEADINGS: readonly string[] = [
  'Outcome Fees',
  'Nouveau contrat',
  'Vérifier le contrat',
  'Générer la facture',
  'Scénarios',
  'Courbe d’honoraires',
  'Exposition',
  'Prévision',
  'Comparer des contrats',
  'Facturer une plage',
  'Revue de performance',
  'Rapprocher une facture fournisseur',
  'Corriger une facture',
  'Diagnostic',
];

/** Every button, before a check lists any problem. */
export const FRENCH_BUTTONS: readonly string[] = [
  'Créer le contrat',
  'Vérifier le contrat',
  'Générer la facture',
  'Créer la feuille de scénarios',
  'Revaloriser les scénarios',
  'Tracer la courbe',
  'Calculer l’exposition',
  'Prévoir',
  'Comparer',
  'Facturer la plage',
  'Écrire la revue',
  'Utiliser la sélection',
  'Rapprocher',
  'Corriger la facture',
  'Lancer le diagnostic',
];
