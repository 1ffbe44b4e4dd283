// The skulls meshed at build time (scripts/skull-meshes.ts): the URL of each subject's packed
// skull (src/view/skull-pack.ts); a data: URL in the single-file build, which has no second file.
declare module 'virtual:craniolab/skull-packs' {
  import type { SubjectId } from '../model/types';
  export const SKULL_PACK_URLS: Partial<Record<SubjectId, string>>;
}
