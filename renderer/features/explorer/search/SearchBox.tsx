import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { LoadedPackage } from '../../../../data/package';
import { DEFAULT_ENGINE_SETTINGS } from '../../../../geo/analysis';
import { useAppState, useI18n, useServices } from '../../../app/app-context';
import { levelLabel, type Translate } from '../../../shared/i18n/i18n';
import { labelDrawingOrder } from '../../../map/layers/build-layer-groups';
import { buildSearchResultLayers } from '../../../map/layers/build-search-result-layers';
import { SOURCES } from '../../../map/layers/ids';
import { useMapController } from '../../../map/map-controller-context';
import type { AppState } from '../../../app/app-state';
import { selectPackage } from '../state/selectors';
import { teamColoursOf } from '../layers/overlay-data';
import { buildPlaceIndex, searchPlaces, type Place } from './search-places';
import { openSearchedArea, packageExtent, searchResultFeatures, searchTargetOf, walkingRadius, type SearchTarget } from './search-target';

const selectTravelModes = (s: AppState) => s.analysis.run?.settings.travelModes ?? DEFAULT_ENGINE_SETTINGS.travelModes;

/** The place picked last, outlined and named on the map (the name above every label), until the search text changes. */
function useSearchResultLayers(controller: ReturnType<typeof useMapController>, target: SearchTarget | null): void {
  useEffect(() => {
    if (!controller) return;
    controller.setOverlay(SOURCES.searchResult, searchResultFeatures(target), buildSearchResultLayers());
    // A new layer lands on top: put the labels back above it, the search result's name first.
    controller.orderLayerGroups(labelDrawingOrder());
  }, [controller, target]);
}

/** The combobox's state: whether the list is open, the active option, and the keys that move in it. */
function useCombobox(query: string, results: readonly Place[]) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const expanded = open && query.trim() !== '';
  /** ↑/↓ open the list and move in it, Enter goes to the active place, Escape closes and then clears. */
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>, go: (place: Place) => void, clear: () => void) => {
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
        else clear();
        setActive(-1);
        break;
      default:
    }
  };
  return { setOpen, active, setActive, expanded, onKeyDown };
}

/** The result list: each place with its marker (a centre in its team's colour) and its kind. */
function SearchResults(props: { id: string; results: readonly Place[]; active: number; expanded: boolean; colours: ReadonlyMap<string, string>; describe: (place: Place) => string; onActive: (i: number) => void; onGo: (place: Place) => void }) {
  const { id, results, active, expanded, colours, describe, onActive, onGo } = props;
  const { t } = useI18n();
  return (
    <ul id={`${id}-list`} role="listbox" aria-label={t('searchResultsLabel')} className="search-results" hidden={!expanded || results.length === 0}>
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
          data-level={place.kind === 'area' ? place.level : undefined}
          // Keep the focus in the input: the click picks the option.
          onMouseDown={(e) => e.preventDefault()}
          onMouseMove={() => onActive(i)}
          onClick={() => onGo(place)}
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
  );
}

/** The magnifier in the search field. */
function SearchIcon() {
  return (
    <svg className="search-icon" viewBox="0 0 16 16" width="15" height="15" aria-hidden="true">
      <circle cx="6.5" cy="6.5" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M10 10 L14.5 14.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}

/** The button that clears the search text. */
function ClearButton({ onClear }: { onClear: () => void }) {
  const { t } = useI18n();
  return (
    <button type="button" className="search-clear" aria-label={t('searchClear')} title={t('searchClear')} onClick={onClear}>
      <svg viewBox="0 0 12 12" width="11" height="11" aria-hidden="true">
        <path d="M2 2 L10 10 M10 2 L2 10" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
    </button>
  );
}

/** The combobox's text field (its list is `SearchResults`, its active option `${id}-option-${active}`). */
function SearchInput(props: {
  id: string;
  inputRef: RefObject<HTMLInputElement | null>;
  query: string;
  expanded: boolean;
  active: number;
  count: number;
  onText: (text: string) => void;
  onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
  onOpen: (open: boolean) => void;
}) {
  const { id, query, expanded, active, count } = props;
  const { t } = useI18n();
  return (
    <input
      ref={props.inputRef}
      id={`${id}-input`}
      type="text"
      role="combobox"
      aria-expanded={expanded}
      aria-controls={`${id}-list`}
      aria-autocomplete="list"
      aria-activedescendant={expanded && active >= 0 && active < count ? `${id}-option-${active}` : undefined}
      autoComplete="off"
      spellCheck={false}
      placeholder={t('searchPlaceholder')}
      data-testid="search-input"
      value={query}
      onChange={(e) => props.onText(e.target.value)}
      onKeyDown={props.onKeyDown}
      onFocus={() => query.trim() !== '' && props.onOpen(true)}
      onBlur={() => props.onOpen(false)}
    />
  );
}

/** "Geen resultaten", "1 resultaat", "5 resultaten": said while the list is open. */
const resultsText = (t: Translate, count: number) => (count === 0 ? t('searchNoResults') : count === 1 ? t('searchOneResult') : t('searchResults', { count }));

/** The places of a package to search in, their team colours, and how a place is described ("Wijk", "Locatie · team"). */
function usePlaces(pkg: LoadedPackage | null) {
  const { t, language } = useI18n();
  const index = useMemo(() => (pkg ? buildPlaceIndex(pkg) : null), [pkg]);
  const teamNames = useMemo(() => new Map((pkg?.teams ?? []).map((team) => [team.id, team.name] as const)), [pkg]);
  const colours = useMemo(() => (pkg ? teamColoursOf(pkg) : new Map<string, string>()), [pkg]);
  const extent = useMemo(() => (pkg ? packageExtent(pkg) : null), [pkg]);
  const describe = (place: Place) =>
    place.kind === 'area' ? levelLabel(language, place.level) : `${t('searchCentre')}${place.team ? ` · ${teamNames.get(place.team) ?? place.team}` : ''}`;
  return { index, colours, describe, teamNames, extent };
}

/** *Hele gemeente*: the map fits the whole package again. */
function WholeMunicipalityButton({ onWhole }: { onWhole: () => void }) {
  const { t } = useI18n();
  return (
    <button type="button" className="search-whole" data-testid="search-whole" title={t('searchWholeMunicipalityTitle')} onClick={onWhole}>
      {t('searchWholeMunicipality')}
    </button>
  );
}

/**
 * Search an area (any level) or a location by name and go to it: an ARIA 1.2 combobox (a text input
 * with a list of results; ↑/↓ choose, Enter goes, Escape closes and then clears). An area fits the map to
 * its bounds, is outlined and named on the map and its factsheet opens (at its own level); a location fits
 * its walking radius and is named with its team. *Hele gemeente* fits the whole package.
 */
export function SearchBox() {
  const services = useServices();
  const controller = useMapController();
  const { t } = useI18n();
  const pkg = useAppState(selectPackage);
  const travelModes = useAppState(selectTravelModes);
  const { index, colours, describe, teamNames, extent } = usePlaces(pkg);
  const [query, setQuery] = useState('');
  const [went, setWent] = useState('');
  const [target, setTarget] = useState<SearchTarget | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const results = useMemo(() => (index ? searchPlaces(index, query) : []), [index, query]);
  const box = useCombobox(query, results);
  const go = (place: Place) => {
    const next = searchTargetOf(place, { teamName: (team) => teamNames.get(team) ?? null, radius: walkingRadius(travelModes) });
    controller?.fitBox(next.box);
    if (next.open) services.store.update(openSearchedArea(next.open.level, next.open.code));
    setTarget(next);
    setQuery(place.name);
    box.setOpen(false);
    box.setActive(-1);
    setWent(t('searchWent', { name: `${place.name} (${describe(place)})` }));
  };
  const clear = () => {
    setQuery('');
    setTarget(null);
  };
  const whole = () => {
    if (controller && extent) controller.fitBox(extent);
    clear();
    box.setOpen(false);
    setWent(t('searchWentWhole'));
  };

  // A new package: nothing found yet.
  useEffect(() => {
    setQuery('');
    setTarget(null);
  }, [pkg]);
  useSearchResultLayers(controller, target);

  if (!pkg) return null;
  const { expanded, active } = box;
  const onText = (text: string) => {
    setQuery(text);
    setTarget(null);
    box.setOpen(true);
    box.setActive(-1);
  };
  return (
    <div className="search-box" role="search" aria-label={t('searchRegion')}>
      <label htmlFor={`${id}-input`} className="search-label">
        {t('searchLabel')}
      </label>
      <div className="search-row">
        <div className="search-field">
          <SearchIcon />
          <SearchInput id={id} inputRef={input} query={query} expanded={expanded} active={active} count={results.length} onText={onText} onKeyDown={(e) => box.onKeyDown(e, go, clear)} onOpen={box.setOpen} />
          {query !== '' && (
            <ClearButton
              onClear={() => {
                clear();
                box.setActive(-1);
                input.current?.focus();
              }}
            />
          )}
        </div>
        <WholeMunicipalityButton onWhole={whole} />
      </div>
      <SearchResults id={id} results={results} active={active} expanded={expanded} colours={colours} describe={describe} onActive={box.setActive} onGo={go} />
      <div className="search-status" role="status" aria-live="polite">
        {expanded ? resultsText(t, results.length) : went}
      </div>
    </div>
  );
}
