/** `s` as a literal inside a regular expression (JS `RegExp` and ast-grep's Rust `regex` alike). */
export const reEscape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const built = new Map<string, RegExp>();

/**
 * A regex built from text that repeats across files and calls (a variable name, a per-file callee list), compiled
 * once: V8 parses and compiles every `new RegExp` afresh. Only for regexes without `g`/`y` (a shared one would carry
 * `lastIndex` from one use to the next). The memo is dropped whole when it grows past 2,000 entries.
 */
export function cachedRegExp(source: string, flags = ''): RegExp {
  if (flags.includes('g') || flags.includes('y')) throw new Error('cachedRegExp: a global or sticky regex keeps state between uses');
  const key = `${flags}/${source}`;
  let re = built.get(key);
  if (!re) {
    if (built.size >= 2000) built.clear();
    built.set(key, (re = new RegExp(source, flags)));
  }
  return re;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

/**
 * An alternation of literal words as a trie (`aws_secret(?:_key)?|ai(?:rtable|…)`): the regex engine then picks
 * a branch by the next character instead of trying every word at every position (irregexp tries the
 * alternatives of a flat `a|b|c…` one after the other). Matches what the flat alternation sorted longest
 * first matches: the longest word starting at a position.
 */
export function trieAlternation(words: readonly string[]): string {
  const root: TrieNode = { next: new Map(), end: false };
  for (const w of words) {
    let n = root;
    for (const ch of w) {
      let c = n.next.get(ch);
      if (!c) n.next.set(ch, (c = { next: new Map(), end: false }));
      n = c;
    }
    n.end = true;
  }
  const emit = (n: TrieNode): string => {
    const alts = [...n.next].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([ch, c]) => reEscape(ch) + emit(c));
    if (!alts.length) return '';
    const body = alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
    // Greedy optional tail: the longest word wins, as in the longest-first flat alternation.
    return n.end ? `(?:${body})?` : body;
  };
  return emit(root);
}
