// Model speed: simulated seconds per wall-clock second, per subject, at the default step.
// A benchmark, not a test: it prints figures and never fails on a busy machine.

import { DEFAULT_STEP_S, Simulation, SUBJECT_IDS } from '../src/model/index';

export interface ModelBenchResult {
  subject: string;
  realtimeFactor: number;
  stepsPerSecond: number;
}

export function benchModel(simulatedS = 600): ModelBenchResult[] {
  const results: ModelBenchResult[] = [];
  for (const subject of SUBJECT_IDS) {
    const sim = new Simulation({ subject, technique: 'vault-hold', forceN: 0.049, seed: 1 });
    sim.advance(20); // warm-up: let the JIT compile the step
    const t0 = performance.now();
    sim.advance(simulatedS);
    const wallS = (performance.now() - t0) / 1000;
    results.push({ subject, realtimeFactor: simulatedS / wallS, stepsPerSecond: simulatedS / DEFAULT_STEP_S / wallS });
  }
  return results;
}
