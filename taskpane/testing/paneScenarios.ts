/** What the scripted bridge answers in the pane's browser tests; each test file adds what it looks at. */
import type { FakeScenario } from './fakeBridge';

/** A workbook with one valid contract, invoiced for September and October 2026, in English. */
export const ONE_CONTRACT: FakeScenario = {
  hostLanguage: 'en',
  templates: { en: [], fr: [] },
  newContract: { sheets: ['Contract', 'Actuals'], message: '' },
  check: {
    ok: true,
    contractSheet: 'Contract',
    actualsSheet: 'Actuals',
    contracts: ['Contract'],
    errors: [],
    periods: ['2026-09', '2026-10'],
  },
  invoice: {
    sheet: 'Invoice {period}',
    total: '1.00',
    currency: 'EUR',
    lines: 1,
    contractSheet: 'Contract',
    actualsSheet: 'Actuals',
    message: '',
  },
};

/** The BPO template's contract and its October invoice, as an English host answers. */
export const BPO: FakeScenario = {
  ...ONE_CONTRACT,
  templates: {
    en: [{ id: 'bpo', title: 'BPO customer service', description: 'Fixed fee, volumes, FCR and CSAT.' }],
    fr: [{ id: 'bpo', title: 'Service client externalisé', description: 'Fixe, volumes, FCR et CSAT.' }],
  },
  invoice: {
    sheet: 'Invoice {period}',
    total: '€136,788.00',
    currency: 'EUR',
    lines: 5,
    contractSheet: 'Contract',
    actualsSheet: 'Actuals',
    message: 'Invoice BPO-{period}: €113,990.00 excluding VAT, VAT €22,798.00.',
  },
};

/** The same, as a French host answers: sheet names and amounts as French writes them. */
export const BPO_FR: FakeScenario = {
  ...BPO,
  hostLanguage: 'fr',
  newContract: { sheets: ['Contrat', 'Réalisé'], message: '' },
  check: { ...BPO.check, contractSheet: 'Contrat', actualsSheet: 'Réalisé', contracts: ['Contrat'] },
  invoice: {
    ...BPO.invoice,
    sheet: 'Facture {period}',
    total: '136\u202f788,00\u00a0€',
    contractSheet: 'Contrat',
    actualsSheet: 'Réalisé',
    message: 'Facture BPO-{period} : 113\u202f990,00\u00a0€ HT, TVA 22\u202f798,00\u00a0€.',
  },
};
