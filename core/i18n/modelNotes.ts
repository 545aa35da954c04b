/**
 * The modelling sheets' explanations, in English and French: why a fee curve has a point at a value
 * (`core/model/curveKinks.ts`), what the invoice's caps do there, and the lines behind an exposure's
 * bounds. Names from the contract (a gated clause) arrive as data.
 */
import type { Language } from '../contract/types';
import type { Kink, KinkKind } from '../model/curveKinks';
import { frenchTexts } from './frenchTypography';

type Words = Readonly<Record<Exclude<KinkKind, 'gate'>, string>> & { gate(of: string): string };

export interface ModelNoteTexts {
  readonly kinks: Words;
  /** Between the breakpoints at one point. */
  readonly kinkSeparator: string;
  readonly kinksHeader: string;
  readonly capsHeader: string;
  readonly bothBounded: string;
  readonly rowsTotal: string;
  readonly exposureLinesHeader: readonly [string, string, string];
}

const EN: ModelNoteTexts = {
  kinks: {
    threshold: 'threshold',
    minimum: 'minimum',
    target: 'target',
    stretch: 'stretch',
    band: 'edge of the neutral band',
    'bonus-limit': 'its bonus cap reached',
    'malus-limit': 'its malus cap reached',
    'achievement-cap': 'achievement cap reached',
    baseline: 'baseline',
    'gain-cap': 'its share cap reached',
    'gain-floor': 'its pain-share floor reached',
    gate: (of) => `gate of ${of}`,
    'bonus-cap': 'cap on total bonus reached',
    'malus-cap': 'cap on total malus reached',
    'sla-cap': 'at-risk cap on credits reached',
    'zero-crossing': 'neither bonus nor malus',
  },
  kinkSeparator: '; ',
  kinksHeader: 'Breakpoint',
  capsHeader: 'Caps',
  bothBounded:
    "none: both bounds are finite (every clause is limited by its terms, a cap or its KPI's range)",
  rowsTotal: 'All rows',
  exposureLinesHeader: ['Line', 'At the minimum', 'At the maximum'],
};

const FR: ModelNoteTexts = frenchTexts<ModelNoteTexts>({
  kinks: {
    threshold: 'seuil',
    minimum: 'minimum',
    target: 'objectif',
    stretch: 'objectif d’excellence',
    band: 'bord de la franchise',
    'bonus-limit': 'son plafond de bonus atteint',
    'malus-limit': 'son plafond de malus atteint',
    'achievement-cap': 'plafond du taux d’atteinte atteint',
    baseline: 'référence',
    'gain-cap': 'son plafond de partage atteint',
    'gain-floor': 'son plancher de partage des pertes atteint',
    gate: (of) => `condition de ${of}`,
    'bonus-cap': 'plafond du total des bonus atteint',
    'malus-cap': 'plafond du total des malus atteint',
    'sla-cap': 'plafond des pénalités (montant à risque) atteint',
    'zero-crossing': 'ni bonus ni malus',
  },
  kinkSeparator: ', ',
  kinksHeader: 'Point de rupture',
  capsHeader: 'Plafonds',
  bothBounded:
    'aucune : les deux bornes sont finies (chaque clause est limitée par ses termes, un plafond ou la plage de son indicateur)',
  rowsTotal: 'Total des lignes',
  exposureLinesHeader: ['Ligne', 'Au minimum', 'Au maximum'],
});

const TEXTS: Readonly<Record<Language, ModelNoteTexts>> = { en: EN, fr: FR };

export function modelNoteTexts(lang: Language): ModelNoteTexts {
  return TEXTS[lang];
}

/** The breakpoints at a point, in words, joined: `edge of the neutral band; cap on total bonus reached`. */
export function kinksText(kinks: readonly Kink[], lang: Language): string {
  const t = TEXTS[lang];
  return kinks
    .map((k) => (k.kind === 'gate' ? t.kinks.gate(k.of ?? '') : t.kinks[k.kind]))
    .join(t.kinkSeparator);
}

/** The heading of the breakpoints' column. */
export function kinksHeader(lang: Language): string {
  return TEXTS[lang].kinksHeader;
}

/** The heading of the caps' column: what the invoice's caps cut or give back at each value. */
export function capsHeader(lang: Language): string {
  return TEXTS[lang].capsHeader;
}

/** The row of an exposure's unbounded table when both bounds are finite: an empty table says nothing. */
export function bothBounded(lang: Language): string {
  return TEXTS[lang].bothBounded;
}

/** The row of a comparison that adds up its periods or scenarios. */
export function rowsTotal(lang: Language): string {
  return TEXTS[lang].rowsTotal;
}

/** The heading of an exposure's lines table: each line of the least and the most invoice. */
export function exposureLinesHeader(lang: Language): readonly [string, string, string] {
  return TEXTS[lang].exposureLinesHeader;
}
