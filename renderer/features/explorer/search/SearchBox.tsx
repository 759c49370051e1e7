import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useAppState, useI18n, useServices } from '../../../app/app-context';
import { levelLabel } from '../../../shared/i18n/i18n';
import { LABEL_ORDER } from '../../../map/layers/build-layer-groups';
import { buildSearchResultLayers } from '../../../map/layers/build-search-result-layers';
import { SOURCES } from '../../../map/layers/ids';
import { useMapController } from '../../../map/map-controller-context';
import { inSlice, type AppState } from '../../../app/app-state';
import { selectPackage } from '../state/selectors';
import { selectArea } from '../state/selection-slice';
import { teamColoursOf } from '../layers/overlay-data';
import { buildPlaceIndex, searchPlaces, type Place } from './search-places';

const selectShownLevel = (s: AppState) => s.mapData.view?.level ?? s.view.level;

/**
 * Search an area (any level) or a location by name and fly to it: an ARIA 1.2 combobox (a text input
 * with a list of results; ↑/↓ choose, Enter goes, Escape closes and then clears). An area of the shown
 * level is also selected (its detail panel and outline).
 */
export function SearchBox() {
  const services = useServices();
  const controller = useMapController();
  const { t, language } = useI18n();
  const pkg = useAppState(selectPackage);
  const shownLevel = useAppState(selectShownLevel);
  const index = useMemo(() => (pkg ? buildPlaceIndex(pkg) : null), [pkg]);
  const teamNames = useMemo(() => new Map((pkg?.teams ?? []).map((team) => [team.id, team.name] as const)), [pkg]);
  const colours = useMemo(() => (pkg ? teamColoursOf(pkg) : new Map<string, string>()), [pkg]);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [went, setWent] = useState('');
  /** The area picked last, outlined on the map until the search text changes. */
  const [outlined, setOutlined] = useState<Extract<Place, { kind: 'area' }> | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const listId = `${id}-list`;
  const results = useMemo(() => (index ? searchPlaces(index, query) : []), [index, query]);
  const expanded = open && query.trim() !== '';

  // A new package: nothing found yet.
  useEffect(() => {
    setQuery('');
    setOutlined(null);
  }, [pkg]);
  useEffect(() => {
    if (!controller) return;
    const features = outlined ? [{ type: 'Feature' as const, properties: { code: outlined.id, level: outlined.level }, geometry: outlined.geometry }] : [];
    controller.setOverlay(SOURCES.searchResult, { type: 'FeatureCollection', features }, buildSearchResultLayers());
    // A new layer lands on top: put the labels back above it.
    controller.orderLayerGroups([[...LABEL_ORDER].reverse()]);
  }, [controller, outlined]);

  if (!pkg) return null;

  const describe = (place: Place) =>
    place.kind === 'area' ? levelLabel(language, place.level) : `${t('searchCentre')}${place.team ? ` · ${teamNames.get(place.team) ?? place.team}` : ''}`;

  const go = (place: Place) => {
    if (controller) {
      if (place.kind === 'area') controller.fitBox(place.bbox);
      else controller.flyTo(place.position, 15);
    }
    if (place.kind === 'area' && place.level === shownLevel) services.store.update(inSlice('selection', selectArea(place.id)));
    setOutlined(place.kind === 'area' ? place : null);
    setQuery(place.name);
    setOpen(false);
    setActive(-1);
    setWent(t('searchWent', { name: `${place.name} (${describe(place)})` }));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!expanded) {
          setOpen(true);
          if (!e.altKey) setActive(results.length > 0 ? 0 : -1);
        } else if (results.length > 0) setActive((a) => (a + 1) % results.length);
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (!expanded) {
          setOpen(true);
          setActive(results.length - 1);
        } else if (results.length > 0) setActive((a) => (a <= 0 ? results.length - 1 : a - 1));
        break;
      case 'Enter': {
        const place = results[active >= 0 ? active : 0];
        if (expanded && place) {
          e.preventDefault();
          go(place);
        }
        break;
      }
      case 'Escape':
        e.preventDefault();
        if (expanded) setOpen(false);
        else {
          setQuery('');
          setOutlined(null);
        }
        setActive(-1);
        break;
      default:
    }
  };

  const status = !expanded ? went : results.length === 0 ? t('searchNoResults') : results.length === 1 ? t('searchOneResult') : t('searchResults', { count: results.length });

  return (
    <div className="search-box" role="search" aria-label={t('searchRegion')}>
      <label htmlFor={`${id}-input`} className="search-label">
        {t('searchLabel')}
      </label>
      <div className="search-field">
        <svg className="search-icon" viewBox="0 0 16 16" width="15" height="15" aria-hidden="true">
          <circle cx="6.5" cy="6.5" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path d="M10 10 L14.5 14.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        <input
          ref={input}
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded && active >= 0 && active < results.length ? `${id}-option-${active}` : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('searchPlaceholder')}
          data-testid="search-input"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOutlined(null);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => query.trim() !== '' && setOpen(true)}
          onBlur={() => setOpen(false)}
        />
        {query !== '' && (
          <button
            type="button"
            className="search-clear"
            aria-label={t('searchClear')}
            title={t('searchClear')}
            onClick={() => {
              setQuery('');
              setOutlined(null);
              setActive(-1);
              input.current?.focus();
            }}
          >
            <svg viewBox="0 0 12 12" width="11" height="11" aria-hidden="true">
              <path d="M2 2 L10 10 M10 2 L2 10" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
            </svg>
          </button>
        )}
      </div>
      <ul id={listId} role="listbox" aria-label={t('searchResultsLabel')} className="search-results" hidden={!expanded || results.length === 0}>
        {results.map((place, i) => (
          <li
            key={`${place.kind}-${place.kind === 'area' ? place.level : ''}-${place.id}`}
            id={`${id}-option-${i}`}
            role="option"
            aria-selected={i === active}
            className={`search-option${i === active ? ' active' : ''}`}
            data-testid="search-option"
            data-kind={place.kind}
            data-id={place.id}
            // Keep the focus in the input: the click picks the option.
            onMouseDown={(e) => e.preventDefault()}
            onMouseMove={() => setActive(i)}
            onClick={() => go(place)}
          >
            {place.kind === 'centre' ? (
              <span className="search-marker centre" style={{ background: colours.get(place.team ?? '') ?? '#52606d' }} aria-hidden="true" />
            ) : (
              <span className="search-marker area" aria-hidden="true" />
            )}
            <span className="search-name">{place.name}</span>
            <span className="search-kind">{describe(place)}</span>
          </li>
        ))}
      </ul>
      <div className="search-status" role="status" aria-live="polite">
        {status}
      </div>
    </div>
  );
}
