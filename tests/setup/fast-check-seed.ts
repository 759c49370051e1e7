import fc from 'fast-check';

/**
 * Property tests explore new random inputs on every local run (that is how they found the suppression and
 * equal-interval bugs). In CI (`CI=true`) they use one fixed seed, so a red CI always means a change broke
 * something, never that a new random input was drawn; set FAST_CHECK_SEED to replay a failure.
 */
const seed = process.env.FAST_CHECK_SEED ? Number(process.env.FAST_CHECK_SEED) : process.env.CI ? 20261122 : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });
