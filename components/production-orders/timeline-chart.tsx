import type { IsoDate } from "@/lib/domain/calendar/iso-date";
import type { TimelineLayout, TimelineOperation } from "@/lib/domain/scheduling/timeline-geometry";

type Props = {
  layout: TimelineLayout;
  title: string;
  description: string;
  rowLabel: (workCenterNo: string) => string;
  tickLabel: (day: IsoDate) => string;
  barTitle: (op: TimelineOperation) => string;
  holidayTitle: (h: { date: IsoDate; description: string }) => string;
};

// Draws a layout computed by lib/domain/scheduling/timeline-geometry.ts; no arithmetic here
// beyond placing text. One image for assistive technology (title + desc); the hidden table
// beside it lists the same operations.
export function TimelineChart({ layout, title, description, rowLabel, tickLabel, barTitle, holidayTitle }: Props) {
  const { chartX, axisHeight, height, width } = layout;
  return (
    <div className="relative overflow-x-auto" tabIndex={0}>
      <svg
        role="img"
        aria-labelledby="timeline-svg-title"
        aria-describedby="timeline-svg-desc"
        viewBox={`0 0 ${width} ${height}`}
        className="h-auto w-full min-w-[720px] font-sans"
        data-testid="operations-timeline"
      >
        <title id="timeline-svg-title">{title}</title>
        <desc id="timeline-svg-desc">{description}</desc>
        {layout.rows.map((row, i) => (
          <g key={row.workCenterNo} data-work-center={row.workCenterNo}>
            <rect x={0} y={row.y} width={width} height={row.height} className={i % 2 ? "fill-slate-50" : "fill-white"} />
            {row.nonWorking.map((b) => (
              <rect key={`n${b.x}`} x={chartX + b.x} y={row.y} width={b.width} height={row.height} className="fill-slate-200" />
            ))}
            {row.holidays.map((h) => (
              <rect key={h.date} x={chartX + h.x} y={row.y} width={h.width} height={row.height} className="fill-amber-200">
                <title>{holidayTitle(h)}</title>
              </rect>
            ))}
            <text x={4} y={row.y + row.height / 2} dominantBaseline="middle" fontSize={11} className="fill-slate-800">
              {rowLabel(row.workCenterNo)}
            </text>
          </g>
        ))}
        <g aria-hidden="true">
          {layout.ticks.map((tick) => (
            <g key={tick.day}>
              <line
                x1={chartX + tick.x}
                x2={chartX + tick.x}
                y1={axisHeight - 6}
                y2={height}
                className="stroke-slate-300"
                strokeWidth={0.5}
              />
              {tick.label && (
                <text x={chartX + tick.x + 3} y={axisHeight - 10} fontSize={10} className="fill-slate-600">
                  {tickLabel(tick.day)}
                </text>
              )}
            </g>
          ))}
          <line x1={chartX} x2={chartX} y1={axisHeight} y2={height} className="stroke-slate-400" />
        </g>
        {layout.rows.flatMap((row) =>
          row.bars.map((bar) => (
            <g key={bar.op.id} data-timeline-bar={`${bar.op.lineNo}/${bar.op.operationNo}`}>
              <title>{barTitle(bar.op)}</title>
              <rect x={chartX + bar.x} y={bar.y} width={bar.width} height={bar.height} rx={2} className="fill-blue-700" />
              {bar.width >= 18 && (
                <text x={chartX + bar.x + 3} y={bar.y + bar.height / 2} dominantBaseline="middle" fontSize={10} className="fill-white">
                  {bar.width >= 60 ? `${bar.op.lineNo} · ${bar.op.operationNo}` : bar.op.operationNo}
                </text>
              )}
            </g>
          )),
        )}
      </svg>
    </div>
  );
}
