/** `s` as a literal inside a regular expression (JS `RegExp` and ast-grep's Rust `regex` alike). */
export const reEscape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
