import { useEffect, useLayoutEffect, useState } from 'react';
import { useAppState, useServices } from '../../app/app-context';
import { inSlice, type AppState } from '../../app/app-state';
import { mapOf } from '../../map/camera-bridge';
import { hallScale } from './hall-layout';
import { holdMapTextScale } from './scale-map-text';
import { packageKeyOf } from './story-commands';
import { setStoryPackage } from './state/story-slice';

const selectPackage = (s: AppState) => s.pkg.current;

/**
 * While presenting, type scaled to the screen: `--hall-scale` on the document (title, legend, attribution,
 * end slide and hint are sized by it in presenter.css) and the map's labels by the same factor; followed when
 * the screen changes size, put back when the presentation ends. Returns the scale (1 when not presenting).
 */
export function useHallScale(presenting: boolean): number {
  const services = useServices();
  const [height, setHeight] = useState(() => window.innerHeight);
  useEffect(() => {
    if (!presenting) return;
    const onResize = () => setHeight(window.innerHeight);
    onResize();
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [presenting]);
  const scale = presenting ? hallScale(height) : 1;
  useLayoutEffect(() => {
    const root = document.documentElement;
    if (!presenting) return;
    root.style.setProperty('--hall-scale', String(scale));
    root.dataset.hallScale = String(scale);
    const map = mapOf(services.memory);
    const release = map ? holdMapTextScale(services.memory, map, scale) : () => undefined;
    return () => {
      release();
      root.style.removeProperty('--hall-scale');
      delete root.dataset.hallScale;
    };
  }, [presenting, scale, services]);
  return scale;
}

/** The story follows the open package: its views are listed and presented, those of other packages hidden. */
export function useStoryPackage(): void {
  const services = useServices();
  const pkg = useAppState(selectPackage);
  useLayoutEffect(() => {
    services.store.update(inSlice('story', setStoryPackage(pkg ? packageKeyOf(pkg) : null)));
  }, [pkg, services]);
}
