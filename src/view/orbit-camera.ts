// The camera and how students turn it: OrbitControls for pointer drags (no panning; no coasting
// under prefers-reduced-motion) and the arrow, plus/minus and Home keys on the focused canvas,
// which orbit, zoom and reset within the same limits. The default view looks from front-left
// above, so frontal, left parietal, coronal and sagittal sutures are all in sight.

import { PerspectiveCamera, Spherical, Vector3 } from 'three';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';
import type { SubjectId } from '../model/types';

/** A keyboard step: angles in radians, `zoom` multiplies the camera distance. */
export interface OrbitStep {
  dTheta: number;
  dPhi: number;
  zoom: number;
}

const STEP_RAD = Math.PI / 36;
const SHIFT_STEP_RAD = Math.PI / 12;
const ZOOM_IN = 0.9;

/** What a key does to the camera: a step, 'home' (reset the view), or null (not ours). */
export function orbitStepForKey(key: string, shift: boolean): OrbitStep | 'home' | null {
  const a = shift ? SHIFT_STEP_RAD : STEP_RAD;
  switch (key) {
    case 'ArrowLeft':
      return { dTheta: -a, dPhi: 0, zoom: 1 };
    case 'ArrowRight':
      return { dTheta: a, dPhi: 0, zoom: 1 };
    case 'ArrowUp':
      return { dTheta: 0, dPhi: -a, zoom: 1 };
    case 'ArrowDown':
      return { dTheta: 0, dPhi: a, zoom: 1 };
    case '+':
    case '=':
      return { dTheta: 0, dPhi: 0, zoom: ZOOM_IN };
    case '-':
    case '_':
      return { dTheta: 0, dPhi: 0, zoom: 1 / ZOOM_IN };
    case 'Home':
      return 'home';
    default:
      return null;
  }
}

/** A camera view in scene units: what it looks at, from which direction, how far away. */
export interface OrbitView {
  target: readonly [number, number, number];
  direction: readonly [number, number, number];
  distance: number;
}

/** The default view of a subject, in scene units (the head's largest semi-axis is 1). */
export function defaultView(subject: SubjectId): OrbitView {
  const rabbit = subject === 'rabbit';
  return {
    // the rabbit's long snout sits forward of its braincase
    // the human skull (face and jaw below the vault) is seen three-quarters from the front
    target: rabbit ? [0, -0.35, 1.3] : [0, -0.35, 0.15],
    direction: rabbit ? [-0.75, 0.45, 0.5] : [-0.55, 0.06, 0.83],
    distance: rabbit ? 9.2 : 7.2,
  };
}

export class OrbitCamera {
  readonly camera = new PerspectiveCamera(30, 1, 0.05, 60);
  private readonly controls: OrbitControls;
  private readonly canvas: HTMLElement;
  private subject: SubjectId = 'adult';
  /** the view Home and subject changes return to, when not the subject's default */
  private home: OrbitView | null = null;
  private readonly tmpOffset = new Vector3();
  private readonly tmpSpherical = new Spherical();
  /** set by the controls' 'change' event (drag, wheel, key, reset, damping) */
  private moved = true;

  constructor(canvas: HTMLElement) {
    this.canvas = canvas;
    canvas.addEventListener('keydown', this.onKeyDown);
    this.controls = new OrbitControls(this.camera, canvas);
    // prefers-reduced-motion: the camera stops when the drag stops instead of coasting (the
    // pulse itself stays: it is the data being taught, and the true-scale switch stills it)
    const reduceMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.controls.enableDamping = !reduceMotion;
    this.controls.dampingFactor = 0.12;
    this.controls.enablePan = false;
    this.controls.minDistance = 2.2;
    this.controls.maxDistance = 14;
    this.controls.addEventListener('change', () => (this.moved = true));
  }

  setAspect(aspect: number): void {
    this.camera.aspect = aspect;
    this.camera.updateProjectionMatrix();
  }

  /** A view of one's own for Home and resets (null: the subject's default), taken at once. */
  setHome(view: OrbitView | null): void {
    this.home = view;
    this.resetView();
  }

  /** Put the camera back to the home view, by default the subject's (Home returns to it too). */
  resetView(subject: SubjectId = this.subject): void {
    this.subject = subject;
    const v = this.home ?? defaultView(subject);
    const target = this.controls.target.set(...v.target);
    this.camera.position.set(...v.direction).normalize().multiplyScalar(v.distance).add(target);
    this.camera.lookAt(target);
    this.controls.update();
  }

  /** Per frame, before rendering: applies damping. True when the camera moved since the last call
   *  (a drag, a key, damping still coasting), so the scene must be drawn again. */
  update(): boolean {
    this.controls.update();
    const moved = this.moved;
    this.moved = false;
    return moved;
  }

  dispose(): void {
    this.canvas.removeEventListener('keydown', this.onKeyDown);
    this.controls.dispose();
  }

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    const step = orbitStepForKey(e.key, e.shiftKey);
    if (step === null) return;
    e.preventDefault();
    if (step === 'home') {
      this.resetView();
      return;
    }
    const off = this.tmpOffset.copy(this.camera.position).sub(this.controls.target);
    const s = this.tmpSpherical.setFromVector3(off);
    s.theta += step.dTheta;
    s.phi += step.dPhi;
    s.radius *= step.zoom;
    s.makeSafe();
    s.radius = Math.min(this.controls.maxDistance, Math.max(this.controls.minDistance, s.radius));
    this.camera.position.copy(this.controls.target).add(off.setFromSpherical(s));
    this.controls.update();
  };
}
