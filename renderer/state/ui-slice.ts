import type { Language } from '../i18n/i18n';

export interface UiState {
  readonly language: Language;
  /** Which side panel tab is open. */
  readonly panel: 'charts' | 'detail' | 'layers';
}

export const initialUiState: UiState = { language: 'nl', panel: 'charts' };

export const setLanguage = (language: Language) => (s: UiState): UiState => ({ ...s, language });
export const toggleLanguage = (s: UiState): UiState => ({ ...s, language: s.language === 'nl' ? 'en' : 'nl' });
export const setPanel = (panel: UiState['panel']) => (s: UiState): UiState => ({ ...s, panel });
