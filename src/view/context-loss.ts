// WebGL context loss and restore on the scene's canvas. On loss the scene stops drawing and the
// app shows a notice (onChange); on restore three's renderer re-initialises its GL state and
// forgets every buffer and program of the dead context, so each geometry and texture is uploaded
// again on the next render, and the materials here are told to rebuild their programs. Disposing
// the old geometries instead would ask the new context to delete buffers it never had (WebGL
// INVALID_OPERATION). dispose() removes the listeners.

import type { Material } from 'three';

export class ContextLossWatch {
  private lostNow = false;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly materials: readonly Material[],
    private readonly onChange: (lost: boolean) => void,
  ) {
    canvas.addEventListener('webglcontextlost', this.onLost, false);
    canvas.addEventListener('webglcontextrestored', this.onRestored, false);
  }

  get lost(): boolean {
    return this.lostNow;
  }

  dispose(): void {
    this.canvas.removeEventListener('webglcontextlost', this.onLost, false);
    this.canvas.removeEventListener('webglcontextrestored', this.onRestored, false);
  }

  private readonly onLost = (event: Event): void => {
    event.preventDefault(); // tells the browser we want the context back
    this.lostNow = true;
    this.onChange(true);
  };

  private readonly onRestored = (): void => {
    this.lostNow = false;
    for (const m of this.materials) m.needsUpdate = true;
    this.onChange(false);
  };
}
