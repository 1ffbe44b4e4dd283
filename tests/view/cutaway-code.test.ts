// The ventricles' code is a chunk of its own (src/view/ventricles.ts), loaded when the cutaway
// first opens: until it arrives the head says `pending` (the scene is aria-busy meanwhile), then
// adds the ventricles, shown, and calls back so the scene draws again. A file of its own so the
// code is not yet loaded when it starts (head-view.test.ts covers the head once it is).
import { Mesh } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { SUBJECT_IDS } from '../../src/model/subjects';
import { HeadView, loadCutawayCode } from '../../src/view/head-view';
import { createHeadMaterials } from '../../src/view/materials';
import { createHeadUniforms } from '../../src/view/uniforms';
import { buildSkullArrays } from '../../src/view/skull-arrays';
import { storeSkullArrays } from '../../src/view/skull-cache';

beforeAll(() => {
  for (const s of SUBJECT_IDS) storeSkullArrays(s, buildSkullArrays(s));
});

describe('cutaway code', () => {
  it('is pending until the ventricles arrive, then adds them shown; a head disposed meanwhile gets none', async () => {
    const u = createHeadUniforms();
    const mats = createHeadMaterials(u);
    const ventriclesOf = (h: HeadView) => h.group.children.filter((o): o is Mesh => o instanceof Mesh && o.material === mats.ventricle);
    let later = 0;
    const head = new HeadView('adult', mats, u, () => later++);
    const gone = new HeadView('child', mats, u, () => later++);
    head.setCutaway(true);
    gone.setCutaway(true);
    // the rest of the interior is there at once; the ventricles are not
    expect(head.pending).toBe(true);
    expect(ventriclesOf(head)).toHaveLength(0);
    expect(head.group.children.some((o) => o instanceof Mesh && o.material === mats.brain)).toBe(true);
    gone.dispose();
    expect(await loadCutawayCode()).not.toBeNull();
    // the ventricles: one merged geometry (both lateral ventricles, the third and the fourth)
    expect(ventriclesOf(head)).toHaveLength(1);
    expect(ventriclesOf(head).every((m) => m.visible)).toBe(true);
    expect(head.pending).toBe(false);
    expect(later).toBe(1);
    expect(gone.group.children).toHaveLength(0);
    // once loaded, a new head's cutaway is whole at once
    const next = new HeadView('infant', mats, u, () => later++);
    next.setCutaway(true);
    expect(next.pending).toBe(false);
    expect(ventriclesOf(next)).toHaveLength(1);
    expect(later).toBe(1);
    for (const h of [head, next]) h.dispose();
    for (const m of Object.values(mats)) m.dispose();
  });
});
