const SPECIAL = /[.*+?^${}()|[\]\\]/;
const SPECIAL_ALL = new RegExp(SPECIAL.source, 'g');
/** `s` as a literal inside a regular expression (JS `RegExp` and ast-grep's Rust `regex` alike). */
export const reEscape = (s: string): string => s.replace(SPECIAL_ALL, '\\$&');
/** `reEscape` of one character, without a replace call (the trie below escapes every node's character). */
const escapeChar = (ch: string): string => (SPECIAL.test(ch) ? `\\${ch}` : ch);

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

/**
 * An alternation of literal words as a trie (`aws_secret(?:_key)?|ai(?:rtable|…)`): the regex engine then picks
 * a branch by the next character instead of trying every word at every position (irregexp tries the
 * alternatives of a flat `a|b|c…` one after the other). Matches what the flat alternation sorted longest
 * first matches: the longest word starting at a position.
 */
export function trieAlternation(words: readonly string[]): string {
  // Sorted (by code units, as the trie's branches are) and split into code points once: each level of the trie is
  // then a run of consecutive words sharing a code point, and the regex is built in one pass over them (a trie of
  // Map nodes cost ≈ 8 ms for 450 words, paid at module load in every thread).
  const list = [...new Set(words)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((w) => Array.from(w));
  const emit = (from: number, to: number, depth: number): string => {
    let end = false;
    const alts: string[] = [];
    let i = from;
    while (i < to && list[i].length === depth) {
      end = true;
      i++;
    }
    while (i < to) {
      const ch = list[i][depth];
      let j = i + 1;
      while (j < to && list[j][depth] === ch) j++;
      alts.push(escapeChar(ch) + emit(i, j, depth + 1));
      i = j;
    }
    if (!alts.length) return '';
    const body = alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
    // Greedy optional tail: the longest word wins, as in the longest-first flat alternation.
    return end ? `(?:${body})?` : body;
  };
  return emit(0, list.length, 0);
}
