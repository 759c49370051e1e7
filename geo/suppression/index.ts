/**
 * Statistical disclosure control: primary and secondary suppression of small counts and its exact audit.
 * The public face of geo/suppression/: import from here, not from the files inside.
 */
export * from './find-disclosed-hidden-sums';
export * from './find-linearly-determined-cells';
export * from './find-recoverable-cells';
export * from './index-additive-groups';
export * from './suppress-hierarchy';
export * from './suppress-small-counts';
