// The scene's legend (DOM beside the canvas, not drawn in it): what each colour in the scene means
// and which readout it matches. It follows the technique (hands or Downey's plates) and the
// cutaway (the CSF colours appear only with it, as does their colour bar). The swatches take the
// scene's own colour constants (view/color-profiles.ts), so legend and scene cannot drift apart.

import { FIXED_COLORS, PROFILES } from '../view/color-profiles';
import type { AppStore } from '../state/store';
import type { AppState } from '../state/app-state';
import { watchedContact } from '../model/techniques';
import { TECHNIQUES } from '../model/techniques';
import { h, setText } from './dom';
import { bindText } from '../i18n/bind';
import { onLocaleChange, t } from '../i18n/index';

const css = (c: number): string => `#${c.toString(16).padStart(6, '0')}`;

interface Item {
  li: HTMLElement;
  text: HTMLElement;
}

export function mountSceneLegend(scene: HTMLElement, store: AppStore): () => void {
  const list = h('ul', { class: 'scene-legend-list' });
  const item = (key: string, colour: string): Item => {
    const text = h('span');
    // the colour through the CSSOM, not a style attribute: the strict CSP (style-src 'self') blocks those
    const swatch = h('span', { class: 'scene-legend-swatch' });
    swatch.style.background = colour;
    const li = h('li', { 'data-legend': key }, swatch, text);
    list.append(li);
    return { li, text };
  };
  const arrow = item('arrow', css(FIXED_COLORS.arrow));
  const hands = item('hands', css(FIXED_COLORS.glove));
  const tint = item('tint', `linear-gradient(90deg, ${css(PROFILES.default.bone)}, ${css(FIXED_COLORS.tint)})`);
  const suture = item('suture', css(PROFILES.default.suture));
  const csf = item('csf', 'linear-gradient(90deg, #00204d, #7c7b78, #ffea46)');
  bindText(arrow.text, 'app.legend.arrow');
  bindText(tint.text, 'app.legend.tint');
  bindText(suture.text, 'app.legend.suture');
  bindText(csf.text, 'app.legend.csf');
  const details = h('details', { class: 'scene-legend' }, bindText(h('summary'), 'app.legend.title'), list) as HTMLDetailsElement;
  // open where there is room beside the skull; a phone shows the summary line only
  details.open = window.matchMedia('(min-width: 900px)').matches;
  scene.append(details);

  const show = ([technique, cutaway]: readonly [AppState['technique'], boolean]) => {
    const plate = watchedContact(TECHNIQUES[technique]).kind === 'plate';
    hands.li.querySelector<HTMLElement>('.scene-legend-swatch')!.style.background = css(plate ? FIXED_COLORS.metal : FIXED_COLORS.glove);
    setText(hands.text, t(plate ? 'app.legend.plates' : 'app.legend.hands'));
    csf.li.hidden = !cutaway;
  };
  const unsub = store.subscribe((s) => [s.technique, s.cutaway] as const, show, {
    fireImmediately: true,
    equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1],
  });
  const offLocale = onLocaleChange(() => show([store.getState().technique, store.getState().cutaway]));
  return () => {
    offLocale();
    unsub();
    details.remove();
  };
}
