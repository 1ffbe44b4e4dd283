// In-page probes for the i18n guard (tests/e2e/i18n.test.ts): every visible string on a view, and
// every label or button whose text overflows its box. Run in the page with page.evaluate.
import type { Page } from 'playwright-core';

export interface SeenText {
  /** where: a short CSS-ish path */
  at: string;
  text: string;
}

/** Visible text nodes and the accessible-name attributes of visible elements, outside translate="no". */
export function visibleStrings(page: Page, rootSelector = 'body'): Promise<SeenText[]> {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel);
    if (!root) return [];
    const out: { at: string; text: string }[] = [];
    const path = (el: Element): string => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && e !== document.body && parts.length < 3; e = e.parentElement) {
        parts.unshift(e.id ? `#${e.id}` : `${e.tagName.toLowerCase()}${e.classList[0] ? `.${e.classList[0]}` : ''}`);
      }
      return parts.join(' > ');
    };
    const shown = (el: Element): boolean =>
      !el.closest('[translate="no"], script, style, [aria-hidden="true"] canvas') &&
      el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) &&
      el.getClientRects().length > 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim() ?? '';
      const parent = n.parentElement;
      if (text && parent && shown(parent)) out.push({ at: path(parent), text });
    }
    for (const el of root.querySelectorAll('[aria-label], [aria-valuetext], [title], [placeholder]')) {
      if (el.closest('[translate="no"]') || !el.checkVisibility()) continue;
      for (const a of ['aria-label', 'aria-valuetext', 'title', 'placeholder']) {
        const v = el.getAttribute(a)?.trim();
        if (v) out.push({ at: `${path(el)} @${a}`, text: v });
      }
    }
    return out;
  }, rootSelector);
}

/** Labels, buttons, tabs, headings and summaries whose text is wider than their box. */
export function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, label, summary, legend, [role="tab"], h1, h2, h3, dt, th, .btn')]
      // visually hidden labels (1 px, clipped) are for screen readers: no box to overflow
      .filter((el) => el.checkVisibility() && el.getClientRects().length > 0 && el.clientWidth > 1 && getComputedStyle(el).textOverflow !== 'ellipsis')
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 50)}" ${el.scrollWidth} > ${el.clientWidth} px`),
  );
}
