// PL-7 projected available inventory over time as a small step chart (no chart library: an SVG
// of the points, zero marked). Server-rendered; the table below it carries the same numbers.
export function ProjectionChart({ points, label }: { points: { date: string; quantity: number }[]; label: string }) {
  if (points.length === 0) return null;
  const W = 480;
  const H = 120;
  const qs = points.map((p) => p.quantity);
  const max = Math.max(0, ...qs);
  const min = Math.min(0, ...qs);
  const span = max - min || 1;
  const x = (i: number) => (points.length === 1 ? W / 2 : (i / (points.length - 1)) * (W - 20) + 10);
  const y = (q: number) => H - 10 - ((q - min) / span) * (H - 20);
  let d = `M ${x(0)} ${y(qs[0])}`;
  for (let i = 1; i < points.length; i++) d += ` H ${x(i)} V ${y(qs[i])}`;
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${W} ${H}`} className="w-full max-w-xl bg-white border border-slate-200 rounded">
      <line x1={0} x2={W} y1={y(0)} y2={y(0)} stroke="#94a3b8" strokeDasharray="4 3" />
      <path d={d} fill="none" stroke="#1d4ed8" strokeWidth={2} />
      {points.map((p, i) => (
        <circle key={i} cx={x(i)} cy={y(p.quantity)} r={3} fill={p.quantity < 0 ? "#b91c1c" : "#1d4ed8"} />
      ))}
    </svg>
  );
}
