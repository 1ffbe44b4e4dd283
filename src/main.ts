// The page's entry point, kept small on purpose. The skull the link opens with is asked for first
// (a packed skull meshed when the app was built, src/view/skull-loader.ts; where there is none, the
// skull worker, which starts only while the main thread is free for a moment, as it is here: this
// file and its few imports are all that has loaded), and the subject's anatomy is built in a
// worker (src/state/anatomy-early.ts). Then the app itself (app.ts: three.js, the
// model, the panel) is loaded, and its own request for the skull (SkullScene.prepare) finds it
// under way.

// the page's styles from the start (a stylesheet link in the built page's head), not with the app
import './ui/styles.css';
import { isKnownSubject } from './model/geometry';
import { DEFAULT_SUBJECT } from './state/default-subject';
import { buildAnatomyEarly } from './state/anatomy-early';
import { prefetchSkull } from './view/skull-loader';

const named = new URLSearchParams(location.search).get('subject');
// the app reads and checks the link itself (url-options.ts); a subject it rejects opens the default
const subject = isKnownSubject(named) ? named : DEFAULT_SUBJECT;
prefetchSkull(subject);
// the model's longest one-off step, in a worker on the other core while the app loads
buildAnatomyEarly(subject);

// not awaited: a top-level await turns off Rolldown's chunk optimizations (see app.ts)
void import('./app');
// The page's first Intl.NumberFormat costs ~60-130 ms of the main thread (the engine loads its
// number-formatting data; later ones take ~0.1 ms, whatever the locale: measured by wrapping the
// constructor). Made here, while the app's code is fetched, rather than inside the panel's first
// build: the app formats its first number in the same long task as the panel (app-ui.ts).
new Intl.NumberFormat(navigator.language || 'en', { maximumSignificantDigits: 2 }).format(1.5);
