import { describe, expect, it } from 'vitest';
import { readPackage } from '../../../../../data/package/read-package';
import { createMemorySource } from '../../../../../data/package/sources/memory-source';
import { inSlice, initialAppState } from '../../../../../renderer/app/app-state';
import { initialPackageState, loadingStopped, packageOpened, packageRejected, setReportOpen, startLoading } from '../../../../../renderer/app/package-slice';
import { createStore } from '../../../../../renderer/shared/store/store';
import { setHovered, togglePin } from '../../../../../renderer/features/explorer/state/selection-slice';
import { toggleLanguage } from '../../../../../renderer/app/ui-slice';
import { initialViewState, setClassification, setIndicator, setLevel, setMeasure, viewForPackage } from '../../../../../renderer/features/explorer/state/view-slice';
import { initialSelectionState } from '../../../../../renderer/features/explorer/state/selection-slice';
import { demoFiles } from '../../../../helpers/package-copies';

const demo = async () => (await readPackage(createMemorySource('demo', demoFiles()))).pkg!;

describe('package slice', () => {
  it('keeps the open package when the next one is rejected, and shows why', async () => {
    const pkg = await demo();
    let s = packageOpened(pkg)(startLoading('demo')(initialPackageState));
    expect(s).toMatchObject({ current: pkg, loading: null });
    s = packageRejected('broken', [{ severity: 'error', code: 'descriptor-missing', file: 'x' }])(startLoading('broken')(s));
    expect(s.current).toBe(pkg);
    expect(s.report).toMatchObject({ label: 'broken', blocking: true, open: true });
    expect(setReportOpen(false)(s).report!.open).toBe(false);
    expect(loadingStopped(startLoading('x')(s))).toMatchObject({ current: pkg, loading: null });
  });
  it('keeps an unread rejection visible when the demo opens after it', async () => {
    const pkg = await demo();
    const rejected = packageRejected('startup', [{ severity: 'error', code: 'descriptor-missing', file: 'x' }])(initialPackageState);
    expect(packageOpened(pkg)(rejected).report?.label).toBe('startup');
  });
});

describe('view slice', () => {
  it('picks wijk level, the poverty indicator and the latest period for a new package', async () => {
    const pkg = await demo();
    expect(viewForPackage(pkg)(initialViewState)).toMatchObject({ level: 'wijk', indicator: 'est_poverty_persons', period: 2024, changeFrom: 2022, measure: 'rate' });
  });
  it('keeps a choice the new package also has', async () => {
    const pkg = await demo();
    expect(viewForPackage(pkg)(setLevel('sector')({ ...initialViewState, period: 2023 }))).toMatchObject({ level: 'sector', period: 2023 });
  });
});

describe('store and ui slice', () => {
  it('notifies only on change and lifts slice updaters', () => {
    const store = createStore(initialAppState);
    let calls = 0;
    store.subscribe(() => calls++);
    store.update(inSlice('selection', setHovered(null))); // unchanged: no notification
    store.update(inSlice('ui', toggleLanguage));
    expect(store.getState().ui.language).toBe('en');
    expect(calls).toBe(1);
  });
});

describe('view and selection updaters', () => {
  it('the staffing map switches to team territories; another measure on an indicator goes back to a rate', async () => {
    const staffing = setMeasure('staffing')({ ...initialViewState, level: 'wijk' });
    expect(staffing.level).toBe('team');
    expect(setIndicator('leefloon_persons')(staffing).measure).toBe('rate');
    expect(setLevel('wijk')(staffing).measure).toBe('rate');
  });
  it('keeps classes within 3–9', () => {
    expect(setClassification({ classes: 12 })(initialViewState).classification.classes).toBe(9);
    expect(setClassification({ classes: 1 })(initialViewState).classification.classes).toBe(3);
  });
  it('pins at most two areas and unpins a pinned one', () => {
    let s = initialSelectionState;
    for (const code of ['a', 'b', 'c']) s = togglePin(code)(s);
    expect(s.pinned).toEqual(['b', 'c']);
    expect(togglePin('b')(s).pinned).toEqual(['c']);
  });
});
