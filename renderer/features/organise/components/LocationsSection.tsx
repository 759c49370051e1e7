import { useMemo, useState } from 'react';
import { packageText, type Centre, type LoadedPackage } from '../../../../data/package';
import { useAppState, useI18n, useServices } from '../../../app/app-context';
import { inSlice, type AppState } from '../../../app/app-state';
import { formatNumber } from '../../../shared/i18n/i18n';
import { deleteCentre, renameCentre, setCentreTeam, type OrganisationEdit } from '../state/organise-edits';
import { centresOutside, outlineOf } from '../state/organise-model';
import { edit, setTool } from '../state/organise-slice';

const selectOrganise = (s: AppState) => s.organise;

/** One location: name, team, position, delete. */
function LocationRow({ centre }: { centre: Centre }) {
  const services = useServices();
  const { t, language } = useI18n();
  const { draft } = useAppState(selectOrganise);
  const change = (e: OrganisationEdit) => services.store.update(inSlice('organise', edit(e)));
  const [name, setName] = useState(centre.name);
  const [shownFor, setShownFor] = useState(centre.name);
  if (shownFor !== centre.name) {
    setShownFor(centre.name);
    setName(centre.name);
  }
  return (
    <li className="organise-location" data-testid={`organise-location-${centre.id}`}>
      <input
        type="text"
        value={name}
        aria-label={t('orgLocationName')}
        onChange={(e) => setName(e.target.value)}
        onBlur={() => (name.trim() === '' ? setName(centre.name) : change(renameCentre(centre.id, name)))}
        onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
      />
      <select value={centre.teamId ?? ''} onChange={(e) => change(setCentreTeam(centre.id, e.target.value === '' ? null : e.target.value))} aria-label={t('orgLocationTeam', { name: centre.name })} data-testid={`organise-location-team-${centre.id}`}>
        <option value="">{t('orgLocationNoTeam')}</option>
        {draft.teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
      </select>
      <span className="organise-coords">
        {formatNumber(language, centre.lat, 5)}, {formatNumber(language, centre.lon, 5)}
      </span>
      <button type="button" onClick={() => change(deleteCentre(centre.id))} aria-label={t('orgLocationDelete', { name: centre.name })} title={t('orgLocationDelete', { name: centre.name })}>
        ✕
      </button>
    </li>
  );
}

/** Locations: add by clicking on the map (the tool), drag to move, rename, team, delete; those outside the municipality are named. */
export function LocationsSection({ pkg }: { pkg: LoadedPackage }) {
  const services = useServices();
  const { t, language } = useI18n();
  const { draft, tool } = useAppState(selectOrganise);
  const outline = useMemo(() => outlineOf(pkg), [pkg]);
  const outside = useMemo(() => centresOutside(draft.centres, outline), [draft.centres, outline]);
  const municipality = pkg.descriptor.municipality?.name ?? packageText(pkg.descriptor, language);
  return (
    <section className="organise-section" aria-labelledby="organise-locations-title">
      <h3 id="organise-locations-title">{t('orgLocations')}</h3>
      <p>
        <button type="button" aria-pressed={tool === 'add-location'} onClick={() => services.store.update(inSlice('organise', setTool(tool === 'add-location' ? 'pan' : 'add-location')))} data-testid="organise-add-location">
          {t('orgToolAddLocation')}
        </button>{' '}
        <span className="detail-note">{t('orgLocationHint')}</span>
      </p>
      {draft.centres.length === 0 && <p className="detail-note">{t('orgNoLocations')}</p>}
      <ul className="organise-locations" data-testid="organise-locations">
        {draft.centres.map((c) => (
          <LocationRow key={c.id} centre={c} />
        ))}
      </ul>
      {outside.map((c) => (
        <p key={c.id} className="organise-warning" role="note" data-testid="organise-location-outside">
          {t('orgLocationOutside', { name: c.name, municipality })}
        </p>
      ))}
    </section>
  );
}
