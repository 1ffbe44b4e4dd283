// `?activity=<id>`: a guided activity beside the scene. Its own chunk (app.ts imports it only
// when the option is given). It computes the model's answers, resumes from an LMS's suspend data
// when there is an LMS, mounts the panel, reports to the LMS (lms-report.ts) and tells an
// embedding page `activityCompleted` on Finish. The container keeps aria-busy="true" until the
// panel is in place (the fuzzer and screen readers wait for it).

import { ACTIVITIES, activityModel, answersOf, type ActivityId } from '../../model/activities';
import { completedPayload, decodeSession, encodeSession, newSession, type ActivityCompletedPayload } from '../../state/activity-session';
import type { AppStore } from '../../state/store';
import { h } from '../dom';
import { LmsReport } from './lms-report';
import { mountActivityPanel } from './panel';
import './activity.css';
import { onLocaleChange, t } from '../../i18n/index';
import { loadActivityWords } from './words';

export interface MountActivityOptions {
  host: HTMLElement;
  id: ActivityId;
  store: AppStore;
  win: Window;
  onCompleted(payload: ActivityCompletedPayload): void;
}

export function mountActivity(o: MountActivityOptions): () => void {
  const def = ACTIVITIES[o.id];
  const report = LmsReport.open(o.win, performance.now());
  let dispose = () => {};
  let stopWords = () => {};
  let left = false;
  const start = (): void => {
    const answers = answersOf(def, activityModel());
    let session = decodeSession(def, report.suspendData()) ?? newSession(def);
    report.begin();
    const mount = () =>
      mountActivityPanel({
        host: o.host,
        def,
        answers,
        session,
        store: o.store,
        onProgress: (s) => {
          session = s;
          report.progress(encodeSession(s));
        },
        onFinish: (r, s) => {
          session = s;
          report.complete(r.percent, encodeSession(s));
          o.onCompleted(completedPayload(r, s));
        },
      });
    dispose = mount();
    // another language: the same session, worded anew (setLocale has loaded the activity's catalogs)
    stopWords = onLocaleChange(() => {
      dispose();
      dispose = mount();
    });
  };
  const fail = (e: unknown) =>
    o.host.replaceChildren(h('p', { class: 'notice', role: 'alert', text: t('app.activityUi.couldNotStart', { reason: e instanceof Error ? e.message : String(e) }) }));
  // the words first (their catalogs are lazy chunks); busy until the panel is in place
  void loadActivityWords()
    .then(() => {
      if (!left) start();
    })
    .catch(fail)
    .finally(() => o.host.setAttribute('aria-busy', 'false'));
  const leave = () => report.finish(performance.now());
  o.win.addEventListener('pagehide', leave);
  return () => {
    left = true;
    o.win.removeEventListener('pagehide', leave);
    leave();
    stopWords();
    dispose();
  };
}
