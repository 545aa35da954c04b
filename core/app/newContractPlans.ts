import type { Language } from '../contract/types';
import { actualsSheetPlan, emptyActualsSheetPlan } from '../layout/actualsSheet';
import { contractSheetPlan, emptyContractSheetPlan } from '../layout/contractSheet';
import type { SheetPlan } from '../layout/sheetPlan';
import { findTemplate } from '../templates';
import { EMPTY_TEMPLATE } from './bridge';

/** The Contract and Actuals sheets of a new contract, from a template (with its sample actuals) or empty. */
export function newContractPlans(templateId: string, lang: Language): SheetPlan[] | undefined {
  if (templateId === EMPTY_TEMPLATE) return [emptyContractSheetPlan(lang), emptyActualsSheetPlan(lang)];
  const template = findTemplate(templateId);
  if (!template) return undefined;
  const contract = template.contract(lang);
  return [
    contractSheetPlan(contract, { lang }),
    actualsSheetPlan(contract, template.actuals(lang), { lang }),
  ];
}
