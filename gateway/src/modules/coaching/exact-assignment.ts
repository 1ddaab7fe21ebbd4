/**
 * The exact answer to the bulk-matching problem for small instances: a
 * min-cost flow (successive shortest paths with Bellman–Ford, costs = −score)
 * on source → participant → coach → sink, plus participant → sink at cost 0 for
 * "stay unassigned". Too slow for a real cohort; it is the yardstick the
 * auction is checked against.
 */
import type { AssignmentProblem } from './assignment.js';

interface Arc {
  to: number;
  capacity: number;
  cost: number;
  /** Index of the reverse arc in `arcs`. */
  reverse: number;
}

export function solveAssignmentExactly(problem: AssignmentProblem): { coachOf: Int32Array; total: number } {
  const { participants: n, coaches: m, scores, capacity } = problem;
  const source = n + m;
  const sink = source + 1;
  const nodes = sink + 1;
  const arcs: Arc[] = [];
  const out: number[][] = Array.from({ length: nodes }, () => []);
  const addArc = (from: number, to: number, cap: number, cost: number): void => {
    out[from]!.push(arcs.length);
    arcs.push({ to, capacity: cap, cost, reverse: arcs.length + 1 });
    out[to]!.push(arcs.length);
    arcs.push({ to: from, capacity: 0, cost: -cost, reverse: arcs.length - 1 });
  };
  for (let i = 0; i < n; i++) {
    addArc(source, i, 1, 0);
    addArc(i, sink, 1, 0);
    for (let j = 0; j < m; j++) {
      const s = scores[i * m + j]!;
      if (s > -Infinity && !Number.isNaN(s) && s > 0) addArc(i, n + j, 1, -s);
    }
  }
  for (let j = 0; j < m; j++) addArc(n + j, sink, Math.floor(capacity[j] ?? 0), 0);

  // Every participant sends one unit (possibly straight to the sink), so the
  // flow is n and its minimum cost is −(best total score).
  for (let unit = 0; unit < n; unit++) {
    const dist = new Float64Array(nodes).fill(Infinity);
    const via = new Int32Array(nodes).fill(-1);
    const inQueue = new Uint8Array(nodes);
    dist[source] = 0;
    const queue = [source];
    inQueue[source] = 1;
    while (queue.length > 0) {
      const u = queue.shift()!;
      inQueue[u] = 0;
      for (const a of out[u]!) {
        const arc = arcs[a]!;
        if (arc.capacity > 0 && dist[u]! + arc.cost < dist[arc.to]! - 1e-12) {
          dist[arc.to] = dist[u]! + arc.cost;
          via[arc.to] = a;
          if (!inQueue[arc.to]) {
            inQueue[arc.to] = 1;
            queue.push(arc.to);
          }
        }
      }
    }
    if (dist[sink] === Infinity) break;
    for (let v = sink; v !== source;) {
      const a = via[v]!;
      arcs[a]!.capacity -= 1;
      arcs[arcs[a]!.reverse]!.capacity += 1;
      v = arcs[arcs[a]!.reverse]!.to;
    }
  }

  const coachOf = new Int32Array(n).fill(-1);
  let total = 0;
  for (let i = 0; i < n; i++) {
    for (const a of out[i]!) {
      const arc = arcs[a]!;
      // A forward participant → coach arc with its unit used.
      if (arc.to >= n && arc.to < n + m && arc.cost < 0 && arc.capacity === 0) {
        coachOf[i] = arc.to - n;
        total += -arc.cost;
      }
    }
  }
  return { coachOf, total };
}
