// The build replaces three.js's texture module with a stand-in that uploads only a 2D data texture
// (scripts/three-modules-in-use.ts). The one texture the scene draws with is three's own DFG
// lookup table for MeshStandardMaterial (three/src/renderers/shaders/DFGLUTData.js: 16x16 texels,
// two half floats each, linear filtering, clamped). This records every texture upload the page
// makes through WebGL 2 and checks that the table arrives whole, as three's own module sends it:
// immutable storage of the sized format, then the data, and no GL error.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectClean, launchBrowser, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Wraps WebGL 2's texture calls before the page's scripts run; each call is kept as its name and
 *  arguments (typed arrays as plain arrays) in window.__texCalls. */
function recordTextureCalls(): void {
  const calls: { name: string; args: unknown[] }[] = [];
  (window as unknown as { __texCalls: typeof calls }).__texCalls = calls;
  const proto = WebGL2RenderingContext.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  for (const name of ['texImage2D', 'texStorage2D', 'texSubImage2D', 'texParameteri', 'texImage3D', 'texStorage3D', 'compressedTexImage2D']) {
    const original = proto[name]!;
    proto[name] = function (this: unknown, ...args: unknown[]) {
      calls.push({ name, args: args.map((a) => (ArrayBuffer.isView(a) ? Array.from(a as Uint16Array) : a)) });
      return original.apply(this, args);
    };
  }
}

describe("three's DFG lookup table, uploaded by the build's texture stand-in", () => {
  it('arrives whole: 16x16 RG16F storage, its 512 half floats, linear and clamped, without a GL error', async () => {
    const app = await openApp(browser, '?ea=1', { initScript: `(${recordTextureCalls.toString()})();` });
    try {
      const r = await app.page.evaluate(() => {
        const canvas = document.querySelector('#scene canvas') as HTMLCanvasElement;
        const gl = canvas.getContext('webgl2')!;
        const calls = (window as unknown as { __texCalls: { name: string; args: unknown[] }[] }).__texCalls;
        return {
          calls,
          error: gl.getError(),
          gl: { TEXTURE_2D: gl.TEXTURE_2D, RG16F: gl.RG16F, RG: gl.RG, HALF_FLOAT: gl.HALF_FLOAT, LINEAR: gl.LINEAR, CLAMP_TO_EDGE: gl.CLAMP_TO_EDGE, MIN: gl.TEXTURE_MIN_FILTER, MAG: gl.TEXTURE_MAG_FILTER, WRAP_S: gl.TEXTURE_WRAP_S, WRAP_T: gl.TEXTURE_WRAP_T },
        };
      });
      const { gl } = r;
      expect(r.error).toBe(0);
      // nothing but the one table: no image, 3D, array or compressed texture. (three's WebGLState
      // makes 1x1 placeholders at start, bound where a draw has no texture: texImage2D/3D of 1x1.)
      const placeholders = r.calls.flatMap((c, i) => (c.name === 'texImage2D' || c.name === 'texImage3D' ? [i] : []));
      for (const i of placeholders) expect(r.calls[i]!.args.slice(3, 5), `call ${i}`).toEqual([1, 1]);
      expect(r.calls.filter((c) => !['texImage2D', 'texImage3D', 'texStorage2D', 'texSubImage2D', 'texParameteri'].includes(c.name))).toEqual([]);
      expect(r.calls.filter((c) => c.name === 'texStorage2D').map((c) => c.args)).toEqual([[gl.TEXTURE_2D, 1, gl.RG16F, 16, 16]]);
      const data = r.calls.filter((c) => c.name === 'texSubImage2D');
      expect(data).toHaveLength(1);
      const [target, level, x, y, w, h, format, type, texels] = data[0]!.args as [number, number, number, number, number, number, number, number, number[]];
      expect([target, level, x, y, w, h, format, type]).toEqual([gl.TEXTURE_2D, 0, 0, 0, 16, 16, gl.RG, gl.HALF_FLOAT]);
      // 16 x 16 texels of (scale, bias); the first texel and the last as three's table has them
      expect(texels).toHaveLength(512);
      expect(texels.slice(0, 2)).toEqual([0x30b5, 0x3ad1]);
      expect(texels.slice(-2)).toEqual([0x3586, 0x049f]);
      // the table's parameters: set after the placeholders' own, before its storage
      const storage = r.calls.findIndex((c) => c.name === 'texStorage2D');
      expect(storage).toBeGreaterThan(Math.max(...placeholders));
      const params = new Map(
        r.calls
          .slice(Math.max(...placeholders) + 1, storage)
          .filter((c) => c.name === 'texParameteri')
          .map((c) => [c.args[1] as number, c.args[2] as number]),
      );
      expect(params.get(gl.MIN)).toBe(gl.LINEAR);
      expect(params.get(gl.MAG)).toBe(gl.LINEAR);
      expect(params.get(gl.WRAP_S)).toBe(gl.CLAMP_TO_EDGE);
      expect(params.get(gl.WRAP_T)).toBe(gl.CLAMP_TO_EDGE);
      expectClean(app);
    } finally {
      await app.close();
    }
  });
});
