// Where the page finds the skull's builders after importing the skull worker's file as a module
// (skull-worker-start.ts loadSkullBuilders): a bundled worker keeps no exports (Vite builds worker
// entries without their export signatures), so the module leaves them (skull-builders.ts) under
// this registry symbol instead. Symbol.for, so the worker's bundle and the page agree on it.
export const SKULL_BUILDERS = Symbol.for('craniolab.skullBuilders');
