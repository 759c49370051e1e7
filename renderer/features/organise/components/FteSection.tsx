import { useMemo, useState } from 'react';
import { DEFAULT_PROFILES } from '../../../../data/organisation';
import type { LoadedPackage } from '../../../../data/package';
import { useAppState, useI18n, useServices } from '../../../app/app-context';
import { inSlice, type AppState } from '../../../app/app-state';
import { formatNumber, LOCALE } from '../../../shared/i18n/i18n';
import { MESSAGES } from '../../../shared/i18n/messages';
import { reportProblem } from '../../../shared/problems';
import { setFte } from '../state/organise-edits';
import { ftePeriodsOf, parseFteInput, profilesOf } from '../state/organise-model';
import { edit, setFtePeriod } from '../state/organise-slice';

const selectOrganise = (s: AppState) => s.organise;

/** One editable FTE value: committed on blur or Enter; a refused value is reported and the box shows the old value again. */
function FteCell({ teamId, teamName, profile, profileLabel, period, value }: { teamId: string; teamName: string; profile: string; profileLabel: string; period: number; value: number | null }) {
  const services = useServices();
  const { t, language } = useI18n();
  const shown = value === null ? '' : new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: 3, useGrouping: false }).format(value);
  const [text, setText] = useState(shown);
  const [shownFor, setShownFor] = useState(shown);
  if (shownFor !== shown) {
    setShownFor(shown);
    setText(shown);
  }
  const commit = () => {
    if (text === shown) return;
    const parsed = parseFteInput(text);
    if (!parsed.ok) {
      reportProblem(services.store, 'organise-fte-refused', undefined, { params: { value: text, team: teamName, profile: profileLabel, period, reason: parsed.reason } });
      setText(shown);
      return;
    }
    services.store.update(inSlice('organise', edit(setFte(teamId, profile, period, parsed.value))));
  };
  return (
    <td>
      <input
        type="text"
        inputMode="decimal"
        className="organise-fte-input"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
        aria-label={t('orgFteCell', { profile: profileLabel, team: teamName, period })}
        data-testid={`organise-fte-${teamId}-${profile}`}
      />
    </td>
  );
}

/** FTE per team and profile for one period, in an editable table (totals per team). */
export function FteSection({ pkg }: { pkg: LoadedPackage }) {
  const services = useServices();
  const { t, language } = useI18n();
  const { draft, ftePeriod } = useAppState(selectOrganise);
  const periods = useMemo(() => ftePeriodsOf(pkg, draft), [pkg, draft]);
  const [otherPeriod, setOtherPeriod] = useState('');
  const period = ftePeriod ?? periods[0]!;
  const profiles = useMemo(() => profilesOf(draft, DEFAULT_PROFILES), [draft]);
  const labels = MESSAGES[language].orgProfiles;
  const labelOf = (p: string) => labels[p] ?? p;
  const fteOf = (team: string, profile: string) => draft.fte.find((f) => f.teamId === team && f.profile === profile && f.period === period)?.fte ?? null;
  return (
    <section className="organise-section" aria-labelledby="organise-fte-title">
      <h3 id="organise-fte-title">{t('orgFte')}</h3>
      <p className="detail-note">{t('orgFteHint')}</p>
      <div className="organise-fte-period">
        <label>
          {t('orgFtePeriod')}{' '}
          <select value={period} onChange={(e) => services.store.update(inSlice('organise', setFtePeriod(Number(e.target.value))))} data-testid="organise-fte-period">
            {[...new Set([...periods, period])].map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('orgFteNewPeriod')}{' '}
          <input
            type="number"
            min={1990}
            max={2100}
            value={otherPeriod}
            onChange={(e) => setOtherPeriod(e.target.value)}
            onBlur={() => {
              const p = Number(otherPeriod);
              if (Number.isInteger(p) && p >= 1990 && p <= 2100) services.store.update(inSlice('organise', setFtePeriod(p)));
              setOtherPeriod('');
            }}
          />
        </label>
      </div>
      {draft.teams.length === 0 ? (
        <p className="detail-note">{t('orgNoTeams')}</p>
      ) : (
        <div className="organise-fte-scroll">
          <table className="organise-fte" data-testid="organise-fte-table">
            <thead>
              <tr>
                <th scope="col">{t('plannerTeam')}</th>
                {profiles.map((p) => (
                  <th key={p} scope="col">
                    {labelOf(p)}
                  </th>
                ))}
                <th scope="col">{t('orgFteTotal')}</th>
              </tr>
            </thead>
            <tbody>
              {draft.teams.map((team) => (
                <tr key={team.id}>
                  <th scope="row">{team.name}</th>
                  {profiles.map((p) => (
                    <FteCell key={p} teamId={team.id} teamName={team.name} profile={p} profileLabel={labelOf(p)} period={period} value={fteOf(team.id, p)} />
                  ))}
                  <td className="organise-fte-total">{formatNumber(language, profiles.reduce((sum, p) => sum + (fteOf(team.id, p) ?? 0), 0), 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
