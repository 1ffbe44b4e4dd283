// The loop glue between the app store (input), the model's Simulation and the sim store (output):
//   app store --(subject/technique/seed: new Simulation; force: setForce)--> Simulation
//   tick(wall dt) --advance(model dt)--> Simulation --frame()--> chart history + sim store --> view
// DOM-free: the UI calls tick() from renderer.setAnimationLoop and pauses on visibilitychange
// (setPlaying(store, false)); tests call tick() directly.
//
// Timing: model time advances by wallDtS * speed per tick, only while `playing`. The wall delta is
// clamped to MAX_WALL_DT_S (0.25 s): a tab returning after minutes hidden must not run minutes of
// catch-up in one frame; the lost time is simply not simulated (the model shows physics, not a
// clock). The Simulation itself integrates in fixed internal steps (`stepS`), so results do not
// depend on the frame rate. Chart samples are taken every 1/HISTORY_SAMPLE_HZ of MODEL time, at
// exact multiples k/Hz (no drift), by advancing the model to each sample instant in turn.

import type { SimFrame, SubjectId, TechniqueId } from '../model/types';
import { shallow } from 'zustand/vanilla/shallow';
import { gramsToNewtons } from '../model/units';
import type { AppState } from './app-state';
import { ChartHistory } from './history';
import { HISTORY_SAMPLE_HZ, MAX_WALL_DT_S, STEP_BUTTON_S } from './ranges';
import { onResetAll, type AppStore, type SimStore, type TouchResponse } from './store';

/** What `new Simulation(...)` from src/model/index.ts takes (the part of SimulationOptions the loop sets). */
export interface SimulationInit {
  subject: SubjectId;
  technique: TechniqueId;
  forceN: number;
  seed: number;
}
/** The part of the model's Simulation class the loop uses (a narrow interface, so tests can pass a fake). */
export interface SimulationLike {
  advance(durationS: number): void;
  frame(): SimFrame;
  setForce(forceN: number): void;
  reset(): void;
  readonly stepS: number;
}
export type SimulationFactory = (init: SimulationInit) => SimulationLike;
export type TouchResponseFn = (args: { subject: SubjectId; technique: TechniqueId; forceN: number }) => TouchResponse;

export interface SimLoopOptions {
  /** usually `(init) => new Simulation(init)` from src/model/index.ts */
  createSimulation: SimulationFactory;
  /** usually `touchResponse` from src/model/index.ts; without it the sim store's `touch` stays null */
  touchResponse?: TouchResponseFn;
  history?: ChartHistory;
  /** which displacement the chart plots; default: the technique's watched bone (touch + pulse) */
  chartDisplacementM?: (frame: SimFrame, state: AppState) => number;
  sampleHz?: number;
  maxWallDtS?: number;
}

// The chart plots the same bone, point and direction as the 'bone moves' readout (+ = the way
// the hand pushes), with the pressure pulse's push from inside added, so the two never disagree
// in sign.
function watchedBoneDisplacementM(frame: SimFrame, _state: AppState): number {
  return frame.watchedDisplacementM;
}

export class SimLoop {
  readonly history: ChartHistory;
  private sim!: SimulationLike;
  private readonly opts: Required<Omit<SimLoopOptions, 'touchResponse' | 'history'>> & Pick<SimLoopOptions, 'touchResponse'>;
  /** model time since the current simulation started, by the loop's own exact accounting, s */
  private modelTimeS = 0;
  /** index of the next chart sample; its instant is sampleIndex / sampleHz */
  private sampleIndex = 0;
  private readonly unsubscribe: (() => void)[] = [];
  private disposed = false;

  constructor(
    private readonly app: AppStore,
    private readonly out: SimStore,
    options: SimLoopOptions,
  ) {
    this.history = options.history ?? new ChartHistory();
    this.opts = {
      createSimulation: options.createSimulation,
      touchResponse: options.touchResponse,
      chartDisplacementM: options.chartDisplacementM ?? watchedBoneDisplacementM,
      sampleHz: options.sampleHz ?? HISTORY_SAMPLE_HZ,
      maxWallDtS: options.maxWallDtS ?? MAX_WALL_DT_S,
    };
    this.rebuild();
    this.unsubscribe.push(
      // a new subject, technique or seed is a new experiment: new model, empty charts
      app.subscribe((s) => [s.subject, s.technique, s.seed], () => this.rebuild(), { equalityFn: shallow }),
      // a new force is the same experiment with the hand pressing differently: the model ramps
      app.subscribe(
        (s) => s.forceG,
        (g) => {
          this.sim.setForce(gramsToNewtons(g));
          this.updateTouch();
        },
      ),
      onResetAll(app, () => this.reset()),
    );
  }

  /** model time of the current simulation, s */
  get timeS(): number {
    return this.modelTimeS;
  }

  /**
   * Advance by one animation frame's wall time. Returns the model seconds advanced (0 when
   * paused, or for a non-finite or negative delta).
   */
  tick(wallDtS: number): number {
    if (this.disposed || !this.app.getState().playing) return 0;
    if (!(wallDtS > 0)) return 0; // also rejects NaN
    const dt = Math.min(wallDtS, this.opts.maxWallDtS) * this.app.getState().speed;
    this.advanceModel(dt);
    return dt;
  }

  /** The Step button: advance STEP_BUTTON_S of model time whether playing or not. */
  stepOnce(durationS = STEP_BUTTON_S): void {
    if (this.disposed || !(durationS > 0)) return;
    this.advanceModel(durationS);
  }

  /** Rewind: a fresh model from the current app state, empty charts. resetAll(store) calls this. */
  reset(): void {
    if (!this.disposed) this.rebuild();
  }

  dispose(): void {
    this.disposed = true;
    for (const u of this.unsubscribe.splice(0)) u();
  }

  private rebuild(): void {
    const s = this.app.getState();
    // A fresh instance rather than sim.reset(): it starts at the store's current force with no
    // ramp, whatever force the old instance was ramping towards.
    this.sim = this.opts.createSimulation({
      subject: s.subject,
      technique: s.technique,
      forceN: gramsToNewtons(s.forceG),
      seed: s.seed,
    });
    this.modelTimeS = 0;
    this.sampleIndex = 0;
    this.history.clear();
    this.sampleAndAdvanceIndex();
    this.updateTouch();
    this.publish();
  }

  private advanceModel(durationS: number): void {
    const target = this.modelTimeS + durationS;
    // Step to each sample instant that falls inside this advance, then to the target. The
    // pieces telescope: their sum is target - start up to rounding.
    for (let next = this.sampleIndex / this.opts.sampleHz; next <= target; next = this.sampleIndex / this.opts.sampleHz) {
      const d = next - this.modelTimeS;
      if (d > 0) this.sim.advance(d);
      this.modelTimeS = next;
      this.sampleAndAdvanceIndex();
    }
    const rest = target - this.modelTimeS;
    if (rest > 0) this.sim.advance(rest);
    this.modelTimeS = target;
    this.publish();
  }

  private sampleAndAdvanceIndex(): void {
    const f = this.sim.frame();
    this.history.push(f.timeS, f.icpMmHg, this.opts.chartDisplacementM(f, this.app.getState()));
    this.sampleIndex++;
  }

  private publish(): void {
    this.out.setState((o) => ({ frame: this.sim.frame(), historyVersion: o.historyVersion + 1 }));
  }

  private updateTouch(): void {
    const fn = this.opts.touchResponse;
    if (!fn) return;
    const s = this.app.getState();
    this.out.setState({ touch: fn({ subject: s.subject, technique: s.technique, forceN: gramsToNewtons(s.forceG) }) });
  }
}
