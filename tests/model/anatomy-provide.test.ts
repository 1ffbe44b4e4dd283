// The page builds the first subject's anatomy in a worker and hands it to the model
// (src/state/anatomy-early.ts, provideAnatomy): a structured clone of what this same code builds.
// The model must then give the same results bit for bit, and never hold two anatomies of one
// subject. A fresh module graph (vi.resetModules) stands in for the worker's own copy of the code.
import { describe, expect, it, vi } from 'vitest';
import { anatomyOf, provideAnatomy } from '../../src/model/anatomy';
import { buildMechanics } from '../../src/model/mechanics';
import { Simulation } from '../../src/model/simulation';
import type { SubjectId } from '../../src/model/types';

type SimulationClass = typeof Simulation;

/** The anatomy as the worker sends it: built by a separate copy of the code, then structured-cloned
 *  (the algorithm postMessage uses). */
async function builtElsewhere(subject: SubjectId): Promise<ReturnType<typeof anatomyOf>> {
  vi.resetModules();
  const elsewhere = (await import('../../src/model/anatomy')) as typeof import('../../src/model/anatomy');
  return structuredClone(elsewhere.anatomyOf(subject));
}

/** Two simulated seconds of a held touch: every frame's ICP and bone displacements, as exact bits. */
function run(Sim: SimulationClass, subject: SubjectId): string {
  const sim = new Sim({ subject, technique: 'vault-hold', forceN: 0.049, seed: 7 });
  const out: number[] = [];
  for (let i = 0; i < 1000; i++) {
    sim.step();
    const f = sim.frame();
    out.push(f.icpMmHg, f.watchedGapM, ...Object.values(f.boneDisplacementM));
  }
  return out.map((x) => x.toString(16)).join(' ');
}

describe('an anatomy built in another thread', () => {
  it('is used as handed in, and the model gives the same numbers bit for bit', async () => {
    const clone = await builtElsewhere('infant');
    provideAnatomy(clone);
    expect(anatomyOf('infant')).toBe(clone);
    expect(buildMechanics('infant').anatomy).toBe(clone);
    const withProvided = run(Simulation, 'infant');
    // the same run where the anatomy is built in this thread
    vi.resetModules();
    const here = (await import('../../src/model/simulation')) as typeof import('../../src/model/simulation');
    expect(here.Simulation).not.toBe(Simulation);
    expect(withProvided).toBe(run(here.Simulation, 'infant'));
  });

  it('is ignored once this thread has built that subject itself (one subject, one anatomy)', async () => {
    const here = anatomyOf('child');
    const clone = await builtElsewhere('child');
    expect(clone).not.toBe(here);
    expect(clone).toEqual(here);
    provideAnatomy(clone);
    expect(anatomyOf('child')).toBe(here);
  });

  it('is ignored for a subject the model does not know', () => {
    const bogus = { ...anatomyOf('rabbit'), subject: 'dragon' as SubjectId };
    provideAnatomy(bogus);
    expect(anatomyOf('rabbit').subject).toBe('rabbit');
    expect(() => anatomyOf('dragon' as SubjectId)).toThrow();
  });
});
