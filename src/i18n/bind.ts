// DOM text that follows the language: bindText(el, key, args) sets el.textContent now and again
// after every setLocale; bindAttr does the same for an attribute (aria-label, title). A bound
// element that has left the document is forgotten (a WeakRef), so short-lived views need no
// clean-up. For text computed each frame (readouts), calling t() each time is enough.

import { onLocaleChange, t, type Args } from './index';

type Apply = (el: Element) => void;
const bound = new Set<{ ref: WeakRef<Element>; apply: Apply }>();
let subscribed = false;

/** Run `apply(el)` now and after every language switch, while `el` lives. */
export function localize<E extends Element>(el: E, apply: (el: E) => void): E {
  apply(el);
  bound.add({ ref: new WeakRef(el), apply: apply as Apply });
  if (!subscribed) {
    subscribed = true;
    onLocaleChange(() => {
      for (const b of [...bound]) {
        const el = b.ref.deref();
        if (el) b.apply(el);
        else bound.delete(b);
      }
    });
  }
  return el;
}

/** el.textContent = t(key, args), now and after each switch. `args` may be a function for live values. */
export const bindText = <E extends Element>(el: E, key: string, args?: Args | (() => Args)): E =>
  localize(el, (e) => {
    e.textContent = t(key, typeof args === 'function' ? args() : args);
  });

/** el.setAttribute(attr, t(key, args)), now and after each switch. */
export const bindAttr = <E extends Element>(el: E, attr: string, key: string, args?: Args | (() => Args)): E =>
  localize(el, (e) => e.setAttribute(attr, t(key, typeof args === 'function' ? args() : args)));
