// What the skull worker (skull-worker.ts) runs, as one module: the mesher (skull-arrays.ts) and
// the low-detail index a software renderer draws (skull-low-detail.ts). The page gets the same
// functions from the worker's own file where no worker starts (skull-worker-start.ts), and the
// single-file build imports this module directly (vite.config.ts).
export { buildSkullArrays } from './skull-arrays';
export { lowDetailIndex } from './skull-low-detail';
