// The header's Lecture button, in the reader's language: lecture mode's own toggle, and the
// stand-in instructor-tools.ts shows before lecture mode's chunk loads (so this file stays small
// and in the first view).
import { bindAttr, bindText } from '../../i18n/bind';
import { h } from '../dom';

export function lectureToggle(): HTMLButtonElement {
  const b = h('button', { type: 'button', class: 'btn lecture-toggle', 'aria-pressed': 'false' });
  return bindAttr(bindText(b, 'app.lectureMode.toggle'), 'title', 'app.lectureMode.toggleTitle');
}
