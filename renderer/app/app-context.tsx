import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Services } from './services';
import { createTranslator, type Language, type Translate } from '../shared/i18n/i18n';
import type { AppState } from './app-state';
import { useSelector } from '../shared/store/store';

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}

/** Reads a slice of the app state. */
export function useAppState<T>(selector: (state: AppState) => T, equal?: (a: T, b: T) => boolean): T {
  return useSelector(useServices().store, selector, equal);
}

const selectLanguage = (s: AppState) => s.ui.language;

/** The current language and its translator. */
export function useI18n(): { language: Language; t: Translate } {
  const language = useAppState(selectLanguage);
  return useMemo(() => ({ language, t: createTranslator(language) }), [language]);
}
