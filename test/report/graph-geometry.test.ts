/**
 * The HTML dependency graph, checked geometrically (no screenshot): no edge segment crosses a node box, and
 * every edge starts on its blocker's box and ends on its item's box. Curves (`C`) are flattened, so the
 * check also measures drawings that are not polylines.
 */
import path from 'node:path';
import { expect, test } from 'vitest';
import { scan } from '../../src/index.js';
import { buildPlan } from '../../src/plan/index.js';
import { layoutGraph } from '../../src/report/graph-layout.js';
import { renderHtmlReport } from '../../src/report/html.js';
import { toReportModel } from '../../src/report/model.js';

type Pt = [number, number];
interface Rect { id: string; x: number; y: number; w: number; h: number }

const TOOL = { name: 'harden', version: 'test', informationUri: 'https://example.com' };
const EXAMPLE = path.resolve(import.meta.dirname, '..', '..', 'examples', 'legacy-platform');

function parseGraph(html: string): { rects: Rect[]; edges: Array<{ from: string; to: string; points: Pt[] }> } {
  const svg = html.slice(html.indexOf('<section id="graph">'), html.indexOf('</section>', html.indexOf('<section id="graph">')));
  const rects = [...svg.matchAll(/<g class="node[^"]*" data-id="([^"]+)" transform="translate\(([\d.]+),([\d.]+)\)"><rect width="([\d.]+)" height="([\d.]+)"/g)].map((m) => ({
    id: m[1], x: +m[2], y: +m[3], w: +m[4], h: +m[5],
  }));
  const edges = [...svg.matchAll(/<path class="edge[^"]*" data-from="([^"]+)" data-to="([^"]+)" d="([^"]+)"/g)].map((m) => ({ from: m[1], to: m[2], points: flatten(m[3]) }));
  return { rects, edges };
}

/** Path data with M, L and C commands as a polyline (cubic curves sampled in 32 steps). */
function flatten(d: string): Pt[] {
  const out: Pt[] = [];
  const re = /([MLC])\s*([-\d.,\s]+)/g;
  for (const m of d.matchAll(re)) {
    const nums = m[2].trim().split(/[\s,]+/).map(Number);
    if (m[1] !== 'C') for (let i = 0; i < nums.length; i += 2) out.push([nums[i], nums[i + 1]]);
    else {
      const p0 = out[out.length - 1];
      const [c1x, c1y, c2x, c2y, x, y] = nums;
      for (let k = 1; k <= 32; k++) {
        const t = k / 32;
        const u = 1 - t;
        out.push([u ** 3 * p0[0] + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t ** 3 * x, u ** 3 * p0[1] + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t ** 3 * y]);
      }
    }
  }
  return out;
}

/** Does segment a–b enter the interior of r (shrunk by 1 px, so touching a side is allowed)? Liang–Barsky. */
function crosses(a: Pt, b: Pt, r: Rect): boolean {
  const [x0, y0, x1, y1] = [r.x + 1, r.y + 1, r.x + r.w - 1, r.y + r.h - 1];
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [[-dx, a[0] - x0], [dx, x1 - a[0]], [-dy, a[1] - y0], [dy, y1 - a[1]]]) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

const onBoundary = (p: Pt, r: Rect) =>
  p[0] >= r.x - 1 && p[0] <= r.x + r.w + 1 && p[1] >= r.y - 1 && p[1] <= r.y + r.h + 1 &&
  (Math.abs(p[0] - r.x) <= 1 || Math.abs(p[0] - r.x - r.w) <= 1 || Math.abs(p[1] - r.y) <= 1 || Math.abs(p[1] - r.y - r.h) <= 1);

function problems(g: ReturnType<typeof parseGraph>): string[] {
  const byId = new Map(g.rects.map((r) => [r.id, r]));
  const out: string[] = [];
  for (const e of g.edges) {
    if (!onBoundary(e.points[0], byId.get(e.from)!)) out.push(`${e.from} → ${e.to} does not start on ${e.from}`);
    if (!onBoundary(e.points[e.points.length - 1], byId.get(e.to)!)) out.push(`${e.from} → ${e.to} does not end on ${e.to}`);
    for (let i = 1; i < e.points.length; i++) {
      for (const r of g.rects) if (crosses(e.points[i - 1], e.points[i], r)) out.push(`${e.from} → ${e.to} crosses ${r.id}`);
    }
  }
  return [...new Set(out)];
}

test('the dependency graph of examples/legacy-platform: no edge crosses a node box; each starts and ends on its own items', async () => {
  const res = await scan(EXAMPLE, { cache: false });
  const plan = buildPlan(res);
  const g = parseGraph(renderHtmlReport({ model: toReportModel(res, TOOL, 'legacy-platform'), facts: res.facts, plan }));
  expect(g.rects).toHaveLength(plan.items.length);
  expect(g.edges).toHaveLength(plan.edges.length);
  const column = new Map(g.rects.map((r) => [r.id, r.x]));
  // the drawing has what makes the check meaningful: edges that skip over columns holding other items
  expect(g.edges.filter((e) => column.get(e.to)! - column.get(e.from)! > 300).length).toBeGreaterThan(2);
  expect(problems(g)).toEqual([]);
});

test('routing holds on a dense synthetic graph: every pair of columns, same-column and backward edges', () => {
  const nodes = Array.from({ length: 40 }, (_, i) => ({ id: `N${i}`, column: i % 6 }));
  const edges = [];
  for (let i = 0; i < 40; i++) for (const k of [1, 7, 13, 6, 19]) edges.push({ from: `N${i}`, to: `N${(i + k) % 40}` });
  const layout = layoutGraph(nodes, edges);
  const g = { rects: layout.boxes, edges: layout.routes.map((r) => ({ from: r.from, to: r.to, points: r.points as Pt[] })) };
  expect(g.edges).toHaveLength(200);
  expect(problems(g)).toEqual([]);
});
