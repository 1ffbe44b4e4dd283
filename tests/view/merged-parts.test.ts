// Merged drawing of moving parts (src/view/merged-parts.ts): the one mesh drawn must show every
// part exactly where the hidden source mesh would have been drawn, follow it when it moves or its
// vertices change, and show nothing of a part whose group is hidden.
import { BoxGeometry, Group, Mesh, MeshStandardMaterial, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { HEAD_SHAPES } from '../../src/model/geometry';
import { TECHNIQUES } from '../../src/model/techniques';
import { ContactsView } from '../../src/view/contacts-view';
import { FIXED_COLORS } from '../../src/view/color-profiles';
import { MergedParts } from '../../src/view/merged-parts';

/** Vertex i of the merged mesh, in the root's frame. */
const mergedVertex = (m: MergedParts, i: number) => new Vector3().fromBufferAttribute(m.mesh.geometry.getAttribute('position'), i);

/** Vertex i of a source mesh, placed as the scene graph places it, in the root's frame. */
function placedVertex(root: Group, source: Mesh, i: number): Vector3 {
  root.updateMatrixWorld(true);
  const v = new Vector3().fromBufferAttribute(source.geometry.getAttribute('position'), i).applyMatrix4(source.matrixWorld);
  return root.worldToLocal(v);
}

describe('MergedParts', () => {
  const material = new MeshStandardMaterial();
  const root = new Group();
  const arm = new Group();
  arm.position.set(1, 2, 3);
  arm.rotation.set(0.3, -0.7, 0.2);
  root.add(arm);
  const a = new Mesh(new BoxGeometry(1, 2, 3), material);
  a.position.set(0.5, 0, 0);
  arm.add(a);
  const b = new Mesh(new BoxGeometry(0.2, 0.2, 0.2), material);
  b.scale.set(2, 1, 1);
  root.add(b);
  const merged = new MergedParts(root, [a, b], material);
  const nA = a.geometry.getAttribute('position').count;

  it('draws one mesh in place of the hidden sources, with every vertex where the source put it', () => {
    expect(a.visible || b.visible).toBe(false);
    expect(merged.mesh.visible).toBe(true);
    expect(merged.mesh.parent).toBe(root);
    for (const i of [0, 5, nA - 1]) expect(mergedVertex(merged, i).distanceTo(placedVertex(root, a, i))).toBeLessThan(1e-6);
    expect(mergedVertex(merged, nA + 3).distanceTo(placedVertex(root, b, 3))).toBeLessThan(1e-6);
  });

  it('follows a part that moves, and one whose vertices change', () => {
    arm.position.x += 0.25;
    const pos = b.geometry.getAttribute('position');
    pos.setY(2, pos.getY(2) + 1);
    pos.needsUpdate = true;
    merged.update();
    expect(mergedVertex(merged, 7).distanceTo(placedVertex(root, a, 7))).toBeLessThan(1e-6);
    expect(mergedVertex(merged, nA + 2).distanceTo(placedVertex(root, b, 2))).toBeLessThan(1e-6);
  });

  it('shows nothing of a part whose group is hidden, and brings it back when shown', () => {
    arm.visible = false;
    merged.update();
    // all of the part's vertices at one point: no triangle has any area
    const p0 = mergedVertex(merged, 0);
    for (let i = 1; i < nA; i++) expect(mergedVertex(merged, i).distanceTo(p0)).toBe(0);
    arm.visible = true;
    merged.update();
    expect(mergedVertex(merged, 4).distanceTo(placedVertex(root, a, 4))).toBeLessThan(1e-6);
  });
});

describe('contacts drawn with few draw calls', () => {
  it('a vault hold (8 fingertips, 2 hands) is 4 meshes: a glove and an arrow mesh per hand', () => {
    const view = new ContactsView(HEAD_SHAPES.adult, TECHNIQUES['vault-hold'].contacts, FIXED_COLORS, 0.0055);
    view.setForce(0.049);
    let drawn = 0;
    view.group.traverseVisible((o) => {
      if (o instanceof Mesh) drawn++;
    });
    // each draw call costs a software renderer ~0.2 ms; 18 separate meshes before merging
    expect(drawn).toBe(4);
    view.dispose();
  });
});
