/* global document */
// The chart of an incident's page: reports per minute as bars, with a time axis (clock times) and
// a count axis (0 … the peak), both labelled, and a title for screen readers.
import { el } from './common.js';

const SVG = 'http://www.w3.org/2000/svg';
const HEIGHT = 220;
const PAD = { left: 44, right: 12, top: 12, bottom: 40 };
/** Time labels along the axis at most. */
const MAX_TIME_TICKS = 6;
/** The fewest minutes the time axis spans. */
const MIN_MINUTES = 15;

function svgEl(tag, attributes = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** 0 … max in at most 5 whole steps (1, 2, 5, 10, 20, 50 … apart). */
function countTicks(max) {
  const raw = Math.max(1, max) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * magnitude).find((s) => s >= raw) ?? raw;
  const whole = Math.max(1, Math.ceil(step));
  const ticks = [];
  for (let v = 0; v <= max + whole - 1 && ticks.length < 6; v += whole) ticks.push(v);
  return ticks;
}

/**
 * incident: an IncidentView; deps: { t, clock, width }: `width` about the box's width in pixels,
 * so the drawing is at its own scale (labels keep their size on a phone and on a wide screen). The
 * minutes between the first and the last report are all drawn (a quiet minute is an empty slot),
 * at least 15, up to the last 120.
 */
export function chart(incident, { t, clock, width = 720 }) {
  const WIDTH = Math.round(Math.max(300, Math.min(1400, width)));
  const narrow = WIDTH < 560;
  const figure = el('figure', { className: 'chart' });
  const reported = incident.perMinute || [];
  if (!reported.length) return el('p', { className: 'empty' }, t('board.chart_empty'));
  const byMinute = new Map(reported.map((p) => [Date.parse(p.minute), p.count]));
  const first = Date.parse(reported[0].minute);
  const last = Date.parse(reported[reported.length - 1].minute);
  // At least MIN_MINUTES slots, so one busy minute is a bar, not the whole chart; at most the last 120.
  const start = Math.max(Math.min(first, last - (MIN_MINUTES - 1) * 60_000), last - 119 * 60_000);
  const points = [];
  for (let at = start; at <= last; at += 60_000) points.push({ at, count: byMinute.get(at) ?? 0 });
  const peakCount = Math.max(...points.map((p) => p.count));
  const peak = points.find((p) => p.count === peakCount);
  const total = reported.reduce((sum, p) => sum + p.count, 0);
  const ticks = countTicks(peakCount);
  const top = ticks[ticks.length - 1] || 1;
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / points.length;
  const y = (v) => PAD.top + plotH - (v / top) * plotH;

  const svg = svgEl('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-labelledby': `chart-title-${incident.id}` });
  svg.append(svgEl('title', { id: `chart-title-${incident.id}` }, t('board.chart_title', { count: points.length, total, peak: peakCount, time: clock(new Date(peak.at).toISOString()) })));
  // The count axis: grid lines and labels.
  for (const v of ticks) {
    svg.append(svgEl('line', { class: 'grid-line', x1: PAD.left, x2: WIDTH - PAD.right, y1: y(v), y2: y(v) }));
    svg.append(svgEl('text', { class: 'tick tick-count', x: PAD.left - 6, y: y(v) + 4, 'text-anchor': 'end' }, String(v)));
  }
  points.forEach((p, i) => {
    if (p.count === 0) return;
    const h = Math.max(1, (p.count / top) * plotH);
    const rect = svgEl('rect', { class: 'bar', x: PAD.left + i * slot + slot * 0.1, y: PAD.top + plotH - h, width: Math.max(1, slot * 0.8), height: h });
    rect.append(svgEl('title', {}, `${clock(new Date(p.at).toISOString())}: ${p.count}`));
    svg.append(rect);
  });
  // The axes themselves, then the time labels.
  svg.append(svgEl('line', { class: 'axis', x1: PAD.left, x2: PAD.left, y1: PAD.top, y2: PAD.top + plotH }));
  svg.append(svgEl('line', { class: 'axis', x1: PAD.left, x2: WIDTH - PAD.right, y1: PAD.top + plotH, y2: PAD.top + plotH }));
  const every = Math.max(1, Math.ceil(points.length / (narrow ? 3 : MAX_TIME_TICKS)));
  points.forEach((p, i) => {
    if (i % every !== 0) return;
    const x = PAD.left + i * slot + slot / 2;
    svg.append(svgEl('line', { class: 'axis', x1: x, x2: x, y1: PAD.top + plotH, y2: PAD.top + plotH + 4 }));
    svg.append(svgEl('text', { class: 'tick tick-time', x, y: PAD.top + plotH + 16, 'text-anchor': 'middle' }, clock(new Date(p.at).toISOString())));
  });
  svg.append(svgEl('text', { class: 'axis-title axis-x', x: PAD.left + plotW / 2, y: HEIGHT - 4, 'text-anchor': 'middle' }, t('board.axis.time')));
  svg.append(svgEl('text', { class: 'axis-title axis-y', x: 12, y: PAD.top + plotH / 2, 'text-anchor': 'middle', transform: `rotate(-90 12 ${PAD.top + plotH / 2})` }, t('board.axis.count')));
  figure.append(svg, el('figcaption', {}, t('board.chart_caption', { from: clock(new Date(points[0].at).toISOString()), to: clock(new Date(last).toISOString()), peak: peakCount })));
  return figure;
}
