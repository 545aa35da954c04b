/**
 * Managed IT services with service-level credits: a monthly charge and per-workstation prices (volume
 * tiers), 12 % of the monthly charges at risk, four service levels whose allocations total 170 % of the
 * pool (the sum of credits is capped at the pool), an earnback after three good months, and a quarterly
 * share of run-cost savings. The availability minimum ratchets up each contract year; the P1 credit
 * escalates × 1.5 when missed twice in three months; speed to answer is a key measure, credited only once
 * it has been missed twice in three months.
 */
import type { Language } from '../contract/types';
import { contractHead, defineTemplate, kpiHead, type SampleMonth } from './build';

const TEXT = {
  en: {
    name: 'Managed IT services — service levels',
    charge: 'Managed services monthly charge',
    workstations: 'Managed workstations',
    workstation: 'workstation',
    availability: 'Availability',
    availabilityMeasure: 'Uptime of production systems ÷ scheduled service time',
    p1: 'P1 resolution time',
    p1Measure: 'Mean hours to resolve priority-1 incidents',
    ftf: 'First-time fix rate',
    ftfMeasure: 'Service desk tickets solved without reassignment ÷ tickets',
    speed: 'Speed to answer',
    speedMeasure: 'Mean minutes before a service desk call is answered',
    runCost: 'Infrastructure run cost',
    runCostMeasure: 'Run cost of the quarter against the 250,000.00 baseline; 30 % of savings shared',
  },
  fr: {
    name: 'Infogérance — niveaux de service',
    charge: 'Redevance mensuelle d’infogérance',
    workstations: 'Postes de travail gérés',
    workstation: 'poste',
    availability: 'Disponibilité',
    availabilityMeasure: 'Temps de fonctionnement de la production ÷ temps de service prévu',
    p1: 'Délai de résolution P1',
    p1Measure: 'Heures en moyenne pour résoudre un incident de priorité 1',
    ftf: 'Taux de résolution au premier niveau',
    ftfMeasure: 'Tickets résolus sans réaffectation ÷ tickets',
    speed: 'Délai de décroché',
    speedMeasure: 'Minutes en moyenne avant la prise d’un appel au centre de services',
    runCost: 'Coût d’exploitation de l’infrastructure',
    runCostMeasure: 'Coût du trimestre face à la référence de 250 000,00 ; 30 % des économies partagées',
  },
} as const;

function contractDocument(t: (typeof TEXT)[Language], lang: Language): unknown {
  const sla = (
    name: string,
    measure: string,
    unit: string,
    direction: string,
    minimum: string,
    expected: string,
    allocation: string,
  ) => ({
    ...kpiHead(name, measure, unit, direction),
    model: 'sla-credit',
    threshold: minimum,
    target: expected,
    allocation,
  });
  const parties = { client: 'Northwind Insurance', provider: 'Contoso Managed Services' };
  return {
    ...contractHead(lang, 'it-services-sla', t.name, parties),
    fixedFees: [{ label: t.charge, amount: '100000.00' }],
    volumes: [
      {
        name: t.workstations,
        unit: t.workstation,
        mode: 'volume',
        tiers: [
          { upTo: '500', unitPrice: '12.00' },
          { upTo: '1000', unitPrice: '10.00' },
          { upTo: null, unitPrice: '8.00' },
        ],
      },
    ],
    kpis: [
      // Continuous improvement: the availability minimum rises 0.05 point each contract year, up to 99.8 %.
      {
        ...sla(t.availability, t.availabilityMeasure, 'percent', 'higher', '0.995', '0.998', '0.50'),
        ratchet: { step: '0.0005', ceiling: '0.998' },
      },
      // Repeat failures: a P1 credit × 1.5 when missed in 2 of the last 3 months.
      {
        ...sla(t.p1, t.p1Measure, 'hours', 'lower', '4', '3', '0.50'),
        repeatPeriods: '3',
        escalateAt: '2',
        escalationFactor: '1.5',
      },
      sla(t.ftf, t.ftfMeasure, 'percent', 'higher', '0.70', '0.75', '0.40'),
      // A key measure: no credit until missed in 2 of the last 3 months, then critical.
      {
        ...sla(t.speed, t.speedMeasure, 'minutes', 'lower', '2', '1', '0.30'),
        repeatPeriods: '3',
        criticalAt: '2',
      },
      {
        ...kpiHead(t.runCost, t.runCostMeasure, 'currency', 'lower', 'quarterly'),
        model: 'gain-share',
        baseline: '250000.00',
        share: '0.30',
        bonusCap: '15000.00',
      },
    ],
    sla: { atRisk: { percentOfBase: '0.12' }, basis: 'base-fees' },
    earnback: { periods: 3 },
    // Syntec indexation at each anniversary of the contract (June): P1 = P0 × S1 / S0, S0 the index
    // of the signing month, S1 the last index published at the revision, prices rounded to the cent.
    indexation: { from: '2026-06', index: 'Syntec', base: '280.0', decimals: 2 },
  };
}

const GOOD = { p1: '2.6', ftf: '0.78', speed: '0.8' };

const SAMPLE: readonly SampleMonth[] = [
  { period: '2026-01', volumes: { workstations: '820' }, kpis: { availability: '0.9991', ...GOOD } },
  { period: '2026-02', volumes: { workstations: '820' }, kpis: { availability: '0.993', ...GOOD } },
  {
    period: '2026-03',
    volumes: { workstations: '820' },
    kpis: { availability: '0.999', ...GOOD, speed: '2.5', runCost: '238000.00' },
  },
  {
    period: '2026-04',
    volumes: { workstations: '820' },
    kpis: { availability: '0.999', p1: '5.2', ftf: '0.66', speed: '2.5' },
  },
  {
    period: '2026-05',
    volumes: { workstations: '820' },
    kpis: { availability: '0.9985', ...GOOD, p1: '4.5' },
  },
  {
    period: '2026-06',
    volumes: { workstations: '820' },
    kpis: { availability: '0.9993', ...GOOD, runCost: '262000.00' },
    // The Syntec index last published at the revision: 287.0 / 280.0 = 1.025.
    indices: { Syntec: '287.0' },
  },
];

/** The IT services template with service-level credits and earnback. */
export const itServicesSla = defineTemplate({
  id: 'it-services-sla',
  title: { en: 'IT services with SLA credits', fr: 'Infogérance avec crédits de service' },
  description: {
    en: 'Monthly charge, 12 % at risk across four service levels, credits capped at the pool, earnback after three good months.',
    fr: 'Redevance mensuelle, 12 % à risque sur quatre niveaux de service, crédits plafonnés, récupération après trois bons mois.',
  },
  defaultLanguage: 'en',
  text: TEXT,
  document: contractDocument,
  sample: SAMPLE,
  sampleKeys: { volumes: ['workstations'], kpis: ['availability', 'p1', 'ftf', 'speed', 'runCost'] },
  scenarios: [
    { period: '2026-01', note: { en: 'Every service level met', fr: 'Tous les niveaux de service tenus' } },
    {
      period: '2026-02',
      note: {
        en: 'Availability 99.3 % below 99.5 %: credit of 50 % of the pool (6,492.00)',
        fr: 'Disponibilité 99,3 % sous 99,5 % : crédit de 50 % du montant à risque (6 492,00)',
      },
    },
    {
      period: '2026-03',
      note: {
        en: 'Quarter close: run cost 238,000.00, 30 % of 12,000.00 saved (3,600.00)',
        fr: 'Clôture du trimestre : coût 238 000,00, 30 % de 12 000,00 économisés (3 600,00)',
      },
    },
    {
      period: '2026-04',
      note: {
        en: 'Three levels missed, speed to answer critical (missed in March too): 120 % of the pool, capped at 12,984.00',
        fr: 'Trois niveaux manqués, délai de décroché critique (manqué aussi en mars) : 120 % du montant à risque, plafonnés à 12 984,00',
      },
    },
    {
      period: '2026-05',
      note: {
        en: 'P1 missed twice in 3 months: credit × 1.5 (9,738.00); the February credit is earned back',
        fr: 'P1 manqué 2 fois en 3 mois : crédit × 1,5 (9 738,00) ; le crédit de février est récupéré',
      },
    },
    {
      period: '2026-06',
      note: {
        en: 'Quarter close: run cost above baseline, nothing shared (no pain share); prices revised by the Syntec index (287.0 / 280.0)',
        fr: 'Clôture du trimestre : coût au-dessus de la référence, rien à partager ; prix révisés selon l’indice Syntec (287,0 / 280,0)',
      },
    },
  ],
});
