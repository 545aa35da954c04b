import { langFromLocale, requestedLang, userLang } from './language';

describe('langFromLocale', () => {
  it.each([
    ['fr', 'fr'],
    ['fr_FR', 'fr'],
    ['fr-CA', 'fr'],
    [' FR_be ', 'fr'],
    ['en', 'en'],
    ['en_GB', 'en'],
    ['de_DE', 'en'],
    ['', 'en'],
    [null, 'en'],
    [undefined, 'en'],
  ])('%p → %s', (locale, lang) => {
    expect(langFromLocale(locale)).toBe(lang);
  });
});

describe('the user’s language', () => {
  const global = globalThis as { Session?: unknown };
  afterEach(() => delete global.Session);

  it('comes from Session, and is English when Apps Script will not say', () => {
    global.Session = { getActiveUserLocale: () => 'fr_FR' };
    expect(userLang()).toBe('fr');
    global.Session = {
      getActiveUserLocale: () => {
        throw new Error('You do not have permission to call getActiveUserLocale');
      },
    };
    expect(userLang()).toBe('en');
    delete global.Session;
    expect(userLang()).toBe('en');
  });

  it('takes a language sent by the sidebar only when it is one the add-on speaks', () => {
    global.Session = { getActiveUserLocale: () => 'fr' };
    expect(requestedLang('en')).toBe('en');
    expect(requestedLang('de')).toBe('fr');
    expect(requestedLang({ toString: () => 'en' })).toBe('fr');
  });
});
