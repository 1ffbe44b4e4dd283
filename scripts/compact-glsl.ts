// Two vite plugins (vite.config.ts) that ship less three.js and shader text, and the GLSL
// compaction they share.
//
// threeFromSource: three.js is bundled from its own sources (`three/src/Three.js`) instead of the
// prebuilt `three.module.js` + `three.core.js`. Each prebuilt file is one module whose top-level
// prototype assignments (`KeyframeTrack.prototype.ValueTypeName = ''`, ...) count as side
// effects, so the bundler kept the animation tracks, interpolants, property bindings and loaders
// that the scene never uses; from the sources (three's package.json marks every file outside
// src/nodes free of side effects) whole unused modules go. What the prebuilt files have and the
// sources lack, three's own build step that strips the comments and blank lines from its GLSL,
// is done here by `compactGlsl`.
//
// compactShaderFiles: our own shaders (shaders/*.glsl, imported `?raw`) ship compacted the same
// way; their comments stay in the repository.
//
// `compactGlsl` changes white space and comments only, and more carefully than three's build
// (which deletes a trailing `// comment` together with its line break): a line comment becomes
// nothing and a block comment one space (what a GLSL compiler sees them as), indentation and
// trailing white space go, blank lines go, and every other line break stays, so each
// preprocessor directive keeps its own line. tests/compact-glsl.test.ts checks it against the
// shader text three ships prebuilt.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { threeSourcePath } from './three-build.ts';

/** GLSL without comments, indentation, trailing white space and blank lines. */
export function compactGlsl(glsl: string): string {
  return glsl
    .replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (comment) => (comment.startsWith('/*') ? ' ' : ''))
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** A shader literal in three's sources: tagged `/* glsl *\/`, with no backslash, `$` or backtick
 *  inside (so no escapes and no `${}`: its text is the shader's text). Others are left alone. */
export const GLSL_LITERAL = /\/\* glsl \*\/`([^`\\$]*)`/g;

/** The module's text with each plain shader literal compacted. */
export function compactGlslLiterals(code: string): string {
  return code.replace(GLSL_LITERAL, (_whole, body: string) => `/* glsl */\`${compactGlsl(body)}\``);
}


export function threeFromSource(): Plugin {
  return {
    name: 'craniolab:three-from-source',
    enforce: 'pre',
    config: () => ({ resolve: { alias: [{ find: /^three$/, replacement: 'three/src/Three.js' }] } }),
    transform(code, id) {
      if (threeSourcePath(id) === null || !code.includes('/* glsl */')) return null;
      return { code: compactGlslLiterals(code), map: null };
    },
  };
}

const OUR_SHADER = /^(.*[\\/]shaders[\\/][^\\/]+\.glsl)\?raw$/;

export function compactShaderFiles(): Plugin {
  return {
    name: 'craniolab:compact-shader-files',
    enforce: 'pre',
    load(id) {
      const file = OUR_SHADER.exec(id)?.[1];
      if (!file) return null;
      this.addWatchFile(file);
      return { code: `export default ${JSON.stringify(compactGlsl(readFileSync(file, 'utf8')))};`, map: null };
    },
  };
}
