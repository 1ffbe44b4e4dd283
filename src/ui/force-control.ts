// The force control students operate: a native range input on a log scale (slider value =
// log10 grams, 0.1 g .. 10 kg), labelled marks for the reference forces, and a number field for
// exact entry in grams. Native inputs so keyboards, screen readers and switch devices work.
// Keys (steps are named constants in state/ranges.ts): arrows = normal step, Shift+arrows = fine
// step, PageUp/PageDown = big step, Home/End = ends of the range. It writes the store's `forceG`
// through its setter (which clamps into FORCE_RANGE_G) and shows the store's force.

import {
  FORCE_MARKS_G,
  FORCE_RANGE_G,
  FORCE_SLIDER_FINE_STEP_DECADES,
  FORCE_SLIDER_PAGE_STEP_DECADES,
  FORCE_SLIDER_STEP_DECADES,
} from '../state/ranges';
import { setField, type AppStore } from '../state/store';
import { h, setText, uid } from './dom';
import { forceWords, formatForceG, formatNumber, roundForceG } from './format';
import { parseForce } from './parse-force';
import { bindText, localize } from '../i18n/bind';
import { formatDecimal, onLocaleChange, t } from '../i18n/index';

const LOG_MIN = Math.log10(FORCE_RANGE_G.min);
const LOG_MAX = Math.log10(FORCE_RANGE_G.max);

/** Fraction 0..1 along the slider for a force in grams. */
function fractionOf(g: number): number {
  return (Math.log10(g) - LOG_MIN) / (LOG_MAX - LOG_MIN);
}

export class ForceControl {
  readonly element: HTMLElement;
  readonly slider: HTMLInputElement;
  readonly numberInput: HTMLInputElement;
  private readonly message: HTMLElement;
  private readonly unsubscribe: () => void;

  constructor(private readonly store: AppStore) {
    const sliderId = uid('force-slider');
    const numberId = uid('force-number');
    const msgId = uid('force-msg');
    const listId = uid('force-marks');
    const hintId = uid('force-hint');

    this.slider = h('input', {
      type: 'range',
      id: sliderId,
      min: LOG_MIN,
      max: LOG_MAX,
      // the finest keyboard step, so every keyboard position is representable by the input
      step: FORCE_SLIDER_FINE_STEP_DECADES,
      list: listId,
      'aria-describedby': hintId,
    });
    const datalist = h('datalist', { id: listId });
    for (const g of Object.values(FORCE_MARKS_G)) {
      datalist.append(h('option', { value: Math.log10(g), label: formatForceG(g) }));
    }

    const marks = h('div', { class: 'force-marks', 'aria-hidden': 'true' });
    const mark = (g: number, text: string, cls = '') => {
      const m = h('span', { class: `force-mark ${cls}`, text });
      m.style.setProperty('--pos', String(fractionOf(g)));
      return m;
    };
    marks.append(
      mark(FORCE_RANGE_G.min, formatForceG(FORCE_RANGE_G.min), 'end-left'),
      localize(mark(FORCE_MARKS_G.nickel, ''), (m) => (m.textContent = t('app.force.nickelMark', { force: formatForceG(FORCE_MARKS_G.nickel) }))),
      mark(FORCE_MARKS_G.sutureFirstMoved, '500 g'),
      mark(FORCE_RANGE_G.max, formatForceG(FORCE_RANGE_G.max), 'end-right'),
    );
    const downey = h('div', { class: 'force-marks force-marks-2', 'aria-hidden': 'true' });
    const bracket = localize(h('span', { class: 'force-bracket' }), (el) => {
      el.textContent = t('app.force.downeyBracket', { low: formatNumber(FORCE_MARKS_G.downeyLow), high: formatForceG(FORCE_MARKS_G.downeyHigh) });
    });
    const a = fractionOf(FORCE_MARKS_G.downeyLow);
    const b = fractionOf(FORCE_MARKS_G.downeyHigh);
    bracket.style.setProperty('--pos', String((a + b) / 2));
    bracket.style.setProperty('--span', String(b - a));
    downey.append(bracket);

    // a text field, not type=number: it must take "0,5", "50 kg" or "2 N" and say how it read them
    this.numberInput = h('input', {
      type: 'text',
      id: numberId,
      inputmode: 'decimal',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-describedby': msgId,
    });
    this.message = h('p', { id: msgId, class: 'field-message', 'aria-live': 'polite' });

    // The exact-entry field doubles as the value display, beside the slider's label.
    this.element = h(
      'div',
      { class: 'control force-control' },
      h(
        'div',
        { class: 'control-row' },
        bindText(h('label', { for: sliderId }), 'app.force.label'),
        h(
          'span',
          { class: 'exact-force' },
          bindText(h('label', { for: numberId, class: 'visually-hidden' }), 'app.force.exactLabel'),
          this.numberInput,
          h('span', { class: 'unit', 'aria-hidden': 'true', text: 'g' }),
        ),
      ),
      this.slider,
      datalist,
      marks,
      downey,
      bindText(h('p', { id: hintId, class: 'hint' }), 'app.force.keysHint'),
      this.message,
    );

    this.slider.addEventListener('keydown', (e) => this.onKey(e));
    // Pointer drags (and assistive-tech increments) arrive as input events; snap the result to
    // the 2 significant figures shown, so a dragged force reads "5 g", not "5.0119 g".
    this.slider.addEventListener('input', () => setField(store, 'forceG', roundForceG(10 ** Number(this.slider.value))));
    this.numberInput.addEventListener('change', () => this.onTyped());
    this.numberInput.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') this.onTyped();
    });
    this.unsubscribe = store.subscribe((st) => st.forceG, (g) => this.update(g), { fireImmediately: true });
    this.offLocale = onLocaleChange(() => {
      this.showMessage('', false);
      this.update(store.getState().forceG);
      this.numberInput.value = this.shown(store.getState().forceG);
    });
  }
  private readonly offLocale: () => void;

  dispose(): void {
    this.unsubscribe();
    this.offLocale();
  }

  /** the force as the field shows it: 2 significant figures, the locale's decimal mark ("0,5") */
  private shown(g: number): string {
    return formatDecimal(roundForceG(g), { useGrouping: false });
  }

  private onKey(e: KeyboardEvent): void {
    const current = Math.log10(this.store.getState().forceG);
    let next: number;
    const step = e.shiftKey ? FORCE_SLIDER_FINE_STEP_DECADES : FORCE_SLIDER_STEP_DECADES;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowUp':
        next = current + step;
        break;
      case 'ArrowLeft':
      case 'ArrowDown':
        next = current - step;
        break;
      case 'PageUp':
        next = current + FORCE_SLIDER_PAGE_STEP_DECADES;
        break;
      case 'PageDown':
        next = current - FORCE_SLIDER_PAGE_STEP_DECADES;
        break;
      case 'Home':
        next = LOG_MIN;
        break;
      case 'End':
        next = LOG_MAX;
        break;
      default:
        return;
    }
    e.preventDefault();
    // Keyboard steps stay exact multiples (x1.12 per arrow) so stepping up then down returns to
    // the same force, e.g. back to exactly 5 g; only the display is rounded.
    setField(this.store, 'forceG', 10 ** next);
  }

  /** the force a "read as" note describes, so the note goes when the force changes */
  private noteForG: number | null = null;
  /** what onTyped last wrote into the field in place of the typed text */
  private writtenBack: string | null = null;

  private onTyped(): void {
    // Enter and the change event both land here; text we wrote back ourselves is not new input
    if (this.numberInput.value === this.writtenBack) return;
    this.writtenBack = null;
    const parsed = parseForce(this.numberInput.value);
    if (!parsed.ok) {
      this.showMessage(t('app.force.unreadable', { problem: parsed.message, force: formatForceG(this.store.getState().forceG) }), true);
      return;
    }
    const g = parsed.grams;
    if (g < FORCE_RANGE_G.min || g > FORCE_RANGE_G.max) {
      const args = { force: formatForceG(g), min: formatForceG(FORCE_RANGE_G.min), max: formatForceG(FORCE_RANGE_G.max) };
      this.showMessage(t('app.force.outOfRange', { ...args, maxG: `${formatDecimal(FORCE_RANGE_G.max, { useGrouping: false })} g` }), true);
      return;
    }
    this.noteForG = parsed.note ? g : null;
    setField(this.store, 'forceG', g);
    // say how the text was read when it was not plain grams ("50 kg = 50,000 g")
    this.showMessage(parsed.note ? t('app.force.readAs', { force: formatForceG(g), note: parsed.note }) : '', false);
    const shown = this.shown(g);
    if (parsed.note && this.numberInput.value !== shown) {
      this.numberInput.value = shown;
      this.writtenBack = shown;
    }
  }

  private showMessage(text: string, invalid: boolean): void {
    setText(this.message, text);
    if (invalid) this.numberInput.setAttribute('aria-invalid', 'true');
    else this.numberInput.removeAttribute('aria-invalid');
  }

  /** Reflects the store's force (grams) in the slider, its words and the number field. */
  private update(g: number): void {
    const v = Math.log10(g);
    if (Math.abs(Number(this.slider.value) - v) > 1e-9) this.slider.value = String(v);
    this.slider.setAttribute('aria-valuetext', forceWords(g));
    if (document.activeElement !== this.numberInput) {
      const shown = this.shown(g);
      if (this.numberInput.value !== shown) this.numberInput.value = shown;
      this.writtenBack = null;
    }
    // a message about typed text lasts until the force moves on
    if (g !== this.noteForG) {
      this.noteForG = null;
      this.showMessage('', false);
    }
  }
}
