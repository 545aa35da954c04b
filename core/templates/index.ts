/** The contract templates the task pane and the demo offer, in the order they are listed. */
import type { Language } from '../contract/types';
import { bpoCustomerService } from './bpoCustomerService';
import type { ContractTemplate } from './build';
import { creditProcessing } from './creditProcessing';
import { ecommercePerformanceOnly } from './ecommercePerformanceOnly';
import { itServicesSla } from './itServicesSla';
import { onlineBusinessManager } from './onlineBusinessManager';

export type { ContractTemplate, TemplateScenario } from './build';

/** Every template. */
export const TEMPLATES: readonly ContractTemplate[] = [
  bpoCustomerService,
  onlineBusinessManager,
  creditProcessing,
  ecommercePerformanceOnly,
  itServicesSla,
];

/** The template with this id, or `undefined`. */
export function findTemplate(id: string): ContractTemplate | undefined {
  return TEMPLATES.find((template) => template.id === id);
}

/** Id, title and description of each template in `lang`, for pickers. */
export function templateList(lang: Language): { id: string; title: string; description: string }[] {
  return TEMPLATES.map((t) => ({ id: t.id, title: t.title[lang], description: t.description[lang] }));
}

export {
  bpoCustomerService,
  creditProcessing,
  ecommercePerformanceOnly,
  itServicesSla,
  onlineBusinessManager,
};
