/**
 * BPO customer service: a fixed management fee, interactions priced on graduated tiers, FCR (its bonus gated
 * by CSAT ≥ 85 %) and average response time under bonus/malus, a Black Friday response-time clause active in
 * November, and a CSAT performance fee. October 2026 is DOMAIN.md's worked example.
 */
import type { Language } from '../contract/types';
import { contractHead, defineTemplate, kpiHead, type SampleMonth } from './build';

const TEXT = {
  en: {
    name: 'BPO customer service — Acme Retail',
    fixed: 'Fixed management fee',
    interactions: 'Interactions',
    interaction: 'interaction',
    fcr: 'FCR',
    fcrMeasure: 'Share of contacts resolved at the first contact',
    response: 'Average response time',
    responseMeasure: 'Mean minutes from a customer request to the first answer',
    csat: 'CSAT',
    csatMeasure: 'Share of surveyed customers satisfied (4 or 5 out of 5)',
    peak: 'Average response time Black Friday',
    peakMeasure: 'Mean minutes from a customer request to the first answer in the Black Friday month',
  },
  fr: {
    name: 'Service client externalisé — Acme Retail',
    fixed: 'Frais fixes de pilotage',
    interactions: 'Interactions',
    interaction: 'interaction',
    fcr: 'FCR',
    fcrMeasure: 'Part des contacts résolus dès le premier contact',
    response: 'Délai moyen de réponse',
    responseMeasure: 'Minutes en moyenne entre la demande d’un client et la première réponse',
    csat: 'CSAT',
    csatMeasure: 'Part des clients interrogés satisfaits (4 ou 5 sur 5)',
    peak: 'Délai moyen de réponse Black Friday',
    peakMeasure:
      'Minutes en moyenne entre la demande d’un client et la première réponse le mois du Black Friday',
  },
} as const;

function contractDocument(t: (typeof TEXT)[Language], lang: Language): unknown {
  const parties = { client: 'Acme Retail SAS', provider: 'Contact Plus BPO' };
  return {
    ...contractHead(lang, 'bpo-customer-service', t.name, parties),
    fixedFees: [{ label: t.fixed, amount: '20000.00' }],
    volumes: [
      {
        name: t.interactions,
        unit: t.interaction,
        mode: 'graduated',
        tiers: [
          { upTo: '40000', unitPrice: '2.10' },
          { upTo: null, unitPrice: '1.90' },
        ],
      },
    ],
    kpis: [
      {
        ...kpiHead(t.fcr, t.fcrMeasure, 'percent', 'higher'),
        model: 'bonus-malus',
        target: '0.75',
        // €400 per percentage point of a KPI stored as a fraction: 400 / 0.01.
        bonusRate: '40000',
        malusRate: '40000',
        tolerance: '0.01',
        // Quality gate (anti-gaming): the FCR bonus only if CSAT reaches 85 %; a malus applies anyway.
        gateKpi: t.csat,
        gateLevel: '0.85',
      },
      {
        ...kpiHead(t.response, t.responseMeasure, 'minutes', 'lower'),
        model: 'bonus-malus',
        target: '3',
        bonusRate: '1000',
        malusRate: '800',
      },
      {
        ...kpiHead(t.csat, t.csatMeasure, 'percent', 'higher'),
        model: 'threshold',
        threshold: '0.90',
        amount: '5000.00',
      },
      {
        // Article 1's peak period: Black Friday (November) has its own level and rates beside the normal
        // response-time clause.
        ...kpiHead(t.peak, t.peakMeasure, 'minutes', 'lower'),
        model: 'bonus-malus',
        target: '4',
        bonusRate: '1500',
        malusRate: '1500',
        activeMonths: ['2026-11'],
      },
    ],
    caps: { bonus: { amount: '6000.00' }, malus: { percentOfBase: '0.01' } },
  };
}

const SAMPLE: readonly SampleMonth[] = [
  {
    period: '2026-09',
    volumes: { interactions: '39200' },
    kpis: { fcr: '0.752', response: '2.9', csat: '0.895' },
  },
  {
    period: '2026-10',
    volumes: { interactions: '42500' },
    kpis: { fcr: '0.774', response: '3.4', csat: '0.912' },
  },
  {
    period: '2026-11',
    volumes: { interactions: '44100' },
    kpis: { fcr: '0.81', response: '2.4', csat: '0.93', peak: '3.6' },
  },
  {
    period: '2026-12',
    volumes: { interactions: '47800' },
    kpis: { fcr: '0.69', response: '4.1', csat: '0.87' },
  },
];

/** The BPO customer service template. */
export const bpoCustomerService = defineTemplate({
  id: 'bpo-customer-service',
  title: { en: 'BPO customer service', fr: 'Service client externalisé (BPO)' },
  description: {
    en: 'Fixed fee, interactions on graduated tiers, FCR (gated by CSAT) and response-time bonus/malus, a Black Friday clause, CSAT performance fee.',
    fr: 'Fixe, interactions par paliers progressifs, bonus/malus FCR (conditionné au CSAT) et délai de réponse, clause Black Friday, prime de performance CSAT.',
  },
  defaultLanguage: 'en',
  text: TEXT,
  document: contractDocument,
  sample: SAMPLE,
  sampleKeys: { volumes: ['interactions'], kpis: ['fcr', 'response', 'csat', 'peak'] },
  scenarios: [
    {
      period: '2026-09',
      note: {
        en: 'FCR inside the neutral band, small response-time bonus, CSAT below 90 %',
        fr: 'FCR dans la franchise, petit bonus délai, CSAT sous 90 %',
      },
    },
    {
      period: '2026-10',
      note: {
        en: 'The worked example: total 136,788.00 EUR',
        fr: 'L’exemple de référence : total 136 788,00 EUR',
      },
    },
    {
      period: '2026-11',
      note: {
        en: 'Black Friday: bonuses of 8,200.00 (600.00 for the peak response time) capped at 6,000.00',
        fr: 'Black Friday : bonus de 8 200,00 (600,00 pour le délai de pointe) plafonnés à 6 000,00',
      },
    },
    {
      period: '2026-12',
      note: {
        en: 'Maluses of 2,880.00 capped at 1 % of base fees (1,188.20)',
        fr: 'Malus de 2 880,00 plafonnés à 1 % des honoraires de base (1 188,20)',
      },
    },
  ],
});
