// RF-5's one entry point: a line's routing scheduled from an anchor. The refresh schedules from
// the line's end (backward, the default) or its start (forward); a change on the card, or a drag
// on the timeline, from one operation — BC's CalcStartingEndingDates: that operation starts at
// the anchor and it and the later ones go forward, the earlier ones backward from its start.
// The walks themselves are schedule-operations.ts's.
import {
  scheduleBackward,
  scheduleForward,
  type LineSchedule,
  type OperationToSchedule,
} from "@/lib/domain/scheduling/schedule-operations";

export type ScheduleAnchor =
  | { from: "lineStart"; startingDateTime: Date }
  | { from: "lineEnd"; endingDateTime: Date }
  | { from: "operation"; index: number; startingDateTime: Date };

/** `trace` ("Why this date?") is recorded for the refresh's anchors, the line's start or end. */
export function scheduleRouting(
  ops: readonly OperationToSchedule[],
  anchor: ScheduleAnchor,
  quantity: number,
  options: { trace?: boolean } = {},
): LineSchedule {
  if (anchor.from === "lineEnd") return scheduleBackward(ops, anchor.endingDateTime, quantity, options);
  if (anchor.from === "lineStart" || ops.length === 0) return scheduleForward(ops, anchor.startingDateTime, quantity, options);
  const index = Math.min(Math.max(anchor.index, 0), ops.length - 1);
  const later = scheduleForward(ops.slice(index), anchor.startingDateTime, quantity);
  if (index === 0) return later;
  const earlier = scheduleBackward(ops.slice(0, index), later.startingDateTime, quantity);
  return {
    operations: [...earlier.operations, ...later.operations],
    startingDateTime: earlier.startingDateTime,
    endingDateTime: later.endingDateTime,
  };
}
