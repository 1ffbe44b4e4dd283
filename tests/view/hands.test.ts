// Hands with a palm and fingers for every technique, built procedurally and cheap enough for a
// software renderer: each hand technique draws a palm per hand and a finger (or the palm) at
// every contact, within a triangle budget and in few draw calls (each costs a software renderer
// ~0.1 ms whatever its size).
import { Box3, Mesh, Vector3, type BufferGeometry, type MeshStandardMaterial } from 'three';
import { describe, expect, it } from 'vitest';
import { HEAD_SHAPES } from '../../src/model/geometry';
import { TECHNIQUE_IDS, TECHNIQUES } from '../../src/model/techniques';
import { ContactsView } from '../../src/view/contacts-view';
import { FIXED_COLORS } from '../../src/view/color-profiles';
import { scalpThicknessM } from '../../src/view/head-view';
import { LOW_DETAIL_GEOMETRY, handsCradle } from '../../src/view/hands-view';

const triangles = (g: BufferGeometry): number => (g.index ? g.index.count : g.getAttribute('position').count) / 3;

/** A software renderer pays per triangle (doc/implementation-notes.md, frame cost): the adult
 *  skull is ~7,600 triangles after simplification, and two gloved hands with their arrows
 *  (~6,300 for the vault hold) must not cost more than the skull does. */
const HANDS_TRIANGLE_BUDGET = 8_000;

describe('hands', () => {
  for (const id of TECHNIQUE_IDS.filter((t) => TECHNIQUES[t].contacts.some((c) => c.kind !== 'plate'))) {
    for (const subject of ['adult', 'rabbit'] as const) {
      // the rabbit's head is much smaller than a hand: only the fingertips and pads that touch it
      const cradled = handsCradle(Math.max(...HEAD_SHAPES[subject].semiAxesM));
      it(`${id} on the ${subject}: ${cradled ? 'a palm per hand and ' : ''}a pad at every contact, within ${HANDS_TRIANGLE_BUDGET} triangles`, () => {
        const contacts = TECHNIQUES[id].contacts;
        const view = new ContactsView(HEAD_SHAPES[subject], contacts, FIXED_COLORS, scalpThicknessM(subject));
        let tris = 0;
        let meshes = 0;
        view.group.traverse((o) => {
          if (o instanceof Mesh && o.visible) {
            tris += triangles(o.geometry);
            meshes++;
          }
        });
        // fingers are several segments and joints each, not one capsule per contact (a capsule is
        // ~200 triangles; a palm with five jointed fingers is thousands)
        const hands = new Set(contacts.map((c) => c.hand)).size;
        if (cradled) expect(tris).toBeGreaterThan(hands * 2000);
        // only what touches: a fingertip with two jointed segments (~340 triangles) or the heel of
        // a hand (~290) at each contact
        else expect(tris).toBeGreaterThan(contacts.length * 250);
        expect(tris).toBeLessThan(HANDS_TRIANGLE_BUDGET);
        // merged per moving part: at most a palm per hand, the glove at each contact and the
        // contact's arrow (shaft and head)
        expect(meshes).toBeLessThanOrEqual(hands + 3 * contacts.length);
        // every contact's sinking group holds the part that touches the scalp
        view.group.updateMatrixWorld(true);
        let pads = 0;
        view.group.traverse((o) => {
          if (o.children.length > 0 && o.parent && o.parent.parent === view.group && o.children.some((c) => c instanceof Mesh)) pads++;
        });
        expect(pads).toBeGreaterThanOrEqual(contacts.length);
        view.dispose();
      });
    }
  }
});

describe("a software renderer's low-detail gloves", () => {
  /** The visible glove meshes (by colour) below the view: their triangles and their box. */
  const gloves = (view: ContactsView) => {
    view.group.updateMatrixWorld(true);
    let tris = 0;
    const box = new Box3();
    const positions: number[] = [];
    view.group.traverseVisible((o) => {
      if (!(o instanceof Mesh) || (o.material as MeshStandardMaterial).color.getHex() !== FIXED_COLORS.glove) return;
      tris += triangles(o.geometry);
      box.expandByObject(o);
      positions.push(...(o.geometry.getAttribute('position').array as Float32Array));
    });
    return { tris, box, positions };
  };
  const id = 'vault-hold';

  it('draws the same gloves with fewer than half the triangles, and as built again', () => {
    const view = new ContactsView(HEAD_SHAPES.adult, TECHNIQUES[id].contacts, FIXED_COLORS, scalpThicknessM('adult'), true);
    const full = gloves(view);
    view.setLowDetail(true);
    const low = gloves(view);
    expect(low.tris).toBeLessThan(full.tris * 0.5);
    // the same hands in the same place: the box within 2 % of the hands' size (a coarser ball or
    // cylinder lies inside the round one, its corners on it)
    const size = full.box.getSize(new Vector3()).length();
    expect(low.box.min.distanceTo(full.box.min)).toBeLessThan(0.02 * size);
    expect(low.box.max.distanceTo(full.box.max)).toBeLessThan(0.02 * size);
    view.setLowDetail(false);
    expect(gloves(view).positions).toEqual(full.positions);
    view.dispose();
  });

  it('what moved while the other was shown is where it should be when switched back', () => {
    const moved = new ContactsView(HEAD_SHAPES.adult, TECHNIQUES[id].contacts, FIXED_COLORS, scalpThicknessM('adult'), true);
    const reference = new ContactsView(HEAD_SHAPES.adult, TECHNIQUES[id].contacts, FIXED_COLORS, scalpThicknessM('adult'), true);
    // the pads sink 2 mm while the low-detail gloves are shown, then the full ones come back
    moved.setLowDetail(true);
    moved.setPadSink(0.002);
    moved.setLowDetail(false);
    reference.setPadSink(0.002);
    expect(gloves(moved).positions).toEqual(gloves(reference).positions);
    moved.dispose();
    reference.dispose();
  });

  it("a GPU renderer's gloves have no low-detail twin", () => {
    const view = new ContactsView(HEAD_SHAPES.adult, TECHNIQUES[id].contacts, FIXED_COLORS, scalpThicknessM('adult'));
    const full = gloves(view);
    view.setLowDetail(true);
    expect(gloves(view).tris).toBe(full.tris);
    // none is built: no glove mesh carries one
    let twins = 0;
    view.group.traverse((o) => {
      if (o.userData[LOW_DETAIL_GEOMETRY]) twins++;
    });
    expect(twins).toBe(0);
    view.dispose();
  });
});
