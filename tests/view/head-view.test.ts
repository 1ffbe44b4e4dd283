// The drawn head takes its bone thickness from the model, so scene and model cannot disagree:
// checked on the table, on the uniforms the shaders clip with, and on the built vault itself.
import { Mesh, type BufferGeometry } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { HEAD_SHAPES } from '../../src/model/geometry';
import { SUBJECTS, SUBJECT_IDS } from '../../src/model/subjects';
import { HeadView, headLayers, loadCutawayCode } from '../../src/view/head-view';
import { inCutawayQuarter } from '../../src/view/cutaway-quarter';
import { ellipsoidLayer, withoutCutAway } from '../../src/view/head-geometry';
import { createHeadMaterials } from '../../src/view/materials';
import { createHeadUniforms } from '../../src/view/uniforms';
import { buildSkullArrays } from '../../src/view/skull-arrays';
import { storeSkullArrays } from '../../src/view/skull-cache';

// the app builds each skull in a worker and hands the arrays in (skull-loader.ts); here, in Node
beforeAll(() => {
  for (const s of SUBJECT_IDS) storeSkullArrays(s, buildSkullArrays(s));
});

const modelBoneM = (subject: keyof typeof SUBJECTS): number => {
  const p = SUBJECTS[subject].params.boneThickness;
  expect(p.unit).toBe('mm');
  return p.value / 1000;
};

/** Highest y of a geometry's vertices, m (the vault's top lies on the y axis). */
const topY = (g: BufferGeometry): number => {
  const pos = g.getAttribute('position');
  let max = -Infinity;
  for (let i = 0; i < pos.count; i++) max = Math.max(max, pos.getY(i));
  return max;
};

describe('head layers', () => {
  it('covers all four subjects', () => {
    expect([...SUBJECT_IDS].sort()).toEqual(['adult', 'child', 'infant', 'rabbit']);
  });

  for (const subject of SUBJECT_IDS) {
    it(`${subject}: the drawn bone is the model's boneThickness`, () => {
      const boneM = modelBoneM(subject);
      expect(headLayers(subject).boneM).toBeCloseTo(boneM, 12);

      const u = createHeadUniforms();
      const mats = createHeadMaterials(u);
      const head = new HeadView(subject, mats, u);
      const [ax, ay, az] = HEAD_SHAPES[subject].semiAxesM;
      expect(u.uSemiAxesM.value.toArray()).toEqual([ax, ay, az]);
      expect(u.uInnerSemiAxesM.value.x).toBeCloseTo(ax - boneM, 9);
      expect(u.uInnerSemiAxesM.value.y).toBeCloseTo(ay - boneM, 9);
      expect(u.uInnerSemiAxesM.value.z).toBeCloseTo(az - boneM, 9);

      // the vault's outer surface is the sculpted skull, its inner surface the vault-material layer
      // (built with the rest of the interior when the cutaway first opens)
      head.setCutaway(true);
      const outer = head.group.children.filter((o): o is Mesh => o instanceof Mesh && o.material === mats.skull);
      const inner = head.group.children.filter((o): o is Mesh => o instanceof Mesh && o.material === mats.vault);
      expect(outer).toHaveLength(1);
      expect(inner).toHaveLength(1);
      const outerTop = topY(outer[0].geometry);
      // the mesh's vertices sit on grid edges, within a cell (~2.6 mm adult, ~1.3 mm rabbit) of the top
      expect(Math.abs(outerTop - ay)).toBeLessThan(ay * 0.03);
      expect(ay - topY(inner[0].geometry)).toBeCloseTo(boneM, 6);
      head.dispose();
      for (const m of Object.values(mats)) m.dispose();
    });
  }

  it('the CSF layer and brain lie inside the bone', () => {
    for (const subject of SUBJECT_IDS) {
      const { boneM, csfM, folds } = headLayers(subject);
      expect(csfM).toBeGreaterThan(0);
      expect(boneM + csfM).toBeLessThan(Math.min(...HEAD_SHAPES[subject].semiAxesM) / 4);
      expect(folds).toBeGreaterThan(0);
      expect(folds).toBeLessThanOrEqual(1);
    }
  });

  it('builds the interior (CSF, brain, ventricles) when the cutaway first opens, hides it when closed, and frees its geometry', async () => {
    // the ventricles' code loaded (as the idle prefetch does): the interior is built at once
    // (tests/view/cutaway-code.test.ts: before it has loaded)
    expect(await loadCutawayCode()).not.toBeNull();
    const u = createHeadUniforms();
    const mats = createHeadMaterials(u);
    const head = new HeadView('infant', mats, u);
    const meshesNow = () => head.group.children.filter((o): o is Mesh => o instanceof Mesh);
    const closed = meshesNow();
    // closed, the skull hides the interior: none of it is built (or drawn)
    for (const m of [mats.csf, mats.brain, mats.ventricle, mats.vault]) expect(closed.some((o) => o.material === m)).toBe(false);
    expect(closed.every((m) => m.visible)).toBe(true);
    const scalp = closed.filter((m) => m.material === mats.scalp);
    expect(scalp).toHaveLength(1);
    head.setCutaway(true);
    expect(head.pending).toBe(false);
    const meshes = meshesNow();
    const interior = meshes.filter((m) => !closed.includes(m));
    // inner vault, CSF layer, brain and at least one ventricle
    expect(interior.length).toBeGreaterThanOrEqual(4);
    // the cutaway shows everything inside and takes the scalp off
    expect(meshes.every((m) => m.visible === (m !== scalp[0]))).toBe(true);
    head.setCutaway(false);
    expect(meshes.filter((m) => !m.visible)).toEqual([...interior]);
    // opening it again shows the same meshes, not a second set
    head.setCutaway(true);
    expect(meshesNow()).toHaveLength(meshes.length);
    head.setCutaway(false);
    head.setScalp(false);
    expect(scalp[0].visible).toBe(false);
    let disposed = 0;
    for (const m of meshes) m.geometry.addEventListener('dispose', () => disposed++);
    head.dispose();
    expect(disposed).toBe(meshes.length);
    expect(head.group.children).toHaveLength(0);
  });
});

describe('layers drawn only in the cutaway', () => {
  it('leave out exactly the triangles the cut removes whole (the front-left quarter)', () => {
    const layer = () => ellipsoidLayer({ shape: HEAD_SHAPES.adult, depthM: 0.008, segAround: 48, segPolar: 24, inward: false, closed: true });
    const full = layer();
    const cut = withoutCutAway(layer());
    const pos = full.getAttribute('position');
    // the rule the shaders discard by (cutaway-quarter.ts, tests/view/cutaway-quarter.test.ts)
    const inQuarter = (i: number) => inCutawayQuarter(pos.getX(i), pos.getZ(i));
    const whole = (ix: ArrayLike<number>, t: number) => inQuarter(ix[t]) && inQuarter(ix[t + 1]) && inQuarter(ix[t + 2]);
    const fullIx = full.index!.array;
    const cutIx = cut.index!.array;
    let wholeInQuarter = 0;
    for (let t = 0; t < fullIx.length; t += 3) if (whole(fullIx, t)) wholeInQuarter++;
    for (let t = 0; t < cutIx.length; t += 3) expect(whole(cutIx, t)).toBe(false);
    // nothing else dropped: the triangles straddling the cut stay (their outside part shows)
    expect((fullIx.length - cutIx.length) / 3).toBe(wholeInQuarter);
    // a quarter of a closed shell, less the strips along the two cut planes
    expect(wholeInQuarter / (fullIx.length / 3)).toBeGreaterThan(0.2);
    expect(wholeInQuarter / (fullIx.length / 3)).toBeLessThan(0.25);
  });
});

describe('the skull base plate', () => {
  // the closed sculpted skull hides it from every side (a screenshot with and without it is
  // pixel-identical for the adult and rabbit, from above, below and the front); an open skull
  // shows it: the cutaway, and through the infant's open fontanelle
  const plateShown = (view: HeadView, mats: ReturnType<typeof createHeadMaterials>) => {
    let shown = false;
    view.group.traverseVisible((o) => {
      if (o instanceof Mesh && o.material === mats.fixed) shown = true;
    });
    return shown;
  };
  it('is drawn only where the skull is open', () => {
    const u = createHeadUniforms();
    const mats = createHeadMaterials(u);
    const adult = new HeadView('adult', mats, u);
    adult.setCutaway(false);
    expect(plateShown(adult, mats)).toBe(false);
    adult.setCutaway(true);
    expect(plateShown(adult, mats)).toBe(true);
    const infant = new HeadView('infant', mats, u);
    infant.setCutaway(false);
    expect(plateShown(infant, mats)).toBe(true);
    adult.dispose();
    infant.dispose();
  });
});
