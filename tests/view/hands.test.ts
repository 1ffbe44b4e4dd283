// Hands with a palm and fingers for every technique, built procedurally and cheap enough for a
// software renderer: each hand technique draws a palm per hand and a finger (or the palm) at
// every contact, within a triangle budget and in few draw calls (each costs a software renderer
// ~0.1 ms whatever its size).
import { Mesh, type BufferGeometry } from 'three';
import { describe, expect, it } from 'vitest';
import { HEAD_SHAPES } from '../../src/model/geometry';
import { TECHNIQUE_IDS, TECHNIQUES } from '../../src/model/techniques';
import { ContactsView } from '../../src/view/contacts-view';
import { FIXED_COLORS } from '../../src/view/color-profiles';
import { scalpThicknessM } from '../../src/view/head-view';
import { handsCradle } from '../../src/view/hands-view';

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
