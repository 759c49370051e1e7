import { useMemo } from 'react';
import { DEFAULT_PROFILES } from '../../../../data/organisation';
import { DEFAULT_ANALYSIS_ROLES, type LoadedPackage } from '../../../../data/package';
import { useAppState, useI18n, useServices } from '../../../app/app-context';
import { inSlice, type AppState } from '../../../app/app-state';
import { MESSAGES } from '../../../shared/i18n/messages';
import { setRole, type RoleKey } from '../state/organise-edits';
import { effectiveRole, profilesOf, ROLE_KEYS } from '../state/organise-model';
import { edit } from '../state/organise-slice';

const selectOrganise = (s: AppState) => s.organise;
/** The value of the role's select that means "follow the default". */
const DEFAULT_CHOICE = '__default__';

/**
 * Which of the package's indicators counts as residents, persons in need, known clients and open dossiers,
 * and which FTE profile as social workers: each with one sentence on what it unlocks; one not set says
 * which results stay empty (the rest works without it).
 */
export function RolesSection({ pkg }: { pkg: LoadedPackage }) {
  const services = useServices();
  const { t, language } = useI18n();
  const { draft } = useAppState(selectOrganise);
  const words = MESSAGES[language];
  const counts = useMemo(() => pkg.definitions.filter((d) => d.kind === 'count'), [pkg]);
  const profiles = useMemo(() => profilesOf(draft, DEFAULT_PROFILES), [draft]);
  const labelOf = (key: RoleKey, id: string) => (key === 'socialWorkerProfile' ? (words.orgProfiles[id] ?? id) : ((language === 'nl' ? counts.find((d) => d.id === id)?.labelNl : counts.find((d) => d.id === id)?.labelEn) ?? id));
  const choose = (key: RoleKey, value: string) => services.store.update(inSlice('organise', edit(setRole(key, value === DEFAULT_CHOICE ? null : value))));
  return (
    <section className="organise-section" aria-labelledby="organise-roles-title">
      <h3 id="organise-roles-title">{t('orgRoles')}</h3>
      <p className="detail-note">{t('orgRolesHint')}</p>
      <dl className="organise-roles" data-testid="organise-roles">
        {ROLE_KEYS.map((key) => {
          const set = draft.roles[key];
          const value = effectiveRole(pkg, draft, key);
          const options = key === 'socialWorkerProfile' ? profiles : counts.map((d) => d.id);
          const fallback = DEFAULT_ANALYSIS_ROLES[key];
          const fallbackHere = key === 'socialWorkerProfile' || counts.some((d) => d.id === fallback);
          const choice = set === undefined || set === '' ? DEFAULT_CHOICE : set;
          return (
            <div key={key} className="organise-role" data-testid={`organise-role-${key}`} data-value={value ?? ''}>
              <dt>
                <label htmlFor={`organise-role-${key}`}>{words.orgRole[key]}</label>
              </dt>
              <dd>
                <select id={`organise-role-${key}`} value={choice} onChange={(e) => choose(key, e.target.value)}>
                  <option value={DEFAULT_CHOICE}>{fallbackHere ? t('orgRoleDefault', { value: labelOf(key, fallback) }) : t('orgRoleNotSet')}</option>
                  {options.map((id) => (
                    <option key={id} value={id}>
                      {labelOf(key, id)}
                    </option>
                  ))}
                </select>
                <p className="organise-role-unlocks">{words.orgRoleUnlocks[key]}</p>
                {value === null && (
                  <p className="organise-warning" role="note">
                    {t('orgRoleMissing', { what: words.orgRoleOutputs[key] ?? key })}
                  </p>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
