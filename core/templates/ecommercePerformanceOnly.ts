/**
 * Performance-only e-commerce customer care (article 1 §1: "paie son partenaire BPO uniquement si le taux de
 * satisfaction client dépasse un seuil donné"): the provider is paid per contact only when customer
 * satisfaction exceeds its threshold (a strict gated price, no fallback: a month at or below it is invoiced
 * at zero), with a bonus for excellent satisfaction.
 */
import type { Language } from '../contract/types';
import { contractHead, defineTemplate, kpiHead, type SampleMonth } from './build';

const TEXT = {
  en: {
    name: 'E-commerce customer care — performance only',
    contacts: 'Contacts',
    contact: 'contact',
    csat: 'CSAT',
    csatMeasure: 'Share of surveyed customers satisfied (4 or 5 out of 5)',
  },
  fr: {
    name: 'Service client e-commerce — à la performance',
    contacts: 'Contacts',
    contact: 'contact',
    csat: 'CSAT',
    csatMeasure: 'Part des clients interrogés satisfaits (4 ou 5 sur 5)',
  },
} as const;

function contractDocument(t: (typeof TEXT)[Language], lang: Language): unknown {
  return {
    ...contractHead(lang, 'ecommerce-performance-only', t.name, {
      client: 'ShopNow SAS',
      provider: 'CareDesk',
    }),
    // Pay per contact only if satisfaction exceeds ("dépasse") the threshold: 2.50 a contact when
    // CSAT > 85 %, else 0; 85 % exactly does not exceed it.
    volumes: [
      {
        name: t.contacts,
        unit: t.contact,
        unitPrice: '2.50',
        gateKpi: t.csat,
        gateLevel: '0.85',
        gateComparison: 'exceeds',
      },
    ],
    kpis: [
      {
        ...kpiHead(t.csat, t.csatMeasure, 'percent', 'higher'),
        model: 'threshold',
        threshold: '0.90',
        amount: '1500.00',
      },
    ],
  };
}

const SAMPLE: readonly SampleMonth[] = [
  { period: '2026-07', volumes: { contacts: '6000' }, kpis: { csat: '0.85' } },
  { period: '2026-08', volumes: { contacts: '5400' }, kpis: { csat: '0.843' } },
  { period: '2026-09', volumes: { contacts: '6000' }, kpis: { csat: '0.872' } },
];

/** The performance-only e-commerce template. */
export const ecommercePerformanceOnly = defineTemplate({
  id: 'ecommerce-performance-only',
  title: {
    en: 'E-commerce customer care (performance only)',
    fr: 'Service client e-commerce (à la performance)',
  },
  description: {
    en: 'Paid per contact only when customer satisfaction (CSAT) exceeds its threshold; a bonus from 90 %.',
    fr: 'Payé au contact uniquement si la satisfaction client (CSAT) dépasse son seuil ; une prime dès 90 %.',
  },
  defaultLanguage: 'en',
  text: TEXT,
  document: contractDocument,
  sample: SAMPLE,
  sampleKeys: { volumes: ['contacts'], kpis: ['csat'] },
  scenarios: [
    {
      period: '2026-07',
      note: {
        en: 'CSAT exactly at the threshold does not exceed it: nothing to pay',
        fr: 'CSAT exactement au seuil, sans le dépasser : rien à payer',
      },
    },
    {
      period: '2026-08',
      note: { en: 'CSAT 84.3 % < 85 %: nothing to pay', fr: 'CSAT 84,3 % < 85 % : rien à payer' },
    },
    {
      period: '2026-09',
      note: {
        en: 'CSAT 87.2 % > 85 %: 6,000 contacts × 2.50 paid',
        fr: 'CSAT 87,2 % > 85 % : 6 000 contacts × 2,50 dus',
      },
    },
  ],
});
