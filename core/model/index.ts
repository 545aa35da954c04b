/**
 * Modelling a contract before signing, on the one invoice engine: scenarios, fee curves, exposure, a seeded
 * forecast and side-by-side comparison.
 */
export {
  dueClauses,
  priceScenario,
  scenarioActuals,
  scenarioMonth,
  scenarioOfPeriod,
  type PricingPlace,
  type Scenario,
  type ScenarioValues,
} from './scenario';
export { scenariosFromCsv } from './scenariosCsv';
export {
  defaultSpan,
  evenlySpaced,
  feeCurve,
  kpiAmount,
  type CurvePoint,
  type CurveResult,
} from './feeCurve';
export {
  exposure,
  type Exposure,
  type ExposureBound,
  type ExposureResult,
  type UnboundedClause,
} from './exposure';
export {
  forecast,
  forecastPeriods,
  type DeclaredDistribution,
  type Forecast,
  type ForecastOptions,
  type ForecastResult,
  type ForecastStats,
  type HistogramBin,
} from './forecast';
export type { Distribution } from './distribution';
export { distributionsFromCsv } from './distributionsCsv';
export { compareRow, type ComparisonRow } from './compare';
export { kpiRange, type ValueRange } from './kpiRange';
