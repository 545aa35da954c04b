/** The Model section's part of the task pane's `Bridge`: the modelling actions, each a promise. */
import { settle } from './actionsBridge';
import type { ModelActions } from './modelActions';

/** The modelling actions as the pane calls them (see `ModelActions` for each one). */
export type ModelBridge = {
  readonly [K in keyof ModelActions]: (
    ...args: Parameters<ModelActions[K]>
  ) => Promise<Awaited<ReturnType<ModelActions[K]>>>;
};

export function modelBridge(actions: ModelActions): ModelBridge {
  return {
    listKpis: (lang, contract) => settle(() => actions.listKpis(lang, contract)),
    createScenarios: (lang, contract) => settle(() => actions.createScenarios(lang, contract)),
    listScenarios: (sheet, lang) => settle(() => actions.listScenarios(sheet, lang)),
    repriceScenarios: (sheet, lang, contract) =>
      settle(() => actions.repriceScenarios(sheet, lang, contract)),
    periodExposure: (period, lang, contract) => settle(() => actions.periodExposure(period, lang, contract)),
    scenarioExposure: (sheet, scenario, lang, contract) =>
      settle(() => actions.scenarioExposure(sheet, scenario, lang, contract)),
    feeCurve: (request, lang, contract) => settle(() => actions.feeCurve(request, lang, contract)),
    forecast: (request, lang, contract) => settle(() => actions.forecast(request, lang, contract)),
    compareContracts: (first, second, lang) => settle(() => actions.compareContracts(first, second, lang)),
  };
}
