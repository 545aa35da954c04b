/** The user's language, as the menu, the sidebar and the documents the add-on writes use it. */
import { LANGS, type Lang } from '../../core/app/bridge';
import { session } from './appsScript';

/** A locale as Apps Script gives it (`fr`, `fr_FR`, `fr-CA`, `en_GB`) narrowed to a language we speak. */
export function langFromLocale(locale: string | null | undefined): Lang {
  const language = String(locale ?? '')
    .trim()
    .toLowerCase()
    .split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(language) ? (language as Lang) : 'en';
}

/**
 * The active user's language. English when Apps Script will not say, as in a simple trigger of an add-on
 * not yet enabled in the file: building the menu must not fail over a language.
 */
export function userLang(): Lang {
  try {
    return langFromLocale(session().getActiveUserLocale());
  } catch {
    return 'en';
  }
}

/** A language sent by the sidebar, checked: `google.script.run` carries whatever the page sends. */
export function requestedLang(value: unknown): Lang {
  return (LANGS as readonly unknown[]).includes(value) ? (value as Lang) : userLang();
}
