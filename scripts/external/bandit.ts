import type { SourceMapping } from './mapping.js';
import type { Scores } from './score.js';
export async function scoreBandit(_root: string, _m: SourceMapping, _w: string, _s: Scores, _l: string[]): Promise<number> {
  return 0;
}
