"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { explainOrderDateAction } from "@/lib/actions/explain-dates";
import type { ActionResult } from "@/lib/actions/run-action";
import type { DateExplanation, DateTarget } from "@/lib/services/production-orders/explain-order-dates";
import type { LineTrace, OperationTrace, SkipStep, TimeStep } from "@/lib/domain/scheduling/schedule-trace";

// "Why this date?" beside a computed date on the order card. The button is a real button (Tab,
// Enter/Space); the explanation opens in a native modal <dialog> (focus moves in, Escape closes,
// focus returns to the button). It is computed on demand by the scheduler itself, with tracing on
// (lib/services/production-orders/explain-order-dates.ts), and worded here from its steps.
export function WhyThisDate({
  orderId,
  target,
  label,
  children,
}: {
  orderId: number;
  target: DateTarget;
  label: string;
  children: ReactNode;
}) {
  const t = useTranslations("whyDate");
  const opener = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <span className="inline-flex items-center gap-1">
      <span>{children}</span>
      {/* No text inside: the cell's text stays the date; the name is the aria-label. */}
      {children ? (
        <button
          ref={opener}
          type="button"
          onClick={() => setOpen(true)}
          aria-label={t("buttonFor", { label })}
          title={t("button")}
          aria-haspopup="dialog"
          className="inline-flex h-5 w-5 items-center justify-center rounded-full text-blue-700 hover:bg-blue-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-500"
          data-testid="why-date"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
            <path
              fillRule="evenodd"
              d="M18 10a8 8 0 1 1-16 0 8 8 0 0 1 16 0Zm-7-4a1 1 0 1 1-2 0 1 1 0 0 1 2 0ZM9 9a1 1 0 0 0 0 2v3a1 1 0 0 0 1 1h1a1 1 0 1 0 0-2v-3a1 1 0 0 0-1-1H9Z"
              clipRule="evenodd"
            />
          </svg>
        </button>
      ) : null}
      {open && (
        <WhyDialog
          orderId={orderId}
          target={target}
          label={label}
          value={String(children ?? "")}
          onClose={() => {
            setOpen(false);
            opener.current?.focus();
          }}
        />
      )}
    </span>
  );
}

/** Mounted while open: a modal <dialog> (focus moves in, Tab stays inside, Escape closes it). */
function WhyDialog({
  orderId,
  target,
  label,
  value,
  onClose,
}: {
  orderId: number;
  target: DateTarget;
  label: string;
  value: string;
  onClose: () => void;
}) {
  const t = useTranslations("whyDate");
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [result, setResult] = useState<ActionResult<DateExplanation> | null>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
    if (asked.current) return;
    asked.current = true;
    void explainOrderDateAction({ orderId, target }).then(setResult);
  }, [orderId, target]);
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      className="rounded-lg p-0 backdrop:bg-black/30 m-auto text-left font-normal"
      data-testid="why-date-dialog"
    >
      <div className="p-4 space-y-3 w-[44rem] max-w-full text-sm">
        <h2 id={titleId} className="font-semibold">
          {t("title")}
        </h2>
        <p className="font-medium">{t("value", { label, value })}</p>
        {!result && (
          <p role="status" className="text-slate-600">
            {t("loading")}
          </p>
        )}
        {result && !result.ok && (
          <p role="alert" className="text-red-700">
            {t("failed", { message: result.message })}
          </p>
        )}
        {result?.ok && <Explanation e={result.data} />}
        <div className="flex justify-end">
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            autoFocus
            className="rounded border border-slate-300 px-3 py-1 hover:bg-slate-50"
          >
            {t("close")}
          </button>
        </div>
      </div>
    </dialog>
  );
}

function useWords() {
  const t = useTranslations("whyDate");
  const f = useFormatter();
  const dt = (iso: string) =>
    f.dateTime(new Date(iso), { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
  const d = (isoDate: string) =>
    f.dateTime(new Date(`${isoDate}T00:00:00Z`), { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "UTC" });
  const num = (n: number) => f.number(n, { maximumFractionDigits: 2 });
  const clock = (minutes: number) =>
    `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(Math.round(minutes % 60)).padStart(2, "0")}`;
  return { t, dt, d, num, clock };
}

function Explanation({ e }: { e: DateExplanation }) {
  const { t, dt, d } = useWords();
  const show = (v: string) => (v.length === 10 ? d(v) : dt(v));
  return (
    <div className="space-y-2" data-testid="why-date-explanation">
      {e.stored && e.computed && e.stored !== e.computed && (
        <p className="rounded bg-amber-50 border border-amber-300 px-2 py-1">
          {t("changedByHand", { stored: show(e.stored), computed: show(e.computed) })}
        </p>
      )}
      {!e.computed && <p className="rounded bg-amber-50 border border-amber-300 px-2 py-1">{t("notComputed")}</p>}
      <p>{t("direction", { direction: e.direction })}</p>
      {e.target.kind === "header" && e.fromLineNo !== undefined && (
        <p>
          {t(e.target.field === "starting" ? "headerStarting" : e.target.field === "ending" ? "headerEnding" : "headerDue", {
            lineNo: e.fromLineNo,
          })}
        </p>
      )}
      {e.componentFrom && (
        <p>
          {e.componentFrom.operationNo
            ? t("componentAtOperation", {
                itemNo: e.componentFrom.itemNo,
                operationNo: e.componentFrom.operationNo,
                routingLinkCode: e.componentFrom.routingLinkCode,
              })
            : t("componentAtLineStart", { itemNo: e.componentFrom.itemNo })}
        </p>
      )}
      {e.trace && e.lineNo !== null && (
        <section aria-label={t("lineHeading", { lineNo: e.lineNo, itemNo: e.itemNo ?? "" })}>
          <h3 className="font-medium">{t("lineHeading", { lineNo: e.lineNo, itemNo: e.itemNo ?? "" })}</h3>
          <LineSteps trace={e.trace} focus={e.target.kind === "operation" ? e.target.operationNo : null} />
        </section>
      )}
    </div>
  );
}

function LineSteps({ trace, focus }: { trace: LineTrace; focus: string | null }) {
  const { t, dt, d, clock } = useWords();
  const lead = {
    safety: trace.safetyLeadTimeDays,
    inbound: trace.inboundHandlingDays,
    safetySource: t("safetySource", { source: trace.safetyLeadTimeFrom }),
    calendar: t("calendarOf", { location: trace.calendarLocation ?? "none" }),
  };
  const back = trace.direction === "BACK";
  return (
    <ol className="list-decimal pl-5 space-y-1">
      {back && (
        <li data-testid="why-step">
          {t("backLead", { ...lead, dueDate: d(trace.dueDate), endingDate: d(trace.endingDate) })}
          <LeadSkipped skipped={trace.leadSkipped} />
        </li>
      )}
      {back && trace.normalEndingTime !== undefined && (
        <li data-testid="why-step">{t("backEnd", { time: clock(trace.normalEndingTime) })}</li>
      )}
      {trace.neededBy && <li data-testid="why-step">{t("neededBy", { dateTime: dt(trace.neededBy) })}</li>}
      {!back && trace.forwardStart && <li data-testid="why-step">{t("forwardStart", { dateTime: dt(trace.forwardStart) })}</li>}
      {trace.leadTimeDays !== undefined && !trace.routing && (
        <li data-testid="why-step">
          {back
            ? t("noRoutingBack", { days: trace.leadTimeDays, calendar: lead.calendar, time: clock(trace.normalStartingTime ?? 0) })
            : t("noRoutingForward", { days: trace.leadTimeDays, calendar: lead.calendar, time: clock(trace.normalEndingTime ?? 0) })}
        </li>
      )}
      {trace.routing && (
        <li data-testid="why-step">
          {back ? t("routingBack", { to: dt(trace.routing.to) }) : t("routingForward", { from: dt(trace.routing.from) })}
          <ul className="list-disc pl-5 space-y-1 mt-1">
            {trace.routing.steps.map((s, i) =>
              s.kind === "skip" ? (
                <SkipItem key={i} s={s} />
              ) : (
                <OperationItem key={i} op={s} center={trace.centers[s.operationNo]} current={s.operationNo === focus} />
              ),
            )}
          </ul>
        </li>
      )}
      {!back && (
        <li data-testid="why-step">
          {t("forwardDue", { ...lead, endingDate: d(trace.endingDate), dueDate: d(trace.dueDate) })}
          <LeadSkipped skipped={trace.leadSkipped} />
        </li>
      )}
    </ol>
  );
}

/** The location calendar's non-working days the lead-time count passed over, each named. */
function LeadSkipped({ skipped }: { skipped: LineTrace["leadSkipped"] }) {
  const { t, d } = useWords();
  if (!skipped || skipped.days.length === 0) return null;
  return (
    <div className="mt-1">
      {t("leadSkipped")}
      <ul className="list-disc pl-5" data-testid="why-lead-skipped">
        {skipped.days.map((s) => (
          <li key={s.date}>
            {t("leadSkippedDay", {
              date: d(s.date),
              reason: s.reason === "holiday" ? t("reason.holiday", { name: s.name ?? "" }) : t(`reason.${s.reason}`),
            })}
          </li>
        ))}
        {skipped.more > 0 && <li>{t("leadSkippedMore", { count: skipped.more })}</li>}
      </ul>
    </div>
  );
}

function OperationItem({ op, center, current }: { op: OperationTrace; center?: LineTrace["centers"][string]; current: boolean }) {
  const { t, dt, num } = useWords();
  return (
    <li data-testid="why-operation" aria-current={current ? "step" : undefined} className={current ? "font-medium" : undefined}>
      {t("operation", {
        operationNo: op.operationNo,
        type: center?.type ?? "WORK_CENTER",
        no: center?.no ?? "",
        calendar: center?.calendarCode ?? "",
        from: dt(op.from),
        to: dt(op.to),
        minutes: num(op.minutes),
      })}
      <ul className="list-[circle] pl-5 font-normal">
        {op.steps.map((s, i) => (
          <TimeItem key={i} s={s} />
        ))}
      </ul>
    </li>
  );
}

function TimeItem({ s }: { s: TimeStep }) {
  const { t, dt, num } = useWords();
  const common = { minutes: num(s.minutes), from: dt(s.from), to: dt(s.to) };
  return (
    <li data-testid={`why-${s.time}`}>
      {s.time === "run" && s.params
        ? t("run", {
            ...common,
            runTime: num(s.params.runTime),
            quantity: num(s.params.quantity),
            capacity: num(s.params.capacity),
            efficiency: num(s.params.efficiency),
          })
        : t(s.time, common)}
      {s.skipped.length > 0 && (
        <ul className="list-[square] pl-5">
          {s.skipped.map((k, i) => (
            <SkipItem key={i} s={k} />
          ))}
        </ul>
      )}
    </li>
  );
}

function SkipItem({ s }: { s: SkipStep }) {
  const { t, dt, num, clock } = useWords();
  const reason =
    s.reason === "holiday"
      ? t("reason.holiday", { name: s.name ?? "" })
      : s.reason === "outsideHours"
        ? t("reason.outsideHours", { hours: (s.hours ?? []).map(([a, b]) => `${clock(a)}–${clock(b)}`).join(", ") })
        : t(`reason.${s.reason}`);
  return <li data-testid="why-skip">{t("skip", { from: dt(s.from), to: dt(s.to), minutes: num(s.minutes), reason })}</li>;
}
