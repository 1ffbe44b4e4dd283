// Completing a guided activity by keyboard alone, through its markup contract: each item a
// <fieldset> with a <legend>, native radios or a range input, a button named "Check" ("Finish"
// on the last), results in role="status". Works on the app's page or on the frame an LMS
// launches it in: keys go to whatever has focus.
import type { Frame, Page } from 'playwright-core';

/** What the key presses should answer: a choice's position in its group, or slider arrow presses. */
export type KeyPlan = (item: { index: number; kind: 'radio' | 'range'; choices: number }) => number;

/** Up to this many Tabs to reach the next control: the page's header, tabs and scene come first. */
const MAX_TABS = 80;

async function focused(doc: Page | Frame): Promise<{ item: number; kind: string; name: string; disabled: boolean }> {
  return doc.evaluate(() => {
    const el = document.activeElement;
    const fs = el?.closest('fieldset.activity-item');
    const items = [...document.querySelectorAll('fieldset.activity-item')];
    const kind = el instanceof HTMLInputElement ? el.type : el instanceof HTMLButtonElement ? 'button' : (el?.tagName ?? '').toLowerCase();
    const disabled = el instanceof HTMLInputElement || el instanceof HTMLButtonElement ? el.disabled : false;
    return { item: fs ? items.indexOf(fs) : -1, kind, name: (el?.textContent ?? '').trim(), disabled };
  });
}

async function tabTo(page: Page, doc: Page | Frame, want: (f: Awaited<ReturnType<typeof focused>>) => boolean): Promise<Awaited<ReturnType<typeof focused>>> {
  for (let i = 0; i < MAX_TABS; i++) {
    const f = await focused(doc);
    if (want(f)) return f;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the control the activity should offer next');
}

/** Answers every item by keyboard (plan says how far to arrow) and presses Check, then Finish. */
export async function completeByKeyboard(page: Page, doc: Page | Frame, plan: KeyPlan = () => 0, fromItem = 0, toItem = Infinity): Promise<void> {
  const total = await doc.locator('fieldset.activity-item').count();
  for (let i = fromItem; i < Math.min(total, toItem); i++) {
    const input = await tabTo(page, doc, (f) => f.item === i && (f.kind === 'radio' || f.kind === 'range') && !f.disabled);
    const choices = await doc.locator('fieldset.activity-item').nth(i).locator('input[type=radio]').count();
    const n = plan({ index: i, kind: input.kind as 'radio' | 'range', choices });
    if (input.kind === 'radio') {
      await page.keyboard.press('Space'); // selects the first choice
      for (let k = 0; k < n; k++) await page.keyboard.press('ArrowDown');
    } else for (let k = 0; k < n; k++) await page.keyboard.press('ArrowRight');
    const button = await tabTo(page, doc, (f) => f.item === i && f.kind === 'button');
    if (button.name !== (i === total - 1 ? 'Finish' : 'Check')) throw new Error(`item ${i + 1}'s button is named "${button.name}"`);
    await page.keyboard.press('Enter');
    await doc.locator('fieldset.activity-item').nth(i).locator('.activity-answer:not([hidden])').waitFor();
  }
}
