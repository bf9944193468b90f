/**
 * Layout of the dependency graph of the HTML report: one column per phase, items stacked in rows, and every
 * edge routed orthogonally through the free space — the vertical gaps between columns and the horizontal
 * corridors between rows, which no node crosses because rows are aligned across columns. An edge never
 * passes over a node box, so it cannot appear to end at an item it does not reach.
 *
 * Route of an edge from column a to column b (blocker → item):
 * - b = a + 1: out of the blocker's right side into gap a, along it to the item's row, into the item's left side;
 * - b > a + 1: into gap a, along it to the corridor next to the blocker's row, along the corridor to gap b − 1,
 *   along that gap to the item's row, into its left side;
 * - b = a (an item pulled into its blocker's phase): into gap a and back into the item's right side;
 * - b < a: as b > a + 1, entering the item from the gap on its left (the left margin for column 0).
 * Each edge gets its own lane in a gap and in a corridor, so parallel edges stay apart.
 */

export const NODE_W = 200;
export const NODE_H = 40;
export const COL_GAP = 80;
export const ROW_GAP = 26;
export const TOP = 30;
export const LEFT = 30;

export interface GraphNodeIn {
  id: string;
  column: number;
}

export interface GraphEdgeIn {
  from: string;
  to: string;
}

export interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Route {
  from: string;
  to: string;
  /** Polyline points, first on the blocker's side, last on the item's side. */
  points: Array<[number, number]>;
}

export interface GraphLayout {
  width: number;
  height: number;
  columns: number;
  boxes: Box[];
  routes: Route[];
  /** x of each column's left side (for headers). */
  columnX: number[];
}

export function layoutGraph(nodes: readonly GraphNodeIn[], edges: readonly GraphEdgeIn[]): GraphLayout {
  const columns = nodes.length ? Math.max(...nodes.map((n) => n.column)) + 1 : 0;
  const columnX = Array.from({ length: columns }, (_, c) => LEFT + c * (NODE_W + COL_GAP));
  const rowsIn = new Array<number>(columns).fill(0);
  const box = new Map<string, Box & { column: number; row: number }>();
  for (const n of nodes) {
    const row = rowsIn[n.column]++;
    box.set(n.id, { id: n.id, x: columnX[n.column], y: TOP + row * (NODE_H + ROW_GAP), w: NODE_W, h: NODE_H, column: n.column, row });
  }
  const rows = Math.max(0, ...rowsIn);
  /** y of the corridor above row r (r = rows: below the last row). */
  const corridorY = (r: number) => TOP + r * (NODE_H + ROW_GAP) - ROW_GAP / 2;
  /** x of the middle of the gap right of column c (c = −1: the left margin). */
  const gapX = (c: number) => (c < 0 ? LEFT / 2 : columnX[c] + NODE_W + COL_GAP / 2);

  // Lanes: edges sharing a gap or a corridor are spread across its width.
  const valid = edges.filter((e) => box.has(e.from) && box.has(e.to));
  const gapUse = new Map<number, number>();
  const corrUse = new Map<number, number>();
  const gapLanes = new Map<string, number>();
  const corrLanes = new Map<number, number>();
  const gapsOf = (a: number, b: number) => (b === a + 1 || b === a ? [a] : [a, b - 1]);
  valid.forEach((e, i) => {
    const a = box.get(e.from)!.column;
    const b = box.get(e.to)!.column;
    for (const g of gapsOf(a, b)) {
      const n = gapUse.get(g) ?? 0;
      gapLanes.set(`${i}:${g}`, n);
      gapUse.set(g, n + 1);
    }
    if (b !== a && b !== a + 1) {
      const r = corridorRow(box.get(e.from)!.row, box.get(e.to)!.row);
      const n = corrUse.get(r) ?? 0;
      corrLanes.set(i, n);
      corrUse.set(r, n + 1);
    }
  });
  const spread = (slot: number, count: number, width: number) => (count <= 1 ? 0 : -width / 2 + (width * slot) / (count - 1));
  const laneX = (i: number, g: number) => gapX(g) + spread(gapLanes.get(`${i}:${g}`) ?? 0, gapUse.get(g) ?? 1, (g < 0 ? LEFT : COL_GAP) - 24);
  const laneY = (i: number, r: number) => corridorY(r) + spread(corrLanes.get(i) ?? 0, corrUse.get(r) ?? 1, ROW_GAP - 10);

  const routes: Route[] = valid.map((e, i) => {
    const s = box.get(e.from)!;
    const t = box.get(e.to)!;
    const a = s.column;
    const b = t.column;
    const ys = s.y + NODE_H / 2;
    const yt = t.y + NODE_H / 2;
    const out: Array<[number, number]> = [[s.x + NODE_W, ys]];
    if (b === a) {
      const gx = laneX(i, a);
      out.push([gx, ys], [gx, yt], [t.x + NODE_W, yt]);
    } else if (b === a + 1) {
      const gx = laneX(i, a);
      out.push([gx, ys], [gx, yt], [t.x, yt]);
    } else {
      const g1 = laneX(i, a);
      const g2 = laneX(i, b - 1);
      const cy = laneY(i, corridorRow(s.row, t.row));
      out.push([g1, ys], [g1, cy], [g2, cy], [g2, yt], [t.x, yt]);
    }
    return { from: e.from, to: e.to, points: out };
  });
  return {
    width: (columns ? columnX[columns - 1] + NODE_W : 0) + COL_GAP,
    height: TOP + Math.max(rows, 1) * (NODE_H + ROW_GAP) + 10,
    columns,
    boxes: [...box.values()].map(({ id, x, y, w, h }) => ({ id, x, y, w, h })),
    routes,
    columnX,
  };
}

/** The corridor closest to both rows: below the upper one, unless the lower one is the same row. */
function corridorRow(rs: number, rt: number): number {
  return rt > rs ? rs + 1 : rt < rs ? rs : rs + 1;
}

/** SVG path data of a route (straight segments). */
export function pathData(points: ReadonlyArray<readonly [number, number]>): string {
  return points.map(([x, y], i) => `${i ? 'L' : 'M'}${round(x)},${round(y)}`).join(' ');
}

const round = (v: number) => Math.round(v * 10) / 10;
