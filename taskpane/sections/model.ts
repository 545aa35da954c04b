/**
 * The pane's Model section (issue 12), thin over the core's modelling actions: a Scenarios sheet made from
 * the contract (live CONTRACTFEE totals in Excel; values and Reprice scenarios in Google Sheets), the
 * values a curve and an exposure hold (the period under Generate invoice, or a scenario of that sheet), a
 * fee curve of a chosen KPI, the exposure, a seeded forecast, and two contracts compared (on the actuals'
 * periods, the chosen period, the Scenarios sheet's scenarios or a forecast, as the command line's compare). The sheet lists
 * are the pane's (filled after each sheet it paints, read again on focus); the KPI list is read when it
 * gets focus; every outcome shows beside its button.
 */
import { LANGS, type CompareBasis, type ModelBase } from '../../core/app/bridge';
import type { WorkbookLists } from '../../core/app/workbookLists';
import { modelTexts } from '../../core/i18n/model';
import { modelSheetTexts } from '../../core/i18n/modelSheets';
import { paneListTexts } from '../../core/i18n/paneLists';
import { sectionTexts } from '../../core/i18n/sections';
import { el } from '../dom';
import { messageOf } from '../../core/app/messageOf';
import { refuse, runAction, said, type PaneSection, type SectionContext } from './section';
import { fillSelect, namedChoices } from '../fillSelect';
import { fieldRow, selectField, subForm, textField } from './fields';
import { sheetPicker } from './sheetPicker';

/** What a new Scenarios sheet is named in either language (`Scenarios`, `Scénarios`), before any ` (2)`. */
const SCENARIOS_NAMES: readonly string[] = LANGS.map((lang) => modelSheetTexts(lang).scenariosName);
const isScenariosSheet = (name: string): boolean => SCENARIOS_NAMES.includes(name.replace(/ \(\d+\)$/, ''));
const SCENARIO_VALUE = 'scenario:';

export function mountModelSection(ctx: SectionContext): PaneSection {
  const { doc } = ctx;
  const id = (name: string) => `${ctx.id}-model-${name}`;
  const t = () => modelTexts(ctx.lang());
  let sheets: readonly string[] = [];
  let contracts: readonly string[] = [];
  let kpis: readonly string[] = [];
  let scenarios: readonly string[] = [];
  /** A Scenarios sheet just made, chosen as soon as the lists hold it. */
  let made = '';
  /** The Scenarios sheet the pane made last. */
  let lastMade = '';

  // Scenarios: create, then the sheet to reprice and to take a scenario from.
  const create = subForm(doc, id('scenarios'));
  const sheet = sheetPicker(doc, id('sheet'), { refresh: () => void ctx.refreshLists() });
  const base = selectField(doc, id('base'), id('base-hint'));
  const baseHint = el(doc, 'p', { id: id('base-hint'), class: 'of-hint' });
  const repriceButton = el(doc, 'button', { type: 'submit', class: 'of-button' });
  const sheetForm = el(doc, 'form', { class: 'of-form' }, sheet.box, repriceButton, base.box, baseHint);
  create.section.append(sheetForm);

  const kpi = selectField(doc, id('kpi'));
  const from = textField(doc, id('from'), '', 'decimal');
  const to = textField(doc, id('to'), '', 'decimal');
  const steps = textField(doc, id('steps'), '21', 'numeric');
  const curve = subForm(doc, id('curve'), [kpi.box, fieldRow(doc, from, to, steps)]);

  const exposure = subForm(doc, id('exposure'));

  // Blank: the month after the latest actuals. Text, not numeric: it takes 2027-04 and 2027-Q2.
  const firstMonth = textField(doc, id('first-month'), '', 'text');
  const months = textField(doc, id('months'), '12', 'numeric');
  const simulations = textField(doc, id('simulations'), '1000', 'numeric');
  const seed = textField(doc, id('seed'), '1', 'numeric');
  const method = selectField(doc, id('method'));
  const forecast = subForm(doc, id('forecast'), [
    fieldRow(doc, firstMonth, months),
    fieldRow(doc, simulations, seed),
    method.box,
  ]);

  const first = sheetPicker(doc, id('first'), { refresh: () => void ctx.refreshLists() });
  const second = sheetPicker(doc, id('second'), { refresh: () => void ctx.refreshLists() });
  // The command line's bases: every period of the actuals, one period (--period), scenarios (--scenarios),
  // a forecast (--from/--to, --simulations, --seed) as the Forecast fields above give it.
  const compareOn = selectField(doc, id('compare-on'));
  const compare = subForm(doc, id('compare'), [first.box, second.box, compareOn.box]);

  const element = el(
    doc,
    'div',
    { id: id('sections'), class: 'of-sections' },
    ...[create, curve, exposure, forecast, compare].map((part) => part.section),
  );

  // The list's default, read again at each fill: the sheet last made while it is listed, else the latest
  // sheet named as Create names them, so a refresh (on focus, after another action) never drops it.
  const renderLists = (): void => {
    const latest = sheets.includes(lastMade)
      ? lastMade
      : ([...sheets].reverse().find(isScenariosSheet) ?? '');
    sheet.fill(sheets, { none: t().scenarioSheetNone, preferred: latest });
    fillSelect(base.control, [
      { value: '', label: t().basePeriod },
      ...scenarios.map((name) => ({ value: SCENARIO_VALUE + name, label: name })),
    ]);
    fillSelect(
      kpi.control,
      kpis.length > 0 ? namedChoices(kpis) : [{ value: '', label: t().kpiNone }],
      kpis[0],
    );
    const placeholder = paneListTexts(ctx.lang()).noContract;
    first.fill(contracts, { preferred: contracts[0], placeholder });
    second.fill(contracts, { preferred: contracts[1] ?? contracts[0], placeholder });
    fillSelect(
      compareOn.control,
      [
        { value: 'actuals', label: t().compareOnActuals },
        { value: 'period', label: t().compareOnPeriod },
        { value: 'scenarios', label: t().compareOnScenarios },
        { value: 'forecast', label: t().compareOnForecast },
      ],
      compareOn.control.value || 'actuals',
    );
    fillSelect(
      method.control,
      [
        { value: 'resampled', label: t().methodResampled },
        { value: 'declared', label: t().methodDeclared },
      ],
      'resampled',
    );
  };

  /** The scenarios of the chosen sheet, for the Values held list; a sheet the user picks says if it has none. */
  const loadScenarios = async (report: boolean): Promise<void> => {
    const chosen = sheet.control.value;
    scenarios = [];
    if (chosen !== '') {
      try {
        scenarios = await ctx.bridge.listScenarios(chosen, ctx.lang());
      } catch (error) {
        if (report) ctx.show({ kind: 'error', text: () => t().failed(messageOf(error)), detail: '' });
      }
    }
    renderLists();
  };

  /** The pane's lists; the chosen sheet's scenarios are read again when the choice moved or was just made. */
  const listsChanged = async (lists: WorkbookLists): Promise<void> => {
    const before = sheet.control.value;
    ({ sheets, contracts } = lists);
    renderLists();
    if (made !== '' && sheets.includes(made)) sheet.control.value = made;
    const fresh = made !== '' || sheet.control.value !== before;
    made = '';
    if (fresh) await loadScenarios(false);
  };

  // The KPI list is read when it gets focus, never in the background: reading it means reading the contract.
  const refreshKpis = async (): Promise<void> => {
    try {
      kpis = await ctx.bridge.listKpis(ctx.lang(), ctx.contract());
    } catch {
      // The list only helps to pick; Curve says what is wrong with the contract.
      kpis = [];
    }
    renderLists();
  };

  const relabel = (): void => {
    const texts = t();
    create.heading.textContent = texts.scenariosHeading;
    create.hint.textContent = texts.scenariosHint;
    create.button.textContent = texts.createScenariosButton;
    sheet.label.textContent = texts.scenarioSheetLabel;
    repriceButton.textContent = texts.repriceButton;
    base.label.textContent = texts.baseLabel;
    baseHint.textContent = texts.baseHint;
    curve.heading.textContent = texts.curveHeading;
    curve.hint.textContent = texts.curveHint;
    kpi.label.textContent = texts.kpiLabel;
    from.label.textContent = texts.fromLabel;
    to.label.textContent = texts.toLabel;
    steps.label.textContent = texts.stepsLabel;
    curve.button.textContent = texts.curveButton;
    exposure.heading.textContent = texts.exposureHeading;
    exposure.hint.textContent = texts.exposureHint;
    exposure.button.textContent = texts.exposureButton;
    forecast.heading.textContent = texts.forecastHeading;
    forecast.hint.textContent = texts.forecastHint;
    firstMonth.label.textContent = texts.firstMonthLabel;
    months.label.textContent = texts.monthsLabel;
    simulations.label.textContent = texts.simulationsLabel;
    seed.label.textContent = texts.seedLabel;
    method.label.textContent = texts.methodLabel;
    forecast.button.textContent = texts.forecastButton;
    compare.heading.textContent = texts.compareHeading;
    compare.hint.textContent = texts.compareHint;
    first.label.textContent = texts.firstContractLabel;
    second.label.textContent = texts.secondContractLabel;
    compareOn.label.textContent = texts.compareOnLabel;
    compare.button.textContent = texts.compareButton;
    renderLists();
  };

  /**
   * Runs a modelling action, each of which paints a sheet: the lists are read again after it, then its
   * message shows; `failed` with the host's reason otherwise.
   */
  const act = (busy: () => string, action: () => Promise<{ message: string; detail?: string }>) =>
    runAction(
      ctx,
      busy,
      async () => {
        const { message, detail } = await action();
        await ctx.refreshLists();
        return said('success', message, detail);
      },
      (reason) => t().failed(reason),
    );

  /** The values held, or `null` after saying what is missing. */
  const chosenBase = (): ModelBase | null => {
    const value = base.control.value;
    if (value.startsWith(SCENARIO_VALUE))
      return { kind: 'scenario', sheet: sheet.control.value, scenario: value.slice(SCENARIO_VALUE.length) };
    const period = ctx.period();
    if (period === '') return null;
    return { kind: 'period', period };
  };

  const actions: [HTMLFormElement, () => Promise<void>][] = [
    [
      create.form,
      () =>
        act(
          () => t().busyScenarios,
          async () => {
            const result = await ctx.bridge.createScenarios(ctx.lang(), ctx.contract());
            made = result.sheet;
            lastMade = result.sheet;
            return result;
          },
        ),
    ],
    [
      sheetForm,
      () => {
        const chosen = sheet.control.value;
        if (chosen === '') return refuse(ctx, () => t().chooseScenarioSheet);
        return act(
          () => t().busyReprice,
          () => ctx.bridge.repriceScenarios(chosen, ctx.lang(), ctx.contract()),
        );
      },
    ],
    [
      curve.form,
      () => {
        const at = chosenBase();
        if (!at) return refuse(ctx, () => sectionTexts(ctx.lang()).periodMissing);
        const name = kpi.control.value;
        if (name === '') return refuse(ctx, () => t().chooseKpi);
        const request = {
          kpi: name,
          from: from.control.value,
          to: to.control.value,
          steps: steps.control.value,
          base: at,
        };
        return act(
          () => t().busyCurve(name),
          () => ctx.bridge.feeCurve(request, ctx.lang(), ctx.contract()),
        );
      },
    ],
    [
      exposure.form,
      () => {
        const at = chosenBase();
        if (!at) return refuse(ctx, () => sectionTexts(ctx.lang()).periodMissing);
        return act(
          () => t().busyExposure,
          async () => {
            const result =
              at.kind === 'period'
                ? await ctx.bridge.periodExposure(at.period, ctx.lang(), ctx.contract())
                : await ctx.bridge.scenarioExposure(at.sheet, at.scenario, ctx.lang(), ctx.contract());
            return { message: result.message, detail: result.unbounded.join(' ') };
          },
        );
      },
    ],
    [
      forecast.form,
      () => {
        const declared = method.control.value === 'declared';
        const request = {
          firstMonth: firstMonth.control.value,
          months: months.control.value,
          simulations: simulations.control.value,
          seed: seed.control.value,
          method: declared ? ('declared' as const) : ('resampled' as const),
          ...(declared ? { scenarioSheet: sheet.control.value } : {}),
        };
        return act(
          () => t().busyForecast(Number(request.simulations) || 0),
          () => ctx.bridge.forecast(request, ctx.lang(), ctx.contract()),
        );
      },
    ],
    [
      compare.form,
      () => {
        const [a, b] = [first.control.value, second.control.value];
        if (a === '' || b === '' || a === b) return refuse(ctx, () => t().chooseTwoContracts);
        const kind = compareOn.control.value;
        let on: CompareBasis = { kind: 'actuals' };
        if (kind === 'period') {
          const period = ctx.period();
          if (period === '') return refuse(ctx, () => sectionTexts(ctx.lang()).periodMissing);
          on = { kind, period };
        } else if (kind === 'scenarios') {
          const chosen = sheet.control.value;
          if (chosen === '') return refuse(ctx, () => t().chooseScenarioSheet);
          on = { kind, sheet: chosen };
        } else if (kind === 'forecast') {
          on = {
            kind,
            firstMonth: firstMonth.control.value,
            months: months.control.value,
            simulations: simulations.control.value,
            seed: seed.control.value,
          };
        }
        return act(
          () => t().busyCompare,
          () => ctx.bridge.compareContracts(a, b, ctx.lang(), on),
        );
      },
    ],
  ];
  for (const [form, action] of actions) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void action();
    });
  }
  sheet.control.addEventListener('change', () => void loadScenarios(true));
  kpi.control.addEventListener('focus', () => void refreshKpis());

  relabel();
  return {
    element,
    relabel,
    listsChanged,
    periodsChanged: () => undefined,
  };
}
