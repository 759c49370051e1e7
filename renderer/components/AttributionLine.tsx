import { useAppState } from '../app/app-context';
import { selectPackage } from '../state/selectors';

/** The attribution line over the map, built from the package's sources and licences. */
export function AttributionLine() {
  const pkg = useAppState(selectPackage);
  if (!pkg) return null;
  const { sources, licenses } = pkg.provenance;
  return (
    <div className="attribution" data-testid="attribution">
      {sources.join(' · ')}
      {licenses.length > 0 && <span className="licences"> ({licenses.join('; ')})</span>}
      <span> · MapLibre</span>
    </div>
  );
}
