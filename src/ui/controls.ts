// The student's control panel: force, subject, technique, play/pause, step, speed, true scale and
// Reset All (also Alt+R). Every control is a native element with a visible label. Each writes the
// app store through its setter and shows the store's slice it subscribes to, so the panel holds
// no state of its own.

import { SPEED_RANGE } from '../state/ranges';
import { resetAll, setField, type AppStore } from '../state/store';
import type { SubjectId, TechniqueId } from '../model/types';
import { h, setText, uid } from './dom';
import { ForceControl } from './force-control';
import { bindAttr, bindText, localize } from '../i18n/bind';
import { onLocaleChange, t } from '../i18n/index';

export interface Choice<Id extends string> {
  id: Id;
  label: string;
  description?: string;
}

/** What the panel does besides writing the store: the Step button advances the model loop. */
export interface ControlActions {
  stepOnce(): void;
}

/** Speeds offered, simulated s per wall s; 0.25x lets a student follow one heartbeat. */
export const SPEED_CHOICES = [0.1, 0.25, 0.5, 1, 2, 5, 10].filter(
  (s) => s >= SPEED_RANGE.min && s <= SPEED_RANGE.max,
);

function labelled(labelKey: string, control: HTMLElement, id: string): HTMLElement {
  control.id = id;
  return h('div', { class: 'control control-row' }, bindText(h('label', { for: id }), labelKey), control);
}

export class ControlPanel {
  /** force, subject, technique */
  readonly touchSection: HTMLElement;
  /** play/pause, step, speed, true scale, cutaway, Reset All */
  readonly timeSection: HTMLElement;
  readonly force: ForceControl;
  readonly resetButton: HTMLButtonElement;
  private readonly subject: HTMLSelectElement;
  private readonly technique: HTMLSelectElement;
  private readonly techniqueNote: HTMLElement;
  private readonly playButton: HTMLButtonElement;
  private readonly stepButton: HTMLButtonElement;
  private readonly speed: HTMLSelectElement;
  private readonly trueScale: HTMLInputElement;
  private readonly cutaway: HTMLInputElement;
  private readonly unsubscribe: (() => void)[];
  private readonly onGlobalKey: (e: KeyboardEvent) => void;

  constructor(
    store: AppStore,
    actions: ControlActions,
    subjects: readonly Choice<SubjectId>[],
    techniques: readonly Choice<TechniqueId>[],
  ) {
    this.force = new ForceControl(store);

    this.subject = h('select');
    for (const s of subjects) this.subject.append(localizedOption(s));
    this.subject.addEventListener('change', () => setField(store, 'subject', this.subject.value as SubjectId));

    const noteId = uid('technique-note');
    this.technique = h('select', { 'aria-describedby': noteId });
    for (const c of techniques) this.technique.append(localizedOption(c));
    this.technique.addEventListener('change', () => setField(store, 'technique', this.technique.value as TechniqueId));
    this.techniqueNote = h('p', { id: noteId, class: 'hint technique-note' });

    this.playButton = h('button', { type: 'button', class: 'btn play' });
    this.playButton.addEventListener('click', () => setField(store, 'playing', !store.getState().playing));
    this.stepButton = bindAttr(bindText(h('button', { type: 'button', class: 'btn' }), 'app.controls.step'), 'title', 'app.controls.stepTitle');
    this.stepButton.addEventListener('click', () => actions.stepOnce());

    const speedId = uid('speed');
    this.speed = h('select', { id: speedId });
    this.speed.addEventListener('change', () => setField(store, 'speed', Number(this.speed.value)));

    const trueScaleId = uid('true-scale');
    this.trueScale = h('input', { type: 'checkbox', role: 'switch', id: trueScaleId });
    this.trueScale.addEventListener('change', () => setField(store, 'trueScale', this.trueScale.checked));

    // the cutaway is a student control (it shows the CSF the pressure colours paint); embed mode
    // keeps it when ?controls= names `cutaway`
    const cutawayId = uid('cutaway');
    this.cutaway = h('input', { type: 'checkbox', role: 'switch', id: cutawayId });
    this.cutaway.addEventListener('change', () => setField(store, 'cutaway', this.cutaway.checked));

    this.resetButton = h('button', {
      type: 'button',
      class: 'btn reset',
      'aria-keyshortcuts': 'Alt+R',
    });
    bindAttr(bindText(this.resetButton, 'app.controls.reset'), 'title', 'app.controls.resetTitle');
    this.resetButton.addEventListener('click', () => resetAndFocusScene(store));

    this.touchSection = h(
      'section',
      { class: 'panel-section controls', 'aria-labelledby': 'controls-heading', id: 'controls' },
      bindText(h('h2', { id: 'controls-heading' }), 'app.controls.touch'),
      this.force.element,
      labelled('app.controls.subject', this.subject, uid('subject')),
      labelled('app.controls.technique', this.technique, uid('technique')),
      this.techniqueNote,
    );
    this.timeSection = h(
      'section',
      { class: 'panel-section', 'aria-labelledby': 'time-heading' },
      bindText(h('h2', { id: 'time-heading' }), 'app.controls.timeAndView'),
      h(
        'div',
        { class: 'control control-row transport' },
        this.playButton,
        this.stepButton,
        bindText(h('label', { for: speedId, class: 'speed-label' }), 'app.controls.speed'),
        this.speed,
      ),
      h(
        'div',
        { class: 'control control-row' },
        h('label', { for: trueScaleId, class: 'switch-label' }, this.trueScale, bindText(h('span'), 'app.controls.trueScale')),
        h('label', { for: cutawayId, class: 'switch-label cutaway-label', 'data-control': 'cutaway' }, this.cutaway, bindText(h('span'), 'app.controls.cutaway')),
        this.resetButton,
      ),
    );

    this.onGlobalKey = (e: KeyboardEvent) => {
      // Alt+R from anywhere, as PhET sims do; e.code so it works on any keyboard layout.
      if (e.altKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyR' || e.key === 'r' || e.key === 'R')) {
        e.preventDefault();
        resetAndFocusScene(store);
      }
    };
    window.addEventListener('keydown', this.onGlobalKey);

    // Each part shows its own slice of the store, drawn now and whenever that slice changes.
    const now = { fireImmediately: true };
    const showPlaying = (playing: boolean) => {
      setText(this.playButton, t(playing ? 'app.controls.pause' : 'app.controls.play'));
      this.playButton.setAttribute('aria-label', t(playing ? 'app.controls.pauseLabel' : 'app.controls.playLabel'));
      this.stepButton.disabled = playing;
    };
    const showTechnique = (id: TechniqueId) => {
      this.technique.value = id;
      setText(this.techniqueNote, techniques.find((x) => x.id === id)?.description ?? '');
    };
    const showSpeed = (speed: number) => {
      const speeds = SPEED_CHOICES.includes(speed) ? SPEED_CHOICES : [...SPEED_CHOICES, speed].sort((a, b) => a - b);
      this.speed.replaceChildren(...speeds.map((v) => h('option', { value: v, text: t('app.controls.speedValue', { speed: v }) })));
      this.speed.value = String(speed);
    };
    this.unsubscribe = [
      onLocaleChange(() => {
        const s = store.getState();
        showPlaying(s.playing);
        showTechnique(s.technique);
        showSpeed(s.speed);
      }),
      store.subscribe((s) => s.subject, (id) => (this.subject.value = id), now),
      store.subscribe((s) => s.technique, showTechnique, now),
      store.subscribe((s) => s.playing, showPlaying, now),
      store.subscribe((s) => s.speed, showSpeed, now),
      store.subscribe((s) => s.trueScale, (on) => (this.trueScale.checked = on), now),
      store.subscribe((s) => s.cutaway, (on) => (this.cutaway.checked = on), now),
    ];
  }

  dispose(): void {
    for (const u of this.unsubscribe) u();
    this.force.dispose();
    window.removeEventListener('keydown', this.onGlobalKey);
    this.touchSection.remove();
    this.timeSection.remove();
  }
}

/** An <option> whose text follows the language (the choice's label is read from the catalog). */
function localizedOption(c: Choice<string>): HTMLOptionElement {
  // the choice's label getter reads the current catalog (labels.ts)
  return localize(h('option', { value: c.id }), (o) => (o.textContent = c.label));
}

/**
 * Reset All, then focus the scene (never the Reset button: a Space there would reset again
 * instead of moving the lecture on). Without WebGL the scene's fallback message takes focus.
 */
function resetAndFocusScene(store: AppStore): void {
  resetAll(store);
  const scene = document.getElementById('scene');
  const target = scene?.querySelector<HTMLElement>('canvas') ?? scene;
  if (!target) return;
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.focus({ preventScroll: true });
}

