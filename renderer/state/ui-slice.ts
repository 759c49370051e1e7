import type { Language } from '../i18n/i18n';

export interface UiState {
  readonly language: Language;
  /** Area code under the pointer, or null. */
  readonly hovered: string | null;
}

export const initialUiState: UiState = { language: 'nl', hovered: null };

export const setLanguage = (language: Language) => (s: UiState): UiState => ({ ...s, language });
export const toggleLanguage = (s: UiState): UiState => ({ ...s, language: s.language === 'nl' ? 'en' : 'nl' });
export const setHovered = (hovered: string | null) => (s: UiState): UiState => (s.hovered === hovered ? s : { ...s, hovered });
