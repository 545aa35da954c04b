/**
 * Online business manager for an online coach (article 2): hourly fee with a complexity adjustment, a
 * variable pay tied to lead conversion, and the six KPIs of DOMAIN.md — quarterly retention, half-yearly
 * NPS, hourly-rate adjustments for response time and cancellations, a bonus on extra coaching sessions —
 * with the table's improvement targets and ramps ("+20 % in 6 months", "4 hours within 3 months").
 */
import type { Language } from '../contract/types';
import { contractHead, defineTemplate, kpiHead as kpi, type SampleMonth } from './build';

const TEXT = {
  fr: {
    name: 'OBM — Coach en ligne',
    hourly: 'Forfait horaire OBM',
    conversion: 'Taux de conversion des prospects',
    conversionMeasure:
      'Pourcentage de prospects convertis en clients payants (objectif : 25 % dans les 6 mois)',
    retention: 'Taux de rétention client',
    retentionMeasure: 'Pourcentage de clients renouvelant leurs services (objectif : 80 % sur l’année)',
    response: 'Temps moyen de réponse client',
    responseMeasure: 'Temps moyen entre une demande client et la réponse (objectif : 4 heures d’ici 3 mois)',
    sessions: 'Sessions de coaching par mois',
    sessionsMeasure: 'Sessions planifiées et réalisées dans le mois (objectif : +20 % en 6 mois, de 40 à 48)',
    nps: 'Satisfaction client (NPS)',
    npsMeasure: 'Note de recommandation des clients actuels sur 10 (objectif : 8/10 sur 12 mois)',
    cancellation: 'Taux d’abandon des sessions',
    cancellationMeasure: 'Sessions annulées ÷ sessions prévues (objectif : moins de 5 % en 3 mois)',
  },
  en: {
    name: 'OBM — Online coach',
    hourly: 'OBM hourly fee',
    conversion: 'Lead conversion rate',
    conversionMeasure: 'Share of leads who become paying clients (objective: 25 % within 6 months)',
    retention: 'Client retention',
    retentionMeasure: 'Share of clients renewing their services (objective: 80 % over the year)',
    response: 'Average client response time',
    responseMeasure: 'Mean time from a client request to the answer (objective: 4 hours within 3 months)',
    sessions: 'Coaching sessions per month',
    sessionsMeasure: 'Sessions scheduled and held in the month (objective: +20 % in 6 months, from 40 to 48)',
    nps: 'Client satisfaction (NPS)',
    npsMeasure: "Current clients' recommendation score out of 10 (objective: 8/10 over 12 months)",
    cancellation: 'Session cancellation rate',
    cancellationMeasure: 'Cancelled ÷ scheduled sessions (objective: below 5 % within 3 months)',
  },
} as const;

/**
 * Article 2's "hourly rate adjusted for…": graded from −`cut` of the hourly pay at the threshold to
 * +`uplift` at the target, the target reached from the threshold over the first three months.
 */
const gradedRate = (threshold: string, target: string, uplift: string, cut: string) => ({
  model: 'rate-adjustment',
  grading: 'linear',
  threshold,
  target,
  bonusRate: uplift,
  malusRate: cut,
  ramp: { start: '2026-01', periods: 3, from: threshold },
});

function contractDocument(t: (typeof TEXT)[Language], lang: Language): unknown {
  const parties = { client: 'Claire Martin Coaching', provider: 'Sophie Durand OBM' };
  return {
    ...contractHead(lang, 'online-business-manager', t.name, parties),
    hourly: { label: t.hourly, rate: '75.00', adjustment: '0.10', variablePay: '1000.00' },
    kpis: [
      // "% de la rémunération variable liée à l’atteinte de l’objectif"
      {
        ...kpi(t.conversion, t.conversionMeasure, 'percent', 'higher'),
        model: 'achievement-share',
        target: '0.25',
        weight: '1',
        achievementCap: '1.2',
        // "25 % of leads within 6 months": from 15 % in January to 25 % in June.
        ramp: { start: '2026-01', periods: 6, from: '0.15' },
      },
      // "Bonus si l’objectif est dépassé": €100 per point above 80 %, at most €1,000.
      {
        ...kpi(t.retention, t.retentionMeasure, 'percent', 'higher', 'quarterly'),
        model: 'bonus-malus',
        target: '0.80',
        bonusRate: '10000',
        malusRate: '0',
        bonusCap: '1000.00',
      },
      // "Ajustement du forfait horaire selon la complexité du travail"
      // Graded from −5 % at 6 hours to +5 % at the target; "4 hours within 3 months": 6 to 4 by March.
      { ...kpi(t.response, t.responseMeasure, 'hours', 'lower'), ...gradedRate('6', '4', '0.05', '0.05') },
      // "Bonus lié à l’augmentation du volume de sessions", "+20 % en 6 mois": from the baseline of 40
      // sessions, the bonus grows from 0 at +0 % to €200 at +20 % (48) and €300 at +30 % (52), its levels
      // reached over the first six months.
      {
        ...kpi(t.sessions, t.sessionsMeasure, 'count', 'higher'),
        model: 'kpi-score',
        threshold: '0',
        target: '0.20',
        stretch: '0.30',
        amount: '200.00',
        stretchScore: '1.5',
        baseline: '40',
        levelChange: 'relative',
        ramp: { start: '2026-01', periods: 6 },
      },
      // "Bonus en fonction de l’amélioration du NPS"
      {
        ...kpi(t.nps, t.npsMeasure, 'score', 'higher', 'half-yearly'),
        // A score out of 10: a score has no top of its own, and 83 typed for 8.3 would pay the stretch score.
        validMax: '10',
        model: 'kpi-score',
        // Surveyed every month; the half-year's NPS is the average of its six months.
        aggregation: 'average',
        threshold: '7',
        target: '8',
        stretch: '9',
        amount: '600.00',
        stretchScore: '1.5',
        // "8/10 over 12 months": from 7 in the first half-year to 8 (and 9) in the second.
        ramp: { start: '2026-01', periods: 2, from: '7' },
      },
      // "Ajustement du forfait horaire selon la gestion des annulations"
      // Graded from −5 % at 8 % cancellations to +3 % at the target; "below 5 % within 3 months": 8 % to
      // 5 % by March.
      {
        ...kpi(t.cancellation, t.cancellationMeasure, 'percent', 'lower'),
        ...gradedRate('0.08', '0.05', '0.03', '0.05'),
      },
    ],
    caps: { bonus: { percentOfBase: '0.30' } },
  };
}

// The second half-year: NPS is surveyed every month (8.3, 8.5, 8.6, 8.6, 8.7, 8.9: average 51.6 / 6 = 8.6).
const SAMPLE: readonly SampleMonth[] = [
  {
    period: '2026-07',
    hours: '56',
    kpis: { conversion: '0.20', response: '4.5', sessions: '44', cancellation: '0.07', nps: '8.3' },
  },
  {
    period: '2026-08',
    hours: '52',
    kpis: { conversion: '0.21', response: '4.2', sessions: '45', cancellation: '0.05', nps: '8.5' },
  },
  {
    period: '2026-09',
    hours: '62',
    kpis: {
      conversion: '0.24',
      retention: '0.82',
      response: '3.9',
      sessions: '47',
      cancellation: '0.055',
      nps: '8.6',
    },
  },
  {
    period: '2026-10',
    hours: '60',
    kpis: { conversion: '0.22', response: '3.5', sessions: '46', cancellation: '0.06', nps: '8.6' },
  },
  {
    period: '2026-11',
    hours: '64',
    kpis: { conversion: '0.27', response: '6.5', sessions: '38', cancellation: '0.04', nps: '8.7' },
  },
  {
    period: '2026-12',
    hours: '58',
    kpis: {
      conversion: '0.33',
      retention: '0.86',
      response: '3.8',
      sessions: '52',
      nps: '8.9',
      cancellation: '0.09',
    },
  },
];

/** The online business manager template (French by default, as the source article). */
export const onlineBusinessManager = defineTemplate({
  id: 'online-business-manager',
  title: { en: 'Online business manager (online coach)', fr: 'Online business manager (coach en ligne)' },
  description: {
    en: 'Hourly fee with complexity adjustment and a variable pay tied to six KPIs, monthly to half-yearly.',
    fr: 'Forfait horaire ajusté à la complexité et rémunération variable liée à six KPI, du mensuel au semestriel.',
  },
  defaultLanguage: 'fr',
  text: TEXT,
  document: contractDocument,
  sample: SAMPLE,
  sampleKeys: { kpis: ['conversion', 'retention', 'response', 'sessions', 'nps', 'cancellation'] },
  scenarios: [
    {
      period: '2026-10',
      note: {
        en: 'Conversion at 88 % of target, response-time bonus on the hourly pay, extra sessions',
        fr: 'Conversion à 88 % de l’objectif, bonus délai sur le forfait horaire, sessions supplémentaires',
      },
    },
    {
      period: '2026-11',
      note: {
        en: 'Response time past its threshold (−5 % of hourly pay), fewer sessions than the baseline (no bonus)',
        fr: 'Délai au-delà du seuil (−5 % du forfait), sessions sous la référence (pas de bonus)',
      },
    },
    {
      period: '2026-12',
      note: {
        en: 'Closes Q4 (retention) and H2 (NPS stretch); achievement capped at 120 %; bonuses capped at 30 % of base fees',
        fr: 'Clôt T4 (rétention) et S2 (NPS au-delà de l’objectif) ; atteinte plafonnée à 120 % ; bonus plafonnés à 30 % des honoraires de base',
      },
    },
  ],
});
