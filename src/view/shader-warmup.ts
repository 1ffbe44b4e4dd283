// Starts compiling the scene's shader programs before the first skull arrives. A program's compile
// and link run in the GPU process; the main thread waits for them only when the first draw reads
// the program back (its uniforms). On a software renderer that wait was 200-300 ms of the first
// frame (bench/run.ts, firstFrameMs). Issued while the skull is still being built in its worker,
// the programs are ready by the time it is drawn: renderer.compile() with stand-in meshes, one
// per material, each on a one-triangle geometry carrying every attribute the real meshes have
// (the program depends on the material, the lights and which attributes exist, not on the
// vertices), compiled against the real scene so its lights count.

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
