// The "Embed" dialog: the <iframe> snippet that shows the current state in embed mode, with a
// choice of the controls to keep and a copy button. A native modal <dialog> (showModal): the
// browser makes the rest of the page inert and closes it on Escape; Tab and Shift+Tab wrap
// around inside it (Chromium would otherwise let Tab leave for the browser's own UI); focus
// returns to the button that opened it. It is built on first open, so until then its labels
// ("Subject", "Speed", ...) do not share names with the student controls.
//
// The snippet's link is built by the URL schema (serializeUrlOptions), so it carries exactly the
// options a shared link would, plus embed=1, and never the QA flags.

import type { AppState } from '../../state/app-state';
import type { AppStore } from '../../state/store';
import { serializeUrlOptions } from '../../state/url-options';
import { CONTROL_IDS, type ControlId } from '../../state/url-schema';
import { h, uid } from '../dom';
import { bindText } from '../../i18n/bind';
import { t } from '../../i18n/index';

/** The iframe's default size, CSS px: the embed layout is designed and tested at 800x500. */
export const EMBED_WIDTH_PX = 800;
export const EMBED_HEIGHT_PX = 500;


/**
 * The embed URL for a state: the page's address without its query, plus the state's options,
 * embed=1 and always the language (the course page is written in one: an embed without `locale`
 * would follow each student's browser instead, English being the default the schema leaves out).
 */
export function embedUrl(base: string, state: AppState, controls: readonly ControlId[]): string {
  // lecture mode is a presenter's tool, not part of an embedded figure
  const s: AppState = { ...state, embed: true, lecture: false };
  const q = serializeUrlOptions(s, { controls: [...controls] });
  return `${base}?${/(^|&)locale=/.test(q) ? q : `${q}&locale=${state.locale}`}`;
}

/** Text for an HTML attribute value in double quotes. */
function attr(v: string): string {
  return v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function iframeSnippet(url: string, width = EMBED_WIDTH_PX, height = EMBED_HEIGHT_PX): string {
  return (
    `<iframe src="${attr(url)}" width="${width}" height="${height}" ` +
    `title="${attr(t('app.title'))}" style="border:0" ` +
    `allow="fullscreen" loading="lazy"></iframe>`
  );
}

/** The page address without query or hash: where the embedded app lives. */
function pageBase(): string {
  return `${location.origin === 'null' ? location.protocol + '//' : location.origin}${location.pathname}`;
}

export interface EmbedDialog {
  readonly dialog: HTMLDialogElement;
  open(opener?: HTMLElement | null): void;
  dispose(): void;
}

/** The dialog, built on first open (see the file header). */
export function lazyEmbedDialog(store: AppStore, initialControls: readonly ControlId[]): { open(opener?: HTMLElement | null): void; dispose(): void } {
  let d: EmbedDialog | null = null;
  return {
    open(opener) {
      d ??= createEmbedDialog(store, initialControls);
      d.open(opener);
    },
    dispose() {
      d?.dispose();
      d = null;
    },
  };
}

function createEmbedDialog(store: AppStore, initialControls: readonly ControlId[]): EmbedDialog {
  const titleId = uid('embed-title');
  const descId = uid('embed-desc');
  const codeId = uid('embed-code');
  const chosen = new Set<ControlId>(initialControls);

  const checks = CONTROL_IDS.map((id) => {
    const box = h('input', { type: 'checkbox', value: id });
    box.checked = chosen.has(id);
    box.addEventListener('change', () => {
      if (box.checked) chosen.add(id);
      else chosen.delete(id);
      refresh();
    });
    return h('label', { class: 'embed-check' }, box, bindText(h('span'), `app.embed.control.${id}`));
  });
  const code = h('textarea', { id: codeId, class: 'embed-code', readonly: true, rows: 5, spellcheck: 'false' });
  const status = h('p', { class: 'embed-status', role: 'status' });
  const copy = bindText(h('button', { type: 'button', class: 'btn embed-copy' }), 'app.embed.copy');
  const close = bindText(h('button', { type: 'button', class: 'btn embed-close' }), 'app.embed.close');
  const fileNote = bindText(h('p', { class: 'hint embed-file-note' }), 'app.embed.fileNote');
  fileNote.hidden = location.protocol !== 'file:';

  const dialog = h(
    'dialog',
    { class: 'embed-dialog', 'aria-labelledby': titleId, 'aria-describedby': descId },
    bindText(h('h2', { id: titleId, class: 'embed-dialog-title' }), 'app.embed.title'),
    bindText(h('p', { id: descId }), 'app.embed.description'),
    h('fieldset', { class: 'embed-controls' }, bindText(h('legend'), 'app.embed.controls'), ...checks),
    bindText(h('label', { for: codeId, class: 'embed-code-label' }), 'app.embed.snippet'),
    code,
    fileNote,
    h('div', { class: 'embed-actions' }, copy, close, status),
    apiHint(),
  );
  document.body.append(dialog);

  let opener: HTMLElement | null = null;
  function refresh(): void {
    const controls = CONTROL_IDS.filter((c) => chosen.has(c));
    code.value = iframeSnippet(embedUrl(pageBase(), store.getState(), controls));
    status.textContent = '';
  }

  copy.addEventListener('click', async () => {
    const text = code.value;
    let ok = false;
    try {
      if (navigator.clipboard?.writeText) {
        await navigator.clipboard.writeText(text);
        ok = true;
      }
    } catch {
      ok = false;
    }
    if (!ok) {
      // file:// pages and some frames have no async clipboard: select the text for Ctrl+C instead
      code.focus();
      code.select();
      try {
        ok = document.execCommand('copy');
      } catch {
        ok = false;
      }
    }
    status.textContent = t(ok ? 'app.embed.copied' : 'app.embed.copyByHand');
  });
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    opener?.focus();
    opener = null;
  });
  // A click on the backdrop (outside the dialog box) closes it, as users expect of a modal.
  dialog.addEventListener('click', (e) => {
    if (e.target !== dialog) return;
    const r = dialog.getBoundingClientRect();
    const inside = e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
    if (!inside) dialog.close();
  });

  // Focus trap: wrap Tab from the last focusable element to the first, Shift+Tab the other way.
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab') return;
    const items = [...dialog.querySelectorAll<HTMLElement>('button, input, textarea, select, a[href], [tabindex]:not([tabindex="-1"])')].filter(
      (el) => !el.hasAttribute('disabled') && !el.hidden && el.getClientRects().length > 0,
    );
    if (items.length === 0) return;
    const first = items[0];
    const last = items[items.length - 1];
    const active = document.activeElement;
    if (e.shiftKey && (active === first || !dialog.contains(active))) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (active === last || !dialog.contains(active))) {
      e.preventDefault();
      first.focus();
    }
  });

  return {
    dialog,
    open(from) {
      opener = from ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
      refresh();
      if (!dialog.open) dialog.showModal();
      code.focus();
      code.select();
    },
    dispose() {
      if (dialog.open) dialog.close();
      dialog.remove();
    },
  };
}

/** Where a host page learns the postMessage API: the example host page ships with the normal build
 *  (examples/embed.html, beside the app); the one-file build has no second page, so it says where
 *  the description lives instead of linking to a page that is not there. */
function apiHint(): HTMLElement {
  if (import.meta.env.MODE === 'single') {
    return bindText(h('p', { class: 'hint' }), 'app.embed.apiSingle');
  }
  return h(
    'p',
    { class: 'hint' },
    bindText(h('span'), 'app.embed.apiBefore'),
    bindText(h('a', { href: 'examples/embed.html', target: '_blank', rel: 'noopener' }), 'app.embed.apiLink'),
    bindText(h('span'), 'app.embed.apiAfter'),
  );
}
