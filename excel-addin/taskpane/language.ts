/** Office's display language narrowed to one the add-in speaks. */
import type { Lang } from '../../core/app/bridge';

/** `fr`, `fr-FR`, `fr-CA`… give French; anything else (or nothing) gives English. */
export function langFromDisplayLanguage(displayLanguage: string | undefined): Lang {
  return /^fr(?:[-_]|$)/i.test(displayLanguage?.trim() ?? '') ? 'fr' : 'en';
}
