import type { Language } from '../shared/i18n/i18n';

export interface UiState {
  readonly language: Language;
  /** Which side panel tab is open. */
  readonly panel: 'charts' | 'detail' | 'layers' | 'planner' | 'story' | 'organise';
  /** The planner's map tool: a click on the map adds a location while `add-centre` is on; `assign-areas` paints areas to `plannerBrushTeam`. */
  readonly plannerTool: 'none' | 'add-centre' | 'assign-areas';
  /** The team the planner's area brush gives areas to (null: none chosen yet). */
  readonly plannerBrushTeam: string | null;
  /** The level the planner's brush assigns by (a click on a sector gives its whole wijk at `wijk`); null: the base level. */
  readonly plannerBrushLevel: string | null;
}

export const initialUiState: UiState = { language: 'nl', panel: 'charts', plannerTool: 'none', plannerBrushTeam: null, plannerBrushLevel: null };

export const setPlannerBrushTeam = (team: string | null) => (s: UiState): UiState => (s.plannerBrushTeam === team ? s : { ...s, plannerBrushTeam: team });

export const setPlannerBrushLevel = (level: string | null) => (s: UiState): UiState => (s.plannerBrushLevel === level ? s : { ...s, plannerBrushLevel: level });

export const setPlannerTool = (plannerTool: UiState['plannerTool']) => (s: UiState): UiState => (s.plannerTool === plannerTool ? s : { ...s, plannerTool });

export const setLanguage = (language: Language) => (s: UiState): UiState => ({ ...s, language });
export const toggleLanguage = (s: UiState): UiState => ({ ...s, language: s.language === 'nl' ? 'en' : 'nl' });
export const setPanel = (panel: UiState['panel']) => (s: UiState): UiState => ({ ...s, panel });
