// @vitest-environment jsdom
import { act, createElement as h, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialNoticesState, type NoticesState } from '../../../../renderer/shared/problems/notices-slice';
import { createStore } from '../../../../renderer/shared/store/store';
import { ProblemBoundary } from '../../../../renderer/shared/ui/ProblemBoundary';

// React wants to know it runs inside act() in a test environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
let fail = true;

/** A part that throws while drawing, as the planner did with 1e308 FTE (an uncaught RangeError). */
function Fragile(): ReactNode {
  if (fail) throw new RangeError('Invalid array length');
  return h('p', { 'data-testid': 'fragile' }, 'drawn');
}

function draw(store: ReturnType<typeof createStore<{ notices: NoticesState }>>, resetKey: string) {
  act(() =>
    root.render(
      h('div', null, [
        h('p', { key: 'map', 'data-testid': 'sibling' }, 'map and other panels'),
        h(ProblemBoundary, { key: 'b', store, code: 'panel-failed', params: { panel: 'Planner' }, message: 'Dit paneel liep vast.', retryLabel: 'Opnieuw proberen', resetKey, children: h(Fragile) }),
      ]),
    ),
  );
}

describe('ProblemBoundary (a panel that throws while drawing)', () => {
  beforeEach(() => {
    fail = true;
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
    vi.restoreAllMocks();
  });

  it('keeps the rest of the app, says so in its place and reports one panel-failed notice without the error text', () => {
    const store = createStore({ notices: initialNoticesState });
    draw(store, 'kortrijk');
    expect(container.querySelector('[data-testid="sibling"]')?.textContent).toBe('map and other panels');
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Dit paneel liep vast.');
    expect(container.textContent).not.toContain('Invalid array length');
    const notices = store.getState().notices.items;
    expect(notices.map((n) => [n.code, n.params.panel])).toEqual([['panel-failed', 'Planner']]);
  });

  it('draws the part again on Opnieuw proberen once it can', () => {
    const store = createStore({ notices: initialNoticesState });
    draw(store, 'kortrijk');
    fail = false;
    act(() => (container.querySelector('[role="alert"] button') as HTMLButtonElement).click());
    expect(container.querySelector('[data-testid="fragile"]')?.textContent).toBe('drawn');
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });

  it('draws the part afresh when its reset key changes (another package opened)', () => {
    const store = createStore({ notices: initialNoticesState });
    draw(store, 'kortrijk');
    fail = false;
    draw(store, 'demostad');
    expect(container.querySelector('[data-testid="fragile"]')).not.toBeNull();
  });
});
