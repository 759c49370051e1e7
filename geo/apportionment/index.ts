/**
 * FTE apportionment: weighted capitation targets and bounded divisor / largest-remainder methods.
 * The public face of geo/apportionment/: import from here, not from the files inside.
 */
export * from './apportion-fte';
export * from './apportion-highest-averages';
export * from './apportion-largest-remainders';
export * from './check-bounded-apportionment';
export * from './choose-fte-step';
export * from './compute-weighted-capitation';
export * from './scale-to-integers';
