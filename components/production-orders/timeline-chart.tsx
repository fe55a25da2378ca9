"use client";

import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import type { TimelineLayout, TimelineOperation } from "@/lib/domain/scheduling/timeline-geometry";
import { DRAG, draggedStart, ghostX, keyedStart, pixelsToUnits } from "@/lib/domain/scheduling/timeline-drag";
import { MoveOperationDialog } from "@/components/production-orders/move-operation-dialog";
import { useTranslations, useFormatter } from "next-intl";

type Props = {
  layout: TimelineLayout;
  title: string;
  description: string;
  /** Texts worded on the server: per work center, per labelled day, per operation id, per holiday date. */
  rowLabels: Record<string, string>;
  tickLabels: Record<string, string>;
  barTitles: Record<number, string>;
  holidayTitles: Record<string, string>;
  /** Given when the user may move operations (a supervisor, an order up to Released): the order read at this version. */
  move?: { orderId: number; version: number };
};

type Moving = { op: TimelineOperation; start: number; pointer?: { id: number; x0: number; units: number } };

// Draws a layout computed by lib/domain/scheduling/timeline-geometry.ts; no arithmetic here
// beyond placing text. One image for assistive technology (title + desc); the hidden table
// beside it lists the same operations. With `move`, an operation's bar can be dragged along the
// time axis (issue 23 item 3): a dashed ghost shows the new start, snapped to a quarter hour;
// Escape cancels; on release the order is shown rescheduled before it is saved. The keyboard does
// the same: a bar takes focus, the arrow keys move its ghost (Shift: a day), Enter opens the
// preview, where the Starting Date-Time can also be typed.
export function TimelineChart({ layout, title, description, rowLabels, tickLabels, barTitles, holidayTitles, move }: Props) {
  const t = useTranslations("refresh.timeline");
  const fmt = useFormatter();
  const { chartX, axisHeight, height, width, range, chartWidth } = layout;
  const svg = useRef<SVGSVGElement>(null);
  const bars = useRef(new Map<number, SVGGElement>());
  const [moving, setMoving] = useState<Moving | null>(null);
  const [proposal, setProposal] = useState<{ op: TimelineOperation; start: number } | null>(null);
  const dateTime = (ms: number) =>
    fmt.dateTime(new Date(ms), { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

  // Escape cancels a drag wherever the focus is (the pointer holds no focus).
  useEffect(() => {
    if (!moving?.pointer) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === "Escape") setMoving(null);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [moving?.pointer]);

  const onPointerDown = (e: PointerEvent<SVGGElement>, op: TimelineOperation) => {
    if (!move || e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    setMoving({ op, start: op.start.getTime(), pointer: { id: e.pointerId, x0: e.clientX, units: 0 } });
  };
  const onPointerMove = (e: PointerEvent<SVGGElement>) => {
    if (!moving?.pointer || moving.pointer.id !== e.pointerId) return;
    const drawn = svg.current?.getBoundingClientRect().width ?? 0;
    const units = pixelsToUnits(e.clientX - moving.pointer.x0, drawn, width);
    const start = draggedStart(range, chartWidth, moving.op.start.getTime(), units);
    setMoving({ ...moving, start, pointer: { ...moving.pointer, units } });
  };
  const onPointerUp = (e: PointerEvent<SVGGElement>) => {
    if (!moving?.pointer || moving.pointer.id !== e.pointerId) return;
    const { op, start, pointer } = moving;
    setMoving(null);
    if (Math.abs(pointer.units) >= DRAG.minTravel && start !== op.start.getTime()) setProposal({ op, start });
  };
  const onKeyDown = (e: KeyboardEvent<SVGGElement>, op: TimelineOperation) => {
    if (!move) return;
    const current = moving && moving.op.id === op.id ? moving.start : op.start.getTime();
    const next = keyedStart(current, e.key, e.shiftKey);
    if (next !== null) {
      e.preventDefault();
      setMoving({ op, start: next });
    } else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      setMoving(null);
      setProposal({ op, start: current });
    } else if (e.key === "Escape" && moving) {
      e.preventDefault();
      setMoving(null);
    }
  };
  const ghost = moving && moving.start !== moving.op.start.getTime() ? moving : null;
  const ghostBar = ghost ? layout.rows.flatMap((r) => r.bars).find((b) => b.op.id === ghost.op.id) : undefined;

  return (
    <div className="relative overflow-x-auto" tabIndex={move ? undefined : 0}>
      <svg
        ref={svg}
        role={move ? "group" : "img"}
        aria-labelledby="timeline-svg-title"
        aria-describedby="timeline-svg-desc"
        viewBox={`0 0 ${width} ${height}`}
        className="h-auto w-full min-w-[720px] font-sans select-none"
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
                <title>{holidayTitles[h.date]}</title>
              </rect>
            ))}
            <text x={4} y={row.y + row.height / 2} dominantBaseline="middle" fontSize={11} className="fill-slate-800">
              {rowLabels[row.workCenterNo]}
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
                  {tickLabels[tick.day]}
                </text>
              )}
            </g>
          ))}
          <line x1={chartX} x2={chartX} y1={axisHeight} y2={height} className="stroke-slate-400" />
        </g>
        {layout.rows.flatMap((row) =>
          row.bars.map((bar) => (
            <g
              key={bar.op.id}
              ref={(el) => {
                if (el) bars.current.set(bar.op.id, el);
                else bars.current.delete(bar.op.id);
              }}
              data-timeline-bar={`${bar.op.lineNo}/${bar.op.operationNo}`}
              data-start={bar.op.start.toISOString()}
              {...(move && {
                tabIndex: 0,
                role: "button",
                "aria-label": t("barMove", { bar: barTitles[bar.op.id] }),
                className: "cursor-grab focus:outline-none [&:focus-visible>rect]:stroke-amber-500 [&:focus-visible>rect]:stroke-2",
                style: { touchAction: "none" },
                onPointerDown: (e: PointerEvent<SVGGElement>) => onPointerDown(e, bar.op),
                onPointerMove,
                onPointerUp,
                onPointerCancel: () => setMoving(null),
                onKeyDown: (e: KeyboardEvent<SVGGElement>) => onKeyDown(e, bar.op),
                onBlur: () => setMoving((m) => (m && !m.pointer ? null : m)),
              })}
            >
              <title>{barTitles[bar.op.id]}</title>
              <rect x={chartX + bar.x} y={bar.y} width={bar.width} height={bar.height} rx={2} className="fill-blue-700" />
              {bar.width >= 18 && (
                <text x={chartX + bar.x + 3} y={bar.y + bar.height / 2} dominantBaseline="middle" fontSize={10} className="fill-white">
                  {bar.width >= 60 ? `${bar.op.lineNo} · ${bar.op.operationNo}` : bar.op.operationNo}
                </text>
              )}
            </g>
          )),
        )}
        {ghost && ghostBar && (
          <g data-testid="timeline-ghost" aria-hidden="true" pointerEvents="none">
            <rect
              x={chartX + ghostX(range, chartWidth, ghost.start)}
              y={ghostBar.y}
              width={ghostBar.width}
              height={ghostBar.height}
              rx={2}
              className="fill-blue-300/60 stroke-blue-900"
              strokeDasharray="3 2"
            />
            <text
              x={Math.min(chartX + ghostX(range, chartWidth, ghost.start), width - 110)}
              y={ghostBar.y - 2}
              fontSize={10}
              className="fill-slate-900"
            >
              {t("ghost", { start: dateTime(ghost.start) })}
            </text>
          </g>
        )}
      </svg>
      {ghost && (
        <p className="sr-only" aria-live="polite">
          {t("ghost", { start: dateTime(ghost.start) })}
        </p>
      )}
      {move && proposal && (
        <MoveOperationDialog
          order={move}
          operation={proposal.op}
          start={proposal.start}
          onClose={() => {
            const id = proposal.op.id;
            setProposal(null);
            bars.current.get(id)?.focus();
          }}
        />
      )}
    </div>
  );
}
