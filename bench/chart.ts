// bench/results/latency-vs-size.svg: p50 over HTTP (solid) and of the raw Cypher floor (dashed) at
// concurrency 1, against the number of nodes and relationships (log scale). Hand-written SVG: no browser,
// no chart library, the same bytes for the same figures.
import type { BenchResults } from "./results.js";

const WIDTH = 760;
const HEIGHT = 440;
const PAD = { left: 64, right: 230, top: 36, bottom: 56 };
const COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2"];

interface Series {
  name: string;
  color: string;
  dashed: boolean;
  points: Array<[number, number]>;
}

export function latencyChart(results: BenchResults): string {
  const ids = results.operations
    .map((o) => o.id)
    .filter((id) => results.sizes.filter((s) => s.operations[id]?.http["1"]).length > 1);
  const series: Series[] = [];
  ids.forEach((id, i) => {
    const color = COLORS[i % COLORS.length] as string;
    const http: Array<[number, number]> = [];
    const floor: Array<[number, number]> = [];
    for (const size of results.sizes) {
      const m = size.operations[id];
      if (m?.http["1"]) http.push([size.graphElements, m.http["1"].p50]);
      if (m?.floor?.["1"]) floor.push([size.graphElements, m.floor["1"].p50]);
    }
    series.push({ name: `${id} (HTTP)`, color, dashed: false, points: http });
    if (floor.length > 1) series.push({ name: `${id} (Cypher floor)`, color, dashed: true, points: floor });
  });

  const xs = series.flatMap((s) => s.points.map(([px]) => px));
  const ys = series.flatMap((s) => s.points.map(([, py]) => py));
  const xMin = Math.log10(Math.min(...xs, 1000));
  const xMax = Math.log10(Math.max(...xs, 10_000));
  // Log scale on both axes: the matrix takes tens of times longer than a policy, and what matters is
  // whether each line stays flat.
  const ticks = niceTicks(Math.min(...ys, 10), Math.max(...ys, 10));
  const yMin = Math.log10(ticks[0] as number);
  const yMax = Math.log10(ticks[ticks.length - 1] as number);
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const sx = (v: number): number => PAD.left + ((Math.log10(v) - xMin) / (xMax - xMin || 1)) * plotW;
  const sy = (v: number): number => PAD.top + plotH - ((Math.log10(v) - yMin) / (yMax - yMin || 1)) * plotH;
  const f = (v: number): string => v.toFixed(1);

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${PAD.left}" y="20" font-size="14" font-weight="bold">p50 latency against graph size (concurrency 1)</text>`,
  );
  // Axes, grid and ticks: y at 1, 2 and 5 times powers of ten, x at each measured size.
  for (const v of ticks) {
    out.push(
      `<line x1="${PAD.left}" y1="${f(sy(v))}" x2="${PAD.left + plotW}" y2="${f(sy(v))}" stroke="#e5e5e5"/>`,
      `<text x="${PAD.left - 8}" y="${f(sy(v) + 4)}" text-anchor="end">${trim(v)}</text>`,
    );
  }
  for (const size of results.sizes) {
    const px = sx(size.graphElements);
    out.push(
      `<line x1="${f(px)}" y1="${PAD.top}" x2="${f(px)}" y2="${PAD.top + plotH}" stroke="#e5e5e5"/>`,
      `<text x="${f(px)}" y="${PAD.top + plotH + 16}" text-anchor="middle">${size.factor}x</text>`,
      `<text x="${f(px)}" y="${PAD.top + plotH + 30}" text-anchor="middle" fill="#666">${size.graphElements.toLocaleString("en-US")}</text>`,
    );
  }
  out.push(
    `<line x1="${PAD.left}" y1="${PAD.top + plotH}" x2="${PAD.left + plotW}" y2="${PAD.top + plotH}" stroke="#333"/>`,
    `<line x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${PAD.top + plotH}" stroke="#333"/>`,
    `<text x="${PAD.left + plotW / 2}" y="${HEIGHT - 8}" text-anchor="middle">graph size (nodes + relationships, log scale)</text>`,
    `<text transform="translate(16 ${PAD.top + plotH / 2}) rotate(-90)" text-anchor="middle">p50 (ms, log scale)</text>`,
  );
  series.forEach((s, i) => {
    const path = s.points.map(([px, py]) => `${f(sx(px))},${f(sy(py))}`).join(" ");
    const dash = s.dashed ? ` stroke-dasharray="5 4"` : "";
    out.push(`<polyline points="${path}" fill="none" stroke="${s.color}" stroke-width="2"${dash}/>`);
    for (const [px, py] of s.points)
      out.push(
        `<circle cx="${f(sx(px))}" cy="${f(sy(py))}" r="3" fill="${s.dashed ? "#ffffff" : s.color}" stroke="${s.color}"/>`,
      );
    const ly = PAD.top + 8 + i * 18;
    const lx = PAD.left + plotW + 16;
    out.push(
      `<line x1="${lx}" y1="${ly}" x2="${lx + 24}" y2="${ly}" stroke="${s.color}" stroke-width="2"${dash}/>`,
      `<text x="${lx + 30}" y="${ly + 4}">${escape(s.name)}</text>`,
    );
  });
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}

/** 1, 2 and 5 times powers of ten, from the one at or below `low` to the one at or above `high`. */
function niceTicks(low: number, high: number): number[] {
  const ticks: number[] = [];
  for (let power = Math.floor(Math.log10(low)); ; power++) {
    for (const step of [1, 2, 5]) {
      const v = step * 10 ** power;
      if (v * 2.5 <= low && ticks.length === 0) continue; // start at the tick just below `low`
      ticks.push(v);
      if (v >= high) return ticks;
    }
  }
}

function trim(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
