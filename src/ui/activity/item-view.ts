// One activity item as markup (the contract in doc/teacher-tips.md, "Assigning an activity"): a
// <fieldset> with a <legend>, native radio inputs or a native range input for the prediction, and
// a button named "Check" ("Finish" on the last item). Checking locks the prediction (inputs
// disabled) and shows the model's answer, its reason and its source, with a button that sets up
// the scene to see it.

import type { ActivityDef, Answer, ItemDef } from '../../model/activities';
import { SLIDER_STEPS, fromSlider, toSlider, type EstimateQuestion } from '../../model/activities/questions';
import type { Prediction } from '../../state/activity-session';
import { h, uid } from '../dom';
import { t } from '../../i18n/index';
import { choiceText, predictionWords, promptText, quantityText, reasonText, shownText } from './words';

export interface ItemViewOptions {
  def: ActivityDef;
  item: ItemDef;
  index: number;
  last: boolean;
  prediction: Prediction;
  onPredict(value: string | number): void;
  onCheck(): void;
  onSetup(): void;
  sources(): HTMLElement;
}

export class ItemView {
  readonly element: HTMLLIElement;
  private readonly fieldset: HTMLFieldSetElement;
  private readonly inputs: HTMLInputElement[] = [];
  private readonly button: HTMLButtonElement;
  private readonly answerEl: HTMLElement;

  constructor(private readonly o: ItemViewOptions) {
    const { def, item, index } = o;
    this.fieldset = h('fieldset', { class: 'activity-item', 'data-item': item.id });
    this.fieldset.append(h('legend', { text: `${index + 1}. ${promptText(def, item)}` }));
    const q = item.question;
    if (q.kind === 'estimate') this.fieldset.append(this.slider(q));
    else {
      const group = h('div', { class: 'activity-choices' });
      const name = uid(`activity-${item.id}`);
      for (const c of q.choices) {
        const input = h('input', { type: 'radio', name, value: c.id });
        input.checked = o.prediction === c.id;
        input.addEventListener('change', () => input.checked && o.onPredict(c.id));
        this.inputs.push(input);
        group.append(h('label', { class: 'activity-choice' }, input, ` ${choiceText(def, item, c)}`));
      }
      this.fieldset.append(group);
    }
    this.button = h('button', { type: 'button', class: 'activity-check', text: t(o.last ? 'app.activityUi.finish' : 'app.activityUi.check') });
    this.button.addEventListener('click', () => o.onCheck());
    this.answerEl = h('div', { class: 'activity-answer' });
    this.answerEl.hidden = true;
    this.fieldset.append(this.button, this.answerEl);
    this.element = h('li', {}, this.fieldset);
  }

  private slider(q: EstimateQuestion): HTMLElement {
    const id = uid('activity-estimate');
    const start = typeof this.o.prediction === 'number' ? this.o.prediction : q.start;
    const input = h('input', { type: 'range', id, min: 0, max: SLIDER_STEPS, step: 1, value: toSlider(q, start) });
    const out = h('output', { for: id, class: 'activity-estimate-value' });
    const show = () => {
      const text = quantityText(fromSlider(q, Number(input.value)), q.unit);
      input.setAttribute('aria-valuetext', text);
      out.textContent = text;
    };
    show();
    input.addEventListener('input', () => {
      show();
      this.o.onPredict(fromSlider(q, Number(input.value)));
    });
    this.inputs.push(input);
    const range = { min: quantityText(q.min, q.unit), max: quantityText(q.max, q.unit), log: q.scale === 'log' ? 'yes' : 'no' };
    return h('div', { class: 'activity-estimate' }, h('label', { for: id, text: t('app.activityUi.estimate', range) }), input, out);
  }

  /** The slider's value as a prediction (a slider always holds one); null for choices. */
  sliderValue(): number | null {
    const q = this.o.item.question;
    return q.kind === 'estimate' ? fromSlider(q, Number(this.inputs[0].value)) : null;
  }

  focus(): void {
    (this.inputs.find((i) => i.checked) ?? this.inputs[0])?.focus();
  }

  /** Lock the prediction and show the model's answer. */
  lock(answer: Answer, prediction: Prediction, correct: boolean): void {
    for (const i of this.inputs) i.disabled = true;
    this.button.disabled = true;
    this.fieldset.classList.add(correct ? 'is-right' : 'is-wrong');
    const setup = h('button', { type: 'button', class: 'activity-setup', text: t('app.activityUi.setUp') });
    setup.addEventListener('click', () => this.o.onSetup());
    this.answerEl.replaceChildren(
      h(
        'p',
        { class: 'activity-verdict' },
        h('strong', { text: t(correct ? 'app.activityUi.matches' : 'app.activityUi.differs') }),
        ` ${t('activity.verdict', { prediction: predictionWords(this.o.def, this.o.item, prediction), model: shownText(this.o.def, this.o.item, answer) })}`,
      ),
      h('p', { class: 'activity-reason', text: reasonText(this.o.def, this.o.item, answer) }),
      h('p', { class: 'activity-source' }, `${t('activity.source')} `, this.o.sources()),
      setup,
    );
    this.answerEl.hidden = false;
  }
}
