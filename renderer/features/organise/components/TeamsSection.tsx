import { useMemo, useState } from 'react';
import type { LoadedPackage } from '../../../../data/package';
import { useAppState, useI18n, useServices } from '../../../app/app-context';
import { inSlice, type AppState } from '../../../app/app-state';
import { levelLabel } from '../../../shared/i18n/i18n';
import { TEAM_PALETTE } from '../../../map/team-colours';
import { addTeam, deleteTeam, renameTeam, setTeamColour, type OrganisationEdit } from '../state/organise-edits';
import { assignLevelsOf, baseAreasOf, colourClashes, distinctTeamColours, nextTeamColour, organiseTeamColours, unassignedAreas } from '../state/organise-model';
import { useBaseAdjacency } from '../use-base-adjacency';
import { edit, focusArea, setAssignLevel, setBrushTeam, setTool, type OrganiseTool } from '../state/organise-slice';

const selectOrganise = (s: AppState) => s.organise;

/** The map tool, the brush's team and the level a click assigns at. */
function ToolBar({ pkg }: { pkg: LoadedPackage }) {
  const services = useServices();
  const { t, language } = useI18n();
  const { tool, assignLevel } = useAppState(selectOrganise);
  const levels = useMemo(() => assignLevelsOf(pkg), [pkg]);
  const tools: [OrganiseTool, string][] = [
    ['pan', t('orgToolPan')],
    ['assign', t('orgToolAssign')],
    ['add-location', t('orgToolAddLocation')],
  ];
  return (
    <div className="organise-tools">
      <fieldset className="organise-tool-set">
        <legend>{t('orgTool')}</legend>
        {tools.map(([id, label]) => (
          <label key={id}>
            <input type="radio" name="organise-tool" checked={tool === id} onChange={() => services.store.update(inSlice('organise', setTool(id)))} data-testid={`organise-tool-${id}`} />
            {label}
          </label>
        ))}
      </fieldset>
      <label>
        {t('orgAssignLevel')}{' '}
        <select value={assignLevel} onChange={(e) => services.store.update(inSlice('organise', setAssignLevel(e.target.value)))} data-testid="organise-assign-level">
          {levels.map((level) => (
            <option key={level} value={level}>
              {levelLabel(language, level)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** One team: brush choice, colour, name, area count, delete. */
function TeamRow({ team, colour, areas }: { team: { id: string; name: string }; colour: string; areas: number }) {
  const services = useServices();
  const { t } = useI18n();
  const { brushTeam } = useAppState(selectOrganise);
  const change = (e: OrganisationEdit) => services.store.update(inSlice('organise', edit(e)));
  const [name, setName] = useState(team.name);
  const [shownFor, setShownFor] = useState(team.name);
  if (shownFor !== team.name) {
    setShownFor(team.name);
    setName(team.name);
  }
  return (
    <li className="organise-team" data-testid={`organise-team-${team.id}`}>
      <input type="radio" name="organise-brush" checked={brushTeam === team.id} onChange={() => services.store.update(inSlice('organise', setBrushTeam(team.id)))} aria-label={t('orgTeamBrush', { name: team.name })} data-testid={`organise-brush-${team.id}`} />
      <input type="color" value={colour} list="organise-palette" onChange={(e) => change(setTeamColour(team.id, e.target.value))} aria-label={t('orgTeamColour', { name: team.name })} />
      <input
        type="text"
        value={name}
        aria-label={t('orgTeamName')}
        onChange={(e) => setName(e.target.value)}
        onBlur={() => (name.trim() === '' ? setName(team.name) : change(renameTeam(team.id, name)))}
        onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
        data-testid={`organise-team-name-${team.id}`}
      />
      <span className="organise-count">{t('orgTeamAreas', { count: areas })}</span>
      <button type="button" onClick={() => change(deleteTeam(team.id))} aria-label={t('orgTeamDeleteLabel', { name: team.name })} title={t('orgTeamDeleteLabel', { name: team.name })} data-testid={`organise-team-delete-${team.id}`}>
        ✕
      </button>
    </li>
  );
}

/** The unassigned base areas: how many, and each by name (a click shows it on the map). */
function Unassigned({ pkg }: { pkg: LoadedPackage }) {
  const services = useServices();
  const { t } = useI18n();
  const { draft } = useAppState(selectOrganise);
  const all = useMemo(() => baseAreasOf(pkg), [pkg]);
  const left = useMemo(() => unassignedAreas(all, draft.territory), [all, draft.territory]);
  if (left.length === 0) return <p className="organise-ok" data-testid="organise-unassigned" data-count="0">{t('orgAllAssigned')}</p>;
  return (
    <details className="organise-unassigned" data-testid="organise-unassigned" data-count={left.length}>
      <summary>{t('orgUnassigned', { count: left.length })}</summary>
      <ul>
        {left.map((a) => (
          <li key={a.code}>
            <button type="button" className="link" onClick={() => services.store.update(inSlice('organise', focusArea(a.code)))} title={t('orgZoomTo', { name: a.name })}>
              {a.name}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Teams: create, rename, colour, delete, the brush and the areas left unassigned. */
export function TeamsSection({ pkg }: { pkg: LoadedPackage }) {
  const services = useServices();
  const { t } = useI18n();
  const { draft, brushTeam } = useAppState(selectOrganise);
  const [newName, setNewName] = useState('');
  const change = (e: OrganisationEdit) => services.store.update(inSlice('organise', edit(e)));
  const { codes, adjacency } = useBaseAdjacency(pkg);
  const colours = useMemo(() => organiseTeamColours(draft, codes, adjacency), [draft, codes, adjacency]);
  const counts = useMemo(() => {
    const n = new Map<string, number>();
    for (const team of draft.territory.values()) n.set(team, (n.get(team) ?? 0) + 1);
    return n;
  }, [draft.territory]);
  const clashes = useMemo(() => colourClashes(draft, codes, adjacency), [draft, codes, adjacency]);
  const add = () => {
    const name = newName.trim() || t('orgNewTeamDefault', { n: draft.teams.length + 1 });
    const before = new Set(draft.teams.map((team) => team.id));
    change(addTeam(name, nextTeamColour(draft.teams)));
    const added = services.store.getState().organise.draft.teams.find((team) => !before.has(team.id));
    if (added) services.store.update(inSlice('organise', (s) => setTool('assign')(setBrushTeam(added.id)(s))));
    setNewName('');
  };
  const spread = () => {
    const next = distinctTeamColours(draft, codes, adjacency);
    change((org) => ({ ...org, teams: org.teams.map((team) => ({ ...team, colour: next.get(team.id) ?? team.colour })) }));
  };
  return (
    <section className="organise-section" aria-labelledby="organise-teams-title">
      <h3 id="organise-teams-title">{t('orgTeams')}</h3>
      <ToolBar pkg={pkg} />
      <datalist id="organise-palette">
        {TEAM_PALETTE.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      {draft.teams.length === 0 && <p className="detail-note">{t('orgNoTeams')}</p>}
      <ul className="organise-teams" data-testid="organise-teams">
        {draft.teams.map((team) => (
          <TeamRow key={team.id} team={team} colour={colours.get(team.id)!} areas={counts.get(team.id) ?? 0} />
        ))}
        <li className="organise-team">
          <input type="radio" name="organise-brush" checked={brushTeam === null} onChange={() => services.store.update(inSlice('organise', setBrushTeam(null)))} data-testid="organise-brush-none" />
          <span>{t('orgBrushNone')}</span>
        </li>
      </ul>
      <form
        className="organise-add"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <input type="text" value={newName} onChange={(e) => setNewName(e.target.value)} placeholder={t('orgNewTeamName')} aria-label={t('orgNewTeamName')} data-testid="organise-new-team-name" />
        <button type="submit" data-testid="organise-add-team">
          {t('orgAddTeam')}
        </button>
      </form>
      {clashes.length > 0 && (
        <p className="organise-warning" role="note">
          {t('orgColourClash', { pairs: clashes.map(([a, b]) => `${a} – ${b}`).join(', ') })}{' '}
          <button type="button" onClick={spread} data-testid="organise-spread-colours">
            {t('orgDistinctColours')}
          </button>
        </p>
      )}
      <Unassigned pkg={pkg} />
    </section>
  );
}
