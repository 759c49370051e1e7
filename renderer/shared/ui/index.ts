export { BUSY_DELAY_MS, busyEnded, busyShown, busyStarted, initialBusyState, untilState, withBusy, type BusyEntry, type BusyState, type StoreWithBusy } from './busy';
export { BusyMark, useBusy } from './BusyMark';
export { PanelBoundary } from './PanelBoundary';
export { ProblemBoundary } from './ProblemBoundary';
