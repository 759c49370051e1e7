import { useEffect, useMemo, useRef, useState } from 'react';
import type { GeographyIndexEntry } from '../../../data/geography';
import { useI18n, useServices } from '../../app/app-context';
import { formatNumber } from '../../shared/i18n/i18n';
import { builtInIndex } from './built-in-geography';
import { openMunicipality } from './open-municipality';
import { withBusy } from '../../shared/ui';
import { searchMunicipalities } from './search-municipalities';
import { closeMunicipalityNames } from '../../../data/geography';
import './municipality.css';

/**
 * *Nieuwe gemeente…*: search the built-in municipalities of Flanders and Brussels by name or NIS code and
 * open one as a package with its real geography and 2024 population (no teams yet).
 */
export function NewMunicipalityDialog({ open, onClose }: { readonly open: boolean; readonly onClose: () => void }) {
  const { t, language } = useI18n();
  const services = useServices();
  const dialog = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const index = useMemo(builtInIndex, []);
  const matches = useMemo(() => searchMunicipalities(index.municipalities, query, 12), [index, query]);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  useEffect(() => setActive(0), [query]);
  const choose = (entry: GeographyIndexEntry | undefined) => {
    if (!entry) return;
    onClose();
    setQuery('');
    // The dialog closes at once; the button that opened it is busy while the municipality opens.
    void withBusy(services.store, 'open-municipality', () => openMunicipality(services, entry));
  };
  const onKey = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((a) => Math.min(a + 1, matches.length - 1));
    else if (event.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (event.key === 'Enter') choose(matches[active]);
    else return;
    event.preventDefault();
  };
  return (
    <dialog ref={dialog} className="municipality-dialog" aria-labelledby="municipality-title" onClose={onClose} data-testid="municipality-dialog">
      <h2 id="municipality-title">{t('municipalityTitle')}</h2>
      <p className="municipality-intro">{t('municipalityIntro', { count: index.municipalities.length })}</p>
      <input
        type="text"
        role="combobox"
        aria-expanded="true"
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={onKey}
        placeholder={t('municipalitySearch')}
        aria-label={t('municipalitySearch')}
        aria-controls="municipality-options"
        aria-activedescendant={matches[active] ? `municipality-${matches[active].nis}` : undefined}
        autoFocus
        data-testid="municipality-search"
      />
      <ul id="municipality-options" role="listbox" className="municipality-options" aria-label={t('municipalityTitle')}>
        {matches.map((m, i) => (
          <li key={m.nis} id={`municipality-${m.nis}`} role="option" aria-selected={i === active} className={i === active ? 'active' : undefined} onMouseEnter={() => setActive(i)} onClick={() => choose(m)} data-testid="municipality-option" data-nis={m.nis}>
            <span className="municipality-name">{m.name}</span>
            <span className="municipality-meta">
              {t('municipalityMeta', { nis: m.nis, province: m.province ?? m.region, population: formatNumber(language, m.population), sectors: m.sectors, wijken: m.wijken })}
            </span>
          </li>
        ))}
        {matches.length === 0 && (
          <li className="municipality-none" role="presentation">
            {t('municipalityNone', { query })}
            {closeMunicipalityNames(index.municipalities, query, 3).map((label) => (
              // The label reads "Kortrijk (34022)": choosing it searches for the NIS code, which is exact.
              <button key={label} type="button" className="link" onClick={() => setQuery(/\((\d{5})\)$/.exec(label)?.[1] ?? label)} data-testid="municipality-close">
                {label}
              </button>
            ))}
          </li>
        )}
      </ul>
      <p className="municipality-source">{t('municipalitySource')}</p>
      <button type="button" onClick={onClose}>
        {t('close')}
      </button>
    </dialog>
  );
}
