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
// the compositor's readPixels, on a 2-core machine), and the page waits for it, after the
// first-frame mark (the mark is set when the frame is issued). Most of it is SwiftShader's code
// generation for each program at its first draw into the canvas: a new program's first draw
// took 150-250 ms more than its second, and a first draw into a 1 x 1 render target did not
// spare the canvas's (measured with a probe page drawing the skull's geometry). A one-triangle
// draw into the hidden canvas, flushed without waiting, did spare it when the page then stayed
// idle; in the app the page is not idle then (the model builds, the panel mounts; then, the skull
// was meshed on the other core), and the first frame's task was no shorter (tried). What helps is
// fewer programs in the first frame: the closed skull's base plate is drawn only where the
// skull is open (head-view.ts), so the default view needs 3.
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
