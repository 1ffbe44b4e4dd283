// A visible, dismissible notice for link options the app could not use (from parseUrlOptions).
// Text only (textContent): the warnings echo parts of the URL, which anyone can write.

import { h } from './dom';
import { bindText } from '../i18n/bind';

export function showNotice(parent: HTMLElement, title: string, lines: readonly string[]): HTMLElement | null {
  if (lines.length === 0) return null;
  const list = h('ul');
  for (const l of lines) list.append(h('li', { text: l }));
  const close = bindText(h('button', { type: 'button', class: 'btn notice-close' }), 'app.notice.dismiss');
  const box = h('div', { class: 'notice', role: 'status' }, h('p', { class: 'notice-title', text: title }), list, close);
  close.addEventListener('click', () => box.remove());
  parent.prepend(box);
  return box;
}

/** The scene area's message when there is no WebGL: the rest of the app keeps working. */
export function showSceneFallback(container: HTMLElement, reason: string): HTMLElement {
  const box = h(
    'div',
    { class: 'scene-fallback', role: 'note' },
    bindText(h('p', { class: 'scene-fallback-title' }), 'app.notice.noWebglTitle'),
    h('p', { text: reason }),
    bindText(h('p'), 'app.notice.noWebglStill'),
  );
  container.append(box);
  return box;
}

/**
 * A message over the scene while the browser has taken the WebGL context away (GPU reset, too
 * many tabs). Hidden again when the scene reports the context restored.
 */
export function contextLostNotice(container: HTMLElement): (lost: boolean) => void {
  let box: HTMLElement | null = null;
  return (lost: boolean) => {
    if (lost && !box) {
      box = h(
        'div',
        { class: 'scene-fallback context-lost', role: 'status' },
        bindText(h('p', { class: 'scene-fallback-title' }), 'app.notice.contextLostTitle'),
        bindText(h('p'), 'app.notice.contextLostBody'),
      );
      container.append(box);
    } else if (!lost && box) {
      box.remove();
      box = null;
    }
  };
}
