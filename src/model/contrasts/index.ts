// The three contrasts as pure model helpers (no DOM): the Force finder, the resting-ICP spectrum
// with its rhythm peaks, the Downey 2006 replay and
// study (13 simulated rabbits and the study's ANOVA) and the Scale comparison. The views in
// src/ui/tabs/ call these and only format what they return.
export * from './fft';
export * from './spectrum';
export * from './force-finder';
export * from './downey-protocol';
export * from './downey-study';
export * from './downey-replay';
export * from './anova';
export * from './scale';
