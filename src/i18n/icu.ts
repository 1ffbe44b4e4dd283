// A thin ICU MessageFormat layer on the platform's Intl (no library: see doc/translating.md).
// It covers what the catalogs use and nothing more:
//   {name}                                 an argument, as text (numbers through Intl.NumberFormat)
//   {name, number}                         a number in the locale's style (decimal comma in de/es)
//   {name, plural, =0 {…} one {…} other {…}}  Intl.PluralRules categories, '#' is the number
//   {name, select, a {…} b {…} other {…}}  a choice by word
// Apostrophes follow ICU: '' is one apostrophe, '{' … ' quotes syntax characters; any other
// apostrophe is literal (so "l'eau" and "Downey's" need no escaping).
// parse() throws a SyntaxError naming the position of a malformed message; the key-parity test
// parses every catalog, so a broken translation fails the unit tests, never the page.

export type Part =
  | { type: 'text'; value: string }
  | { type: 'arg'; name: string }
  | { type: 'number'; name: string }
  | { type: 'pound' }
  | { type: 'plural' | 'select'; name: string; options: Readonly<Record<string, Message>> };
export type Message = readonly Part[];

/** Parse one ICU message into parts. */
export function parse(source: string): Message {
  let i = 0;
  const fail = (what: string): never => {
    throw new SyntaxError(`${what} at ${i} in "${source}"`);
  };
  const space = () => {
    while (i < source.length && /\s/.test(source[i])) i++;
  };
  const ident = (): string => {
    space();
    const m = /^[\p{L}\p{N}_=.-]+/u.exec(source.slice(i));
    if (!m) fail('expected a name');
    i += m![0].length;
    space();
    return m![0];
  };
  const message = (inPlural: boolean, nested: boolean): Part[] => {
    const parts: Part[] = [];
    let text = '';
    const flush = () => {
      if (text) parts.push({ type: 'text', value: text });
      text = '';
    };
    while (i < source.length) {
      const c = source[i];
      if (c === "'") {
        const next = source[i + 1];
        if (next === "'") {
          text += "'";
          i += 2;
        } else if (next === '{' || next === '}' || (inPlural && next === '#')) {
          const end = source.indexOf("'", i + 1);
          if (end < 0) fail('unclosed quote');
          text += source.slice(i + 1, end);
          i = end + 1;
        } else {
          text += c;
          i++;
        }
      } else if (c === '{') {
        flush();
        i++;
        parts.push(argument());
      } else if (c === '}') {
        if (!nested) fail('unmatched }');
        break;
      } else if (c === '#' && inPlural) {
        flush();
        parts.push({ type: 'pound' });
        i++;
      } else {
        text += c;
        i++;
      }
    }
    flush();
    return parts;
  };
  const argument = (): Part => {
    const name = ident();
    if (source[i] === '}') {
      i++;
      return { type: 'arg', name };
    }
    if (source[i] !== ',') fail('expected , or }');
    i++;
    const kind = ident();
    if (kind === 'number') {
      if (source[i] !== '}') fail('number takes no style here');
      i++;
      return { type: 'number', name };
    }
    if (kind !== 'plural' && kind !== 'select') fail(`unknown argument type "${kind}"`);
    if (source[i] !== ',') fail('expected ,');
    i++;
    const options: Record<string, Message> = {};
    for (;;) {
      space();
      if (source[i] === '}') {
        i++;
        break;
      }
      const key = ident();
      if (source[i] !== '{') fail('expected {');
      i++;
      options[key] = message(kind === 'plural', true);
      if (source[i] !== '}') fail('unclosed option');
      i++;
    }
    if (!options.other) fail(`${kind} needs an "other" option`);
    return { type: kind as 'plural' | 'select', name, options };
  };
  const out = message(false, false);
  if (i < source.length) fail('unexpected }');
  return out;
}

export type Args = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** Formats a number in the locale (the caller caches its Intl objects). */
export interface Formatters {
  number(x: number): string;
  plural(x: number): Intl.LDMLPluralRule;
}

/** A parsed message with its arguments, as text. A missing argument shows as {name}, never "undefined". */
export function format(msg: Message, args: Args, f: Formatters, pound?: number): string {
  let out = '';
  for (const p of msg) {
    if (p.type === 'text') out += p.value;
    else if (p.type === 'pound') out += pound === undefined ? '#' : f.number(pound);
    else {
      const v = args[p.name];
      if (v === undefined || v === null) {
        out += `{${p.name}}`;
      } else if (p.type === 'arg') out += typeof v === 'number' ? f.number(v) : String(v);
      else if (p.type === 'number') out += typeof v === 'number' ? f.number(v) : String(v);
      else if (p.type === 'select') out += format(p.options[String(v)] ?? p.options.other, args, f);
      else {
        const n = Number(v);
        const chosen = p.options[`=${n}`] ?? p.options[f.plural(n)] ?? p.options.other;
        out += format(chosen, args, f, n);
      }
    }
  }
  return out;
}

/** The argument names and shapes a message uses, for the key-parity test: "n:plural", "what:select[a|b|other]". */
export function shapeOf(msg: Message, into = new Set<string>()): Set<string> {
  for (const p of msg) {
    if (p.type === 'arg' || p.type === 'number') into.add(`${p.name}:arg`);
    else if (p.type === 'select') into.add(`${p.name}:select[${Object.keys(p.options).sort().join('|')}]`);
    else if (p.type === 'plural') into.add(`${p.name}:plural`);
    if (p.type === 'plural' || p.type === 'select') for (const o of Object.values(p.options)) shapeOf(o, into);
  }
  return into;
}

/** A message with every literal text run mapped (the pseudo-locale), syntax and arguments kept. */
export function mapText(msg: Message, fn: (text: string) => string): Message {
  return msg.map((p): Part => {
    if (p.type === 'text') return { type: 'text', value: fn(p.value) };
    if (p.type === 'plural' || p.type === 'select') {
      const options: Record<string, Message> = {};
      for (const [k, o] of Object.entries(p.options)) options[k] = mapText(o, fn);
      return { ...p, options };
    }
    return p;
  });
}
