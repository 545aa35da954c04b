/**
 * Per-outcome credit processing (article 1 §3): a bank pays per loan application approved within 24 hours,
 * on graduated tiers, with a minimum monthly fee, and a malus (or small bonus) on the file error rate.
 */
import type { Language } from '../contract/types';
import { contractHead, defineTemplate, kpiHead, type SampleMonth } from './build';

const TEXT = {
  en: {
    name: 'Consumer credit processing — per approved application',
    approved: 'Applications approved within 24 h',
    application: 'application',
    errors: 'File error rate',
    errorsMeasure: 'Files sent back for an error ÷ files processed',
  },
  fr: {
    name: 'Instruction de crédits à la consommation — à la demande approuvée',
    approved: 'Demandes approuvées sous 24 h',
    application: 'demande',
    errors: 'Taux de dossiers en erreur',
    errorsMeasure: 'Dossiers renvoyés pour erreur ÷ dossiers traités',
  },
} as const;

function contractDocument(t: (typeof TEXT)[Language], lang: Language): unknown {
  return {
    ...contractHead(lang, 'credit-processing', t.name, {
      client: 'Banque Horizon',
      provider: 'FinOps Services',
    }),
    volumes: [
      {
        name: t.approved,
        unit: t.application,
        mode: 'graduated',
        tiers: [
          { upTo: '1000', unitPrice: '45.00' },
          { upTo: '3000', unitPrice: '38.00' },
          { upTo: null, unitPrice: '32.00' },
        ],
        minimumFee: '30000.00',
      },
    ],
    kpis: [
      {
        ...kpiHead(t.errors, t.errorsMeasure, 'percent', 'lower'),
        model: 'bonus-malus',
        target: '0.02',
        // €500 per point below target as a bonus, €1,000 per point above it as a malus, ±0.5 pt neutral band.
        bonusRate: '50000',
        malusRate: '100000',
        tolerance: '0.005',
        bonusCap: '1500.00',
        malusCap: '5000.00',
      },
    ],
  };
}

const SAMPLE: readonly SampleMonth[] = [
  { period: '2026-04', volumes: { approved: '600' }, kpis: { errors: '0.018' } },
  { period: '2026-05', volumes: { approved: '2450' }, kpis: { errors: '0.031' } },
  { period: '2026-06', volumes: { approved: '3400' }, kpis: { errors: '0.009' } },
];

/** The per-outcome credit processing template. */
export const creditProcessing = defineTemplate({
  id: 'credit-processing',
  title: { en: 'Credit processing (per outcome)', fr: 'Instruction de crédits (au résultat)' },
  description: {
    en: 'Price per application approved within 24 h on graduated tiers, minimum monthly fee, error-rate malus.',
    fr: 'Prix par demande approuvée sous 24 h par paliers progressifs, minimum mensuel, malus sur le taux d’erreur.',
  },
  defaultLanguage: 'en',
  text: TEXT,
  document: contractDocument,
  sample: SAMPLE,
  sampleKeys: { volumes: ['approved'], kpis: ['errors'] },
  scenarios: [
    {
      period: '2026-04',
      note: {
        en: '600 approvals (27,000.00) topped up to the 30,000.00 minimum',
        fr: '600 approbations (27 000,00) complétées jusqu’au minimum de 30 000,00',
      },
    },
    {
      period: '2026-05',
      note: {
        en: 'Two tiers used; error rate 3.1 %: malus of 600.00',
        fr: 'Deux paliers ; taux d’erreur 3,1 % : malus de 600,00',
      },
    },
    {
      period: '2026-06',
      note: {
        en: 'Three tiers used; error rate 0.9 %: bonus of 300.00',
        fr: 'Trois paliers ; taux d’erreur 0,9 % : bonus de 300,00',
      },
    },
  ],
});
