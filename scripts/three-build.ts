// What the three.js build plugins (compact-glsl.ts, three-shaders-in-use.ts,
// three-modules-in-use.ts) share: which files are three's sources, and the words that name a part
// left out of the build. The note has no apostrophe or other character outside GLSL ES's
// character set: it is written into shader text (inside branches that are skipped).

/** A module of three.js's own sources; group 1 is its path below three/src. */
const THREE_SOURCE = /[\\/]node_modules[\\/]three[\\/]src[\\/](.*\.js)$/;

/** A module id's path below three/src with forward slashes ('renderers/webxr/WebXRManager.js'),
 *  or null when it is not one of three's sources. */
export function threeSourcePath(id: string): string | null {
  return THREE_SOURCE.exec(id)?.[1]?.replace(/\\/g, '/') ?? null;
}

/** How a left-out part of three.js names itself (in a GLSL #error or a thrown Error). */
export const LEFT_OUT = 'is not in this build of three.js';
