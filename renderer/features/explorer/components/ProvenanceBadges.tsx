import { useAppState, useI18n } from '../../../app/app-context';
import { selectPackage } from '../state/selectors';

/** Always-visible badges saying when data is fictional, synthetic, approximate or assumed. */
export function ProvenanceBadges() {
  const { t } = useI18n();
  const pkg = useAppState(selectPackage);
  if (!pkg) return null;
  const { provenance } = pkg;
  const list = (names: readonly string[]) => names.join(', ');
  return (
    <div className="badges" data-testid="provenance-badges">
      {provenance.fictional && (
        <span className="badge badge-fictional" title={t('badgeFictionalTitle')} data-testid="badge-fictional">
          {t('badgeFictional')}
        </span>
      )}
      {provenance.synthetic.length > 0 && (
        <span className="badge badge-synthetic" title={t('badgeSyntheticTitle', { resources: list(provenance.synthetic) })} data-testid="badge-synthetic">
          {t('badgeSynthetic')}
        </span>
      )}
      {provenance.approximate.length > 0 && (
        <span className="badge badge-approximate" title={t('badgeApproximateTitle', { resources: list(provenance.approximate) })} data-testid="badge-approximate">
          {t('badgeApproximate')}
        </span>
      )}
      {provenance.assumed.length > 0 && (
        <span className="badge badge-assumed" title={t('badgeAssumedTitle', { resources: list(provenance.assumed) })} data-testid="badge-assumed">
          {t('badgeAssumed')}
        </span>
      )}
    </div>
  );
}
