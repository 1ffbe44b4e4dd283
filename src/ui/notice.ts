// A visible, dismissible notice for link options the app could not use (from parseUrlOptions).
// Text only (textContent): the warnings echo parts of the URL, which anyone can write.

import { h } from './dom';

export function showNotice(parent: HTMLElement, title: string, lines: readonly string[]): HTMLElement | null {
  if (lines.length === 0) return null;
  const list = h('ul');
  for (const l of lines) list.append(h('li', { text: l }));
  const close = h('button', { type: 'button', class: 'btn notice-close', text: 'Dismiss' });
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
    h('p', { class: 'scene-fallback-title', text: 'The 3D skull cannot be shown in this browser.' }),
    h('p', { text: reason }),
    h('p', { text: 'The controls, readouts and charts still work: the numbers come from the same model.' }),
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
        h('p', { class: 'scene-fallback-title', text: 'The 3D view was interrupted by the graphics system.' }),
        h('p', { text: 'It comes back by itself when the browser restores it. The readouts and charts keep working.' }),
      );
      container.append(box);
    } else if (!lost && box) {
      box.remove();
      box = null;
    }
  };
}
