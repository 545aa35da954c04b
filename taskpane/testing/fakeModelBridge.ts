/** The Model section's methods of the scripted bridge (fakeBridge.ts): each records its call and answers. */
import type { ExposureSummary, ModelBridge, ModelSheetResult, ScenariosResult } from '../../core/app/bridge';
import { modelTexts } from '../../core/i18n/model';
import type { BridgeMethod } from './fakeBridge';

/** What the Model section's methods answer; plain JSON. */
export interface FakeModelScenario {
  /** `listKpis`; default none. */
  readonly kpis?: readonly string[];
  /** `listScenarios`, by sheet; a sheet not listed rejects as not a Scenarios sheet. */
  readonly scenarioNames?: Readonly<Record<string, readonly string[]>>;
  readonly scenarios?: ScenariosResult;
  readonly repriced?: ModelSheetResult;
  readonly curve?: ModelSheetResult;
  readonly forecast?: ModelSheetResult;
  readonly comparison?: ModelSheetResult;
  /** `periodExposure` and `scenarioExposure`. */
  readonly exposure?: ExposureSummary;
}

export type Answer = <T>(method: BridgeMethod, args: unknown[], result: () => T) => Promise<T>;

const sheet = (name: string): ModelSheetResult => ({ sheet: name, message: '' });
/** The arguments as the fake records them: trailing `undefined` ones (options not given) left out. */
export const args = (...values: unknown[]): unknown[] => {
  const out = [...values];
  while (out.length > 0 && out[out.length - 1] === undefined) out.pop();
  return out;
};

export function fakeModelBridge(scenario: FakeModelScenario, answer: Answer): ModelBridge {
  const exposure = (): ExposureSummary =>
    scenario.exposure ?? { sheet: 'Exposure', minimum: null, maximum: null, unbounded: [], message: '' };
  return {
    listKpis: (lang, contract) => answer('listKpis', args(lang, contract), () => [...(scenario.kpis ?? [])]),
    createScenarios: (lang, contract) =>
      answer(
        'createScenarios',
        args(lang, contract),
        () => scenario.scenarios ?? { ...sheet('Scenarios'), live: false },
      ),
    listScenarios: (name, lang) =>
      answer('listScenarios', args(name, lang), () => {
        const names = scenario.scenarioNames?.[name];
        // The host's refusal in the core's words, so a rewording cannot leave the fake saying the old ones.
        if (!names) throw new Error(modelTexts(lang).notAScenarioSheet(name));
        return [...names];
      }),
    repriceScenarios: (name, lang, contract) =>
      answer(
        'repriceScenarios',
        args(name, lang, contract),
        () => scenario.repriced ?? sheet('Scenarios priced'),
      ),
    periodExposure: (period, lang, contract) =>
      answer('periodExposure', args(period, lang, contract), exposure),
    scenarioExposure: (name, row, lang, contract) =>
      answer('scenarioExposure', args(name, row, lang, contract), exposure),
    feeCurve: (request, lang, contract) =>
      answer('feeCurve', args(request, lang, contract), () => scenario.curve ?? sheet('Curve')),
    forecast: (request, lang, contract) =>
      answer('forecast', args(request, lang, contract), () => scenario.forecast ?? sheet('Forecast')),
    compareContracts: (a, b, lang, on) =>
      answer('compareContracts', args(a, b, lang, on), () => scenario.comparison ?? sheet('Comparison')),
  };
}
