import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';

export const LANGUAGES = ['en', 'fr', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'pollen.language';

/** The chosen language, else the first of the browser's languages we speak, else English. */
export function detectLanguage(): Language {
  const chosen = localStorage.getItem(STORAGE_KEY);
  if (LANGUAGES.includes(chosen as Language)) return chosen as Language;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (LANGUAGES.includes(base as Language)) return base as Language;
  }
  return 'en';
}

/** English is in the first bundle (the fallback); French and Portuguese are fetched when used (a few KB each). */
const CATALOGUES: Record<Exclude<Language, 'en'>, () => Promise<{ default: Record<string, unknown> }>> = {
  fr: () => import('./locales/fr.json'),
  pt: () => import('./locales/pt.json'),
};

async function load(language: Language): Promise<void> {
  if (language === 'en' || i18n.hasResourceBundle(language, 'translation')) return;
  i18n.addResourceBundle(language, 'translation', (await CATALOGUES[language]()).default);
}

export async function chooseLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  await load(language);
  await i18n.changeLanguage(language);
}

/** Resolves once the interface's language is ready to render (no flash of English for a French reader). */
export async function initI18n(): Promise<typeof i18n> {
  const lng = detectLanguage();
  await i18n.use(initReactI18next).init({
    resources: { en: { translation: en } },
    lng,
    fallbackLng: 'en',
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await load(lng).then(() => i18n.changeLanguage(lng));
  document.documentElement.lang = lng;
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  return i18n;
}
