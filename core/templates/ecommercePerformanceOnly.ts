/**
 * Performance-only e-commerce customer care (article 1 §1): the provider is paid only when customer
 * satisfaction passes its threshold; a month below it is invoiced at zero.
 */
import type { Language } from '../contract/types';
import { mustParse, sampleActuals, type ContractTemplate, type SampleMonth } from './build';

const TEXT = {
  en: {
    name: 'E-commerce customer care — performance only',
    csat: 'CSAT',
    csatMeasure: 'Share of surveyed customers satisfied (4 or 5 out of 5)',
  },
  fr: {
    name: 'Service client e-commerce — à la performance',
    csat: 'CSAT',
    csatMeasure: 'Part des clients interrogés satisfaits (4 ou 5 sur 5)',
  },
} as const;

function contractDocument(lang: Language): unknown {
  const t = TEXT[lang];
  return {
    schema: 'outcome-fees/contract@1',
    id: 'ecommerce-performance-only',
    name: t.name,
    parties: { client: 'ShopNow SAS', provider: 'CareDesk' },
    currency: 'EUR',
    language: lang,
    vatRate: '0.20',
    frequency: 'monthly',
    firstPeriod: '2026-01',
    rounding: 'half-away-from-zero',
    kpis: [
      {
        name: t.csat,
        measure: t.csatMeasure,
        unit: 'percent',
        direction: 'higher',
        period: 'monthly',
        model: 'threshold',
        threshold: '0.85',
        amount: '15000.00',
      },
    ],
  };
}

const SAMPLE: readonly SampleMonth[] = [
  { period: '2026-07', kpis: { csat: '0.872' } },
  { period: '2026-08', kpis: { csat: '0.843' } },
  { period: '2026-09', kpis: { csat: '0.85' } },
];

/** The performance-only e-commerce template. */
export const ecommercePerformanceOnly: ContractTemplate = {
  id: 'ecommerce-performance-only',
  title: {
    en: 'E-commerce customer care (performance only)',
    fr: 'Service client e-commerce (à la performance)',
  },
  description: {
    en: 'Paid only when customer satisfaction (CSAT) reaches its threshold.',
    fr: 'Payé uniquement si la satisfaction client (CSAT) atteint son seuil.',
  },
  defaultLanguage: 'en',
  contract: (lang = 'en') => mustParse(contractDocument(lang)),
  actuals: (lang = 'en') => sampleActuals(SAMPLE, { kpis: { csat: TEXT[lang].csat } }),
  scenarios: [
    {
      period: '2026-07',
      note: { en: 'CSAT 87.2 % ≥ 85 %: fee paid', fr: 'CSAT 87,2 % ≥ 85 % : honoraires dus' },
    },
    {
      period: '2026-08',
      note: { en: 'CSAT 84.3 % < 85 %: nothing to pay', fr: 'CSAT 84,3 % < 85 % : rien à payer' },
    },
    {
      period: '2026-09',
      note: {
        en: 'CSAT exactly at the threshold: fee paid',
        fr: 'CSAT exactement au seuil : honoraires dus',
      },
    },
  ],
};
