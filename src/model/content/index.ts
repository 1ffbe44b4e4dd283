// Evidence content for the views (sources, detector thresholds, reference scales, reliability
// studies, the Downey 2006 record): pure data and small pure helpers, re-exported in one place.
export * from './sources';
export * from './detectors';
export * from './reference-scales';
export * from './reliability';
