// The pseudo-locale (en-XA): English with every letter accented and each message ~40 % longer,
// generated here from the English catalog, never written by hand. Text that reaches the screen
// unaccented came from outside the catalogs; a label that overflows its box in en-XA will
// overflow in German, whose words run about a third longer than English ones.

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'áƀçđéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ'][i]]),
);

/** Share added to each message's length. */
export const PSEUDO_GROWTH = 0.4;
/** The padding character: not a letter, so the leak check never mistakes it for English. */
export const PSEUDO_PAD = '·';

/** Every ASCII letter accented. */
export const accent = (text: string): string => text.replace(/[A-Za-z]/g, (c) => ACCENTED[c] ?? c);

/** A formatted message made ~40 % longer (empty stays empty). */
export function pad(text: string): string {
  const n = Math.ceil(text.length * PSEUDO_GROWTH);
  return text.trim() === '' ? text : `${text} ${PSEUDO_PAD.repeat(Math.max(1, n - 1))}`;
}
