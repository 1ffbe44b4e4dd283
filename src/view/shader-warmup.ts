// Starts compiling the scene's shader programs before the first skull arrives. A program's compile
// and link run in the GPU process; the main thread waits for them only when the first draw reads
// the program back (its uniforms; this WebGL has no parallel-compile extension to ask whether it
// is done). Issued as soon as the scene exists, while the skull is still being built in its
// worker, the link is done by the first draw: renderer.compile() with stand-in meshes, one per
// material, each on a one-triangle geometry carrying every attribute the real meshes have (the
// program depends on the material, the lights and which attributes exist, not on the vertices),
// compiled against the real scene so its lights count.
// What this does not shorten: on a software renderer (SwiftShader) the GPU process then spends
// 0.7-1.2 s finishing the first frame with the skull (a trace shows ContextVk::finishImpl inside
// the compositor's readPixels, on a 2-core machine), and the page waits for it. Drawing every
// stand-in once beforehand, into a 1 x 1 render target or into the canvas, did not shorten it
// (tried, first-frame mark unchanged), so it is not the programs' first use.

import { BufferAttribute, BufferGeometry, Group, Mesh, type Camera, type Material, type Scene, type WebGLRenderer } from 'three';

/** The attributes a head or hand mesh may carry (skull-mesh.ts has them all), itemSize each. */
const ATTRIBUTES = { position: 3, normal: 3, color: 3, aUnit: 3, aBone: 1 } as const;

/** Issues the compile of every material's program for `scene`'s lights; returns at once. */
export function warmUpPrograms(renderer: WebGLRenderer, scene: Scene, camera: Camera, materials: readonly Material[]): void {
  const triangle = new BufferGeometry();
  for (const [name, size] of Object.entries(ATTRIBUTES)) triangle.setAttribute(name, new BufferAttribute(new Float32Array(3 * size), size));
  const standIns = new Group();
  for (const m of materials) standIns.add(new Mesh(triangle, m));
  renderer.compile(standIns, camera, scene);
  triangle.dispose();
}
