import type { JSX } from 'react';
import type { AttemptRecord } from '../../../shared/model/attempt';

const W = 1000;
const H = 180;
const PAD = { left: 48, right: 8, top: 14, bottom: 22 };
/** Points drawn at most: a long log is thinned evenly, failures always kept. */
export const MAX_POINTS = 2000;

function latencyOf(r: AttemptRecord): number {
  return r.phases.connackMs ?? r.phases.totalMs;
}

export function thin(records: readonly AttemptRecord[], max = MAX_POINTS): AttemptRecord[] {
  if (records.length <= max) return [...records];
  const failures = records.filter((r) => r.outcome !== 'connected');
  const ok = records.filter((r) => r.outcome === 'connected');
  const room = Math.max(0, max - Math.min(failures.length, max / 2));
  const step = ok.length / Math.max(1, room);
  const keptOk = room > 0 ? Array.from({ length: Math.min(room, ok.length) }, (_, i) => ok[Math.floor(i * step)] as AttemptRecord) : [];
  const keptFail = failures.slice(-Math.floor(max / 2));
  return [...keptOk, ...keptFail].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/**
 * Attempts over time, drawn as plain SVG (the CSP allows no inline styles or eval, and a chart
 * library would be far bigger than this): one mark per attempt, height = latency to CONNACK on a
 * log scale, failures as red crosses on the baseline.
 */
export function Timeline({ records, label, emptyText }: { records: readonly AttemptRecord[]; label: string; emptyText: string }): JSX.Element {
  const points = thin(records);
  if (points.length === 0) return <p className="none">{emptyText}</p>;
  const times = points.map((r) => Date.parse(r.at));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times, t0 + 1);
  const maxMs = Math.max(1, ...points.filter((r) => r.outcome === 'connected').map(latencyOf));
  // The scale tops out at the next power of ten, so the top grid line is always labelled.
  const top = 10 ** Math.ceil(Math.log10(maxMs));
  const logMax = Math.log10(top + 1);
  const x = (t: number): number => PAD.left + ((t - t0) / (t1 - t0)) * (W - PAD.left - PAD.right);
  const y = (ms: number): number => H - PAD.bottom - (Math.log10(ms + 1) / logMax) * (H - PAD.top - PAD.bottom);
  const ticks = [1, 10, 100, 1000, 10_000, 100_000].filter((v) => v <= top);
  return (
    <figure className="timeline">
      <figcaption>{label}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} preserveAspectRatio="none">
        <line x1={PAD.left} y1={H - PAD.bottom} x2={W - PAD.right} y2={H - PAD.bottom} className="axis" />
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="grid" />
            <text x={PAD.left - 4} y={y(v) + 4} textAnchor="end" className="tick">
              {v >= 1000 ? `${v / 1000}s` : `${v}ms`}
            </text>
          </g>
        ))}
        <text x={PAD.left} y={H - 4} className="tick">
          {new Date(t0).toISOString().slice(0, 19).replace('T', ' ')}
        </text>
        <text x={W - PAD.right} y={H - 4} textAnchor="end" className="tick">
          {new Date(t1).toISOString().slice(0, 19).replace('T', ' ')}
        </text>
        {points.map((r, i) => {
          const px = x(times[i] as number);
          if (r.outcome === 'connected') return <circle key={r.id} cx={px} cy={y(latencyOf(r))} r={3} className="point-ok" data-outcome={r.outcome} />;
          const py = H - PAD.bottom - 6;
          return <path key={r.id} d={`M${px - 4},${py - 4}L${px + 4},${py + 4}M${px - 4},${py + 4}L${px + 4},${py - 4}`} className="point-fail" data-outcome={r.outcome} />;
        })}
      </svg>
    </figure>
  );
}
