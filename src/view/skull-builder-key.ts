// Where the page finds the skull mesher after importing the skull worker's file as a module
// (skull-worker-start.ts loadSkullBuilder): a bundled worker keeps no exports (Vite builds worker
// entries without their export signatures), so the module leaves the function under this
// registry symbol instead. Symbol.for, so the worker's bundle and the page agree on it.
export const SKULL_BUILDER = Symbol.for('craniolab.buildSkullArrays');
