// Many small meshes of one material, each moving on its own (a hand's fingertip pads sink, each
// contact rides its bone, arrows stretch with the force), drawn as one mesh. A software renderer
// pays ~0.2 ms per draw call however small the mesh (doc/implementation-notes.md, frame cost):
// a vault hold's gloves and arrows were 18 draw calls, now 4. The source meshes stay where they
// are in the scene graph, hidden, so everything that places them keeps working; update() copies
// their vertices, as placed now, into the merged mesh (in the root's frame), and only when a
// part moved or changed.

import { BufferAttribute, BufferGeometry, DynamicDrawUsage, Matrix3, Matrix4, Mesh, type Material, type Object3D } from 'three';

interface Part {
  source: Mesh;
  /** first vertex of this part in the merged arrays */
  start: number;
  count: number;
  /** the part's placement relative to the root when last copied (NaN: never) */
  placed: Matrix4;
  /** the source geometry's position attribute version when last copied */
  version: number;
}

export class MergedParts {
  readonly mesh: Mesh;
  private readonly parts: Part[] = [];
  private readonly positions: BufferAttribute;
  private readonly normals: BufferAttribute;
  private readonly rel = new Matrix4();
  private readonly normalMatrix = new Matrix3();

  /** Merges `sources` (meshes below `root`, indexed or not) into one mesh added to `root`;
   *  `geometryOf` gives the geometry drawn for each (its own, or a coarser twin of the same
   *  shape: contacts-view.ts's low-detail gloves). */
  constructor(
    private readonly root: Object3D,
    sources: readonly Mesh[],
    material: Material,
    private readonly geometryOf: (source: Mesh) => BufferGeometry = (source) => source.geometry,
  ) {
    let vertices = 0;
    let indices = 0;
    for (const s of sources) {
      const g = geometryOf(s);
      const n = g.getAttribute('position').count;
      this.parts.push({ source: s, start: vertices, count: n, placed: new Matrix4().set(Number.NaN, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), version: -1 });
      vertices += n;
      indices += g.index ? g.index.count : n;
    }
    const index = vertices > 65535 ? new Uint32Array(indices) : new Uint16Array(indices);
    let k = 0;
    for (const p of this.parts) {
      const idx = this.geometryOf(p.source).index;
      if (idx) for (let i = 0; i < idx.count; i++) index[k++] = p.start + idx.getX(i);
      else for (let i = 0; i < p.count; i++) index[k++] = p.start + i;
      p.source.visible = false;
    }
    const g = new BufferGeometry();
    this.positions = new BufferAttribute(new Float32Array(3 * vertices), 3).setUsage(DynamicDrawUsage);
    this.normals = new BufferAttribute(new Float32Array(3 * vertices), 3).setUsage(DynamicDrawUsage);
    g.setAttribute('position', this.positions);
    g.setAttribute('normal', this.normals);
    g.setIndex(new BufferAttribute(index, 1));
    this.mesh = new Mesh(g, material);
    root.add(this.mesh);
    this.update();
  }

  /** Copies every part that moved, changed or was shown or hidden since the last call. */
  update(): void {
    let changed = false;
    for (const p of this.parts) {
      const shown = this.placement(p.source, this.rel);
      if (!shown) this.rel.makeScale(0, 0, 0);
      const pos = this.geometryOf(p.source).getAttribute('position') as BufferAttribute;
      if (p.version === pos.version && p.placed.equals(this.rel)) continue;
      p.placed.copy(this.rel);
      p.version = pos.version;
      this.copy(p);
      changed = true;
    }
    if (!changed) return;
    this.positions.needsUpdate = true;
    this.normals.needsUpdate = true;
    // the sphere for culling now; the box when someone asks (three computes a missing one)
    this.mesh.geometry.computeBoundingSphere();
    this.mesh.geometry.boundingBox = null;
  }

  dispose(): void {
    this.mesh.geometry.dispose();
    this.mesh.removeFromParent();
  }

  /** The source's matrix relative to the root into `out`; false when it or a group between is
   *  hidden (its vertices then collapse to a point: nothing is drawn). */
  private placement(source: Mesh, out: Matrix4): boolean {
    source.updateMatrix();
    out.copy(source.matrix);
    let shown = true;
    for (let o = source.parent; o && o !== this.root; o = o.parent) {
      if (!o.visible) shown = false;
      o.updateMatrix();
      out.premultiply(o.matrix);
    }
    return shown;
  }

  private copy(p: Part): void {
    const src = this.geometryOf(p.source);
    const pos = src.getAttribute('position');
    const nor = src.getAttribute('normal');
    const e = p.placed.elements;
    this.normalMatrix.getNormalMatrix(p.placed);
    const m = this.normalMatrix.elements;
    const out = this.positions.array as Float32Array;
    const outN = this.normals.array as Float32Array;
    for (let i = 0; i < p.count; i++) {
      const x = pos.getX(i);
      const y = pos.getY(i);
      const z = pos.getZ(i);
      const o = 3 * (p.start + i);
      out[o] = e[0] * x + e[4] * y + e[8] * z + e[12];
      out[o + 1] = e[1] * x + e[5] * y + e[9] * z + e[13];
      out[o + 2] = e[2] * x + e[6] * y + e[10] * z + e[14];
      const nx = nor.getX(i);
      const ny = nor.getY(i);
      const nz = nor.getZ(i);
      const a = m[0] * nx + m[3] * ny + m[6] * nz;
      const b = m[1] * nx + m[4] * ny + m[7] * nz;
      const c = m[2] * nx + m[5] * ny + m[8] * nz;
      const l = Math.sqrt(a * a + b * b + c * c) || 1;
      outN[o] = a / l;
      outN[o + 1] = b / l;
      outN[o + 2] = c / l;
    }
  }
}
