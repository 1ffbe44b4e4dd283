// Hands rest on the scalp, not on the bone, and the fingertip pads sink into it by the depth the
// scene is given (the model's scalp compression times the stated sink exaggeration).
import { Box3, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { HEAD_SHAPES } from '../../src/model/geometry';
import { TECHNIQUES } from '../../src/model/techniques';
import { ContactsView } from '../../src/view/contacts-view';
import { FIXED_COLORS } from '../../src/view/color-profiles';

/** The contact group's lowest point along +x (the right-hand fingertips of a vault hold). */
function innermostX(view: ContactsView): number {
  view.group.updateMatrixWorld(true);
  const box = new Box3();
  let minX = Infinity;
  // what is drawn (the arrows are hidden until a force is set)
  view.group.traverseVisible((o) => {
    if (!('geometry' in o)) return;
    // the right hand's parts: their boxes lie right of the midline (a merged part's origin is
    // the head's, so its position says nothing)
    box.setFromObject(o);
    if (box.getCenter(new Vector3()).x > 0) minX = Math.min(minX, box.min.x);
  });
  return minX;
}

describe('fingertips on the scalp', () => {
  const shape = HEAD_SHAPES.adult;
  const contacts = TECHNIQUES['vault-hold'].contacts;
  const scalpM = 0.0055; // the adult's scalpThickness

  it('rest on the scalp, one scalp thickness out from where they touched the bone', () => {
    const bare = new ContactsView(shape, contacts, FIXED_COLORS, 0);
    const onScalp = new ContactsView(shape, contacts, FIXED_COLORS, scalpM);
    // the right hand's pads moved outward (+x) by about the scalp thickness
    expect(innermostX(onScalp) - innermostX(bare)).toBeGreaterThan(0.5 * scalpM);
    bare.dispose();
    onScalp.dispose();
  });

  it('sink inward by the shown depth, and a bad depth leaves them resting', () => {
    const view = new ContactsView(shape, contacts, FIXED_COLORS, scalpM);
    const rest = innermostX(view);
    view.setPadSink(0.002);
    // 2 mm shown sink: the right pads move toward the head by most of it (their normals are
    // mostly along -x on the side of the head)
    expect(rest - innermostX(view)).toBeGreaterThan(0.001);
    view.setPadSink(Number.NaN);
    expect(innermostX(view)).toBeCloseTo(rest, 9);
    view.dispose();
  });
});
