// `?ea` (non-public QA option): exposes a small read-mostly handle on `window.__craniolab` for the
// browser tests and the benchmark (tests/e2e/hardening-*.test.ts, bench/run.ts). Without `?ea`
// nothing is exposed. It holds only what those tests cannot observe from the DOM:
//   store          the app store (zustand vanilla; read state, or setState as a control would)
//   sim            the sim store (latest model frame)
//   step(s)        advance the model by s seconds of model time now (the soak test runs 10
//                  minutes of lecture time in about a minute this way)
//   renderInfo()   three.js resource counts: { geometries, textures, programs, calls, triangles },
//                  or null without WebGL (the soak test asserts these stay flat)
//   contextLost()  whether the WebGL context is currently lost
//   renderNow()    run the app's own animation-frame callback now (model tick, scene update and
//                  render, readouts), so a test can draw many states without waiting for vsync;
//                  it draws even when the frame pacer would skip the frame
//   pinResolution(scale)  fix the 3-D scenes' drawing-buffer resolution (1 = full, 0.5 = half in
//                  each direction; the app's scene and the rabbit replay's, including one made
//                  later) instead of adapting it to the renderer's speed; null adapts again (the
//                  screenshot comparison in tests/e2e/scene-quality.test.ts, scripts/screenshots.ts)
// Defined non-writable and non-enumerable, so page scripts cannot swap it unnoticed.

import type { AppStore, SimStore } from '../state/store';
import type { WebGLRenderer } from 'three';

export interface RenderInfo {
  geometries: number;
  textures: number;
  programs: number;
  calls: number;
  triangles: number;
}

export interface QaHandle {
  readonly store: AppStore;
  readonly sim: SimStore;
  step(modelSeconds: number): void;
  renderInfo(): RenderInfo | null;
  contextLost(): boolean;
  renderNow(): void;
  pinResolution(scale: number | null): void;
}

export interface QaDeps {
  store: AppStore;
  sim: SimStore;
  stepModel(seconds: number): void;
  /** the current renderer (null without WebGL) and whether its context is lost */
  renderer(): WebGLRenderer | null;
  contextLost(): boolean;
  /** the app's frame callback, drawing the scene whatever the frame pacer says */
  frame(nowMs: number): void;
  /** SkullScene.pinAllResolutions (nothing without WebGL) */
  pinResolution(scale: number | null): void;
}

declare global {
  interface Window {
    __craniolab?: QaHandle;
  }
}

export function exposeQaHooks(deps: QaDeps): QaHandle {
  const handle: QaHandle = {
    store: deps.store,
    sim: deps.sim,
    step: (s) => {
      if (typeof s === 'number' && s > 0 && Number.isFinite(s)) deps.stepModel(s);
    },
    renderInfo: () => {
      const r = deps.renderer();
      if (!r) return null;
      const { memory, render, programs } = r.info;
      return {
        geometries: memory.geometries,
        textures: memory.textures,
        programs: programs?.length ?? 0,
        calls: render.calls,
        triangles: render.triangles,
      };
    },
    contextLost: deps.contextLost,
    renderNow: () => deps.frame(performance.now()),
    pinResolution: (scale) => deps.pinResolution(typeof scale === 'number' && Number.isFinite(scale) ? scale : null),
  };
  Object.defineProperty(window, '__craniolab', { value: Object.freeze(handle), writable: false, enumerable: false, configurable: false });
  return handle;
}
