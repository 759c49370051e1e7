import { EMPTY_ORGANISATION, type Organisation } from '../../../../data/organisation';
import type { LoadedPackage } from '../../../../data/package';
import type { OrganisationEdit } from './organise-edits';

/** What a click or a drag on the map does while the set-up is open. */
export type OrganiseTool = 'pan' | 'assign' | 'add-location';

/**
 * The organisation being set up (*Inrichten*) for the open package: the draft with its undo and redo
 * stacks, what the package holds now (`applied`: the draft differs from it until applied), the team the
 * map's brush paints with (null: the brush unassigns), the map tool, the level a click assigns at, and
 * the period of the FTE table.
 */
export interface OrganiseState {
  /** The package the draft was started from (or applied to); null before the tab was opened. */
  readonly forPackage: LoadedPackage | null;
  readonly draft: Organisation;
  readonly applied: Organisation;
  readonly past: readonly Organisation[];
  readonly future: readonly Organisation[];
  readonly brushTeam: string | null;
  readonly tool: OrganiseTool;
  readonly assignLevel: string;
  readonly ftePeriod: number | null;
  /** Applying or saving is running (the buttons wait). */
  readonly busy: 'applying' | 'saving' | null;
  /** A base area to show on the map (the unassigned list), counted so the same area can be asked twice. */
  readonly focus: { readonly code: string; readonly n: number } | null;
}

/** At most this many edits can be undone. */
export const UNDO_LIMIT = 200;

export const initialOrganiseState: OrganiseState = {
  forPackage: null,
  draft: EMPTY_ORGANISATION,
  applied: EMPTY_ORGANISATION,
  past: [],
  future: [],
  brushTeam: null,
  tool: 'pan',
  assignLevel: '',
  ftePeriod: null,
  busy: null,
  focus: null,
};

/**
 * Starts the set-up for a package from the organisation it holds (undo history cleared).
 *
 * @example
 * startOrganising(pkg, organisationOf(pkg))(initialOrganiseState).draft.teams.length // the package's teams
 */
export const startOrganising = (pkg: LoadedPackage, org: Organisation) => (s: OrganiseState): OrganiseState => ({
  ...initialOrganiseState,
  forPackage: pkg,
  draft: org,
  applied: org,
  brushTeam: org.teams[0]?.id ?? null,
  assignLevel: pkg.baseLevel,
  tool: s.tool === 'add-location' ? 'pan' : s.tool,
});

/**
 * Applies an edit to the draft; a real change goes on the undo stack (and clears redo), no change leaves the state as it is.
 *
 * @example
 * store.update(inSlice('organise', edit(addTeam('Noord', '#0072b2'))))
 */
export const edit = (change: OrganisationEdit) => (s: OrganiseState): OrganiseState => {
  const next = change(s.draft);
  if (next === s.draft) return s;
  const brushTeam = s.brushTeam !== null && !next.teams.some((t) => t.id === s.brushTeam) ? null : s.brushTeam;
  return { ...s, draft: next, past: [...s.past, s.draft].slice(-UNDO_LIMIT), future: [], brushTeam };
};

/** Undoes the last edit (nothing to undo: unchanged). */
export const undo = (s: OrganiseState): OrganiseState => {
  const previous = s.past[s.past.length - 1];
  if (!previous) return s;
  return { ...s, draft: previous, past: s.past.slice(0, -1), future: [s.draft, ...s.future], brushTeam: keepBrush(previous, s.brushTeam) };
};

/** Redoes the last undone edit. */
export const redo = (s: OrganiseState): OrganiseState => {
  const [next, ...rest] = s.future;
  if (!next) return s;
  return { ...s, draft: next, past: [...s.past, s.draft], future: rest, brushTeam: keepBrush(next, s.brushTeam) };
};

const keepBrush = (org: Organisation, team: string | null) => (team !== null && org.teams.some((t) => t.id === team) ? team : null);

/** The team the brush paints with (null: the brush unassigns). */
export const setBrushTeam = (team: string | null) => (s: OrganiseState): OrganiseState => (s.brushTeam === team ? s : { ...s, brushTeam: keepBrush(s.draft, team) });

export const setTool = (tool: OrganiseTool) => (s: OrganiseState): OrganiseState => (s.tool === tool ? s : { ...s, tool });

export const setAssignLevel = (assignLevel: string) => (s: OrganiseState): OrganiseState => (s.assignLevel === assignLevel ? s : { ...s, assignLevel });

export const setFtePeriod = (ftePeriod: number) => (s: OrganiseState): OrganiseState => (s.ftePeriod === ftePeriod ? s : { ...s, ftePeriod });

export const setBusy = (busy: OrganiseState['busy']) => (s: OrganiseState): OrganiseState => (s.busy === busy ? s : { ...s, busy });

/**
 * The draft became the package (it was applied and reopened): the draft now is what the package holds,
 * and the undo history is kept (an applied edit can still be undone and applied again).
 */
export const organisationApplied = (pkg: LoadedPackage, org: Organisation) => (s: OrganiseState): OrganiseState => ({ ...s, forPackage: pkg, applied: org, busy: null });

/** Asks the map to show a base area. */
export const focusArea = (code: string) => (s: OrganiseState): OrganiseState => ({ ...s, focus: { code, n: (s.focus?.n ?? 0) + 1 } });

/** Whether the draft differs from what the package holds. */
export const isDirty = (s: OrganiseState): boolean => s.draft !== s.applied;
