// The activity panel: a heading, the items in order (only those reached are shown; a checked item
// keeps its locked prediction and the model's answer), and one region with role="status" where
// each check's verdict and, at the end, the results appear. Focus follows the work: after Check
// it moves to the answer just shown, after Finish to the score.

import type { ActivityDef, Answer } from '../../model/activities';
import { isCorrect } from '../../model/activities/questions';
import {
  check,
  currentItem,
  isFinished,
  predict,
  resultsOf,
  type ActivityResults,
  type ActivitySession,
} from '../../state/activity-session';
import { setFields, type AppStore } from '../../state/store';
import { h } from '../dom';
import { sourceLinks } from '../tabs/common';
import { ItemView } from './item-view';
import { resultsView } from './results-view';
import { t } from '../../i18n/index';
import { ACTIVITY_WORDS, activityIntro, activityTitle, shownText } from './words';

export interface ActivityPanelDeps {
  host: HTMLElement;
  def: ActivityDef;
  answers: readonly Answer[];
  session: ActivitySession;
  store: AppStore;
  /** after every prediction and check (the LMS keeps the progress) */
  onProgress(s: ActivitySession): void;
  onFinish(r: ActivityResults, s: ActivitySession): void;
}

export function mountActivityPanel(deps: ActivityPanelDeps): () => void {
  const { host, def, answers, store } = deps;
  let session = deps.session;
  const titleId = `activity-title-${def.id}`;
  const status = h('div', { role: 'status', class: 'activity-status' });
  const list = h('ol', { class: 'activity-items' });
  const views: ItemView[] = def.items.map(
    (item, i) =>
      new ItemView({
        def,
        item,
        index: i,
        last: i === def.items.length - 1,
        prediction: session.predictions[i],
        onPredict: (v) => {
          session = predict(def, session, i, v);
          deps.onProgress(session);
        },
        onCheck: () => onCheck(i),
        onSetup: () => setFields(store, { ...item.setup }),
        sources: () => sourceLinks(store, item.sourceIds),
      }),
  );
  for (const v of views) list.append(v.element);

  const lockAt = (i: number) => views[i].lock(answers[i], session.predictions[i], isCorrect(def.items[i].question, answers[i], session.predictions[i]));
  const reveal = () => views.forEach((v, i) => (v.element.hidden = i > currentItem(session)));
  const showResults = (focus: boolean): ActivityResults => {
    const r = resultsOf(def, answers, session, ACTIVITY_WORDS);
    const view = resultsView(r);
    status.replaceChildren(view);
    if (focus) (view.querySelector('.activity-results-title') as HTMLElement).focus();
    return r;
  };

  function onCheck(i: number): void {
    if (i !== currentItem(session)) return;
    const slider = views[i].sliderValue();
    if (slider !== null) session = predict(def, session, i, slider);
    if (session.predictions[i] === null) {
      status.replaceChildren(h('p', { text: t('app.activityUi.chooseFirst', { n: i + 1 }) }));
      views[i].focus();
      return;
    }
    session = check(session, i);
    lockAt(i);
    deps.onProgress(session);
    reveal();
    if (isFinished(session)) {
      deps.onFinish(showResults(true), session);
      return;
    }
    const right = isCorrect(def.items[i].question, answers[i], session.predictions[i]);
    status.replaceChildren(h('p', { text: t('app.activityUi.status', { n: i + 1, right: right ? 'yes' : 'no', model: shownText(def, def.items[i], answers[i]) }) }));
    const answer = views[i].element.querySelector<HTMLElement>('.activity-verdict');
    answer?.setAttribute('tabindex', '-1');
    answer?.focus();
  }

  // a resumed session: its checked items locked, the results if it was finished
  session.checked.forEach((c, i) => c && lockAt(i));
  reveal();
  if (isFinished(session)) showResults(false);

  const section = h(
    'section',
    { class: 'activity', 'aria-labelledby': titleId },
    h('h2', { id: titleId, class: 'activity-title', text: activityTitle(def) }),
    h('p', { class: 'activity-intro', text: activityIntro(def) }),
    list,
    status,
  );
  host.replaceChildren(section);
  return () => section.remove();
}
