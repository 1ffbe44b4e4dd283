// The page's entry point, kept small on purpose. The skull the link opens with is asked for first
// (a packed skull meshed when the app was built, src/view/skull-loader.ts; where there is none, the
// skull worker, which starts only while the main thread is free for a moment, as it is here: this
// file and its few imports are all that has loaded), and the subject's anatomy is built in a
// worker (src/state/anatomy-early.ts). Then the app itself (app.ts: three.js, the
// model, the panel) is loaded, and its own request for the skull (SkullScene.prepare) finds it
// under way.

// the page's styles from the start (a stylesheet link in the built page's head), not with the app
import './ui/styles.css';
import { HEAD_SHAPES } from './model/geometry';
import type { SubjectId } from './model/types';
import { DEFAULT_SUBJECT } from './state/default-subject';
import { buildAnatomyEarly } from './state/anatomy-early';
import { prefetchSkull } from './view/skull-loader';

const named = new URLSearchParams(location.search).get('subject');
// the app reads and checks the link itself (url-options.ts); a subject it rejects opens the default
const subject = named !== null && Object.prototype.hasOwnProperty.call(HEAD_SHAPES, named) ? (named as SubjectId) : DEFAULT_SUBJECT;
prefetchSkull(subject);
// the model's longest one-off step, in a worker on the other core while the app loads
buildAnatomyEarly(subject);

await import('./app');
