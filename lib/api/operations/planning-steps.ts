import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/domain/auth/permissions";
import type { ActionMessage } from "@/lib/domain/planning/types";
import { DomainError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { msg, renderMessage } from "@/lib/i18n/domain-message";
import type { Actor } from "@/lib/services/audit";
import { acceptActionMessages, linesNotOnWorksheet, type AcceptInput } from "@/lib/services/planning/accept-action-messages";
import { carryOutActionMessages, type CarryOutInput } from "@/lib/services/planning/carry-out";
import { sqlTransaction } from "@/lib/services/sql-tx";
import { worksheetVersion } from "@/lib/api/read/planning";

// What the planning operations do around the services (called as the server actions call them).
//
// Worksheet lines have no version of their own: the worksheet's is the run that wrote it (a new
// calculation replaces every line, so Line No. 3 may then be another line). Their ETag is that
// run, weak (W/"v<run id>": the Accept flag may differ between two reads of one generation), and
// Accept Action Message requires it in If-Match: 412 once another calculation has replaced the
// worksheet, 409 while one runs. Setting the flag itself is idempotent, so two clients accepting
// on the same generation need no more than that.

export const worksheetEtag = (version: number) => `W/"v${version}"`;
const orderLocation = (id: number) => `/api/v1/production-orders/${id}`;
const running = () => new DomainError("PLANNING_RUNNING", msg("planningRunning"));

/**
 * Accept Action Message (PL-7) at the worksheet version the client read: the lines are locked,
 * then the version checked, then the server action's service sets the flags, in one transaction,
 * so a calculation writing meanwhile either waits for it or makes it stale.
 */
export async function acceptAt(userId: string, version: number, input: AcceptInput, one: number | null) {
  return sqlTransaction(db, async (tx) => {
    // The lines locked first (a missing one refused), then the version checked.
    const missing = await linesNotOnWorksheet(tx, userId, input.lineNos, { lock: true, single: one !== null });
    const current = await worksheetVersion(tx, userId);
    if (current.running) throw running();
    if (current.version !== version) throw new DomainError("STALE", msg("apiRecordChanged", { etag: worksheetEtag(current.version) }));
    if (missing) throw missing;
    return acceptActionMessages(tx, userId, input);
  });
}

type PlanningUser = Actor & { role: Role };

/** Carry Out Action Message of the accepted lines, within the Line Nos. given (the service's filter). */
export async function carryOutSelection(data: CarryOutInput, user: PlanningUser) {
  return { lines: await carryOutActionMessages(data, user) };
}

/** Each line's outcome with the order's status and API address (one query for all of them). */
export async function carryOutResults(outcome: Awaited<ReturnType<typeof carryOutSelection>>, locale: Locale) {
  const made = outcome.lines.map((r) => {
    const orderNo = r.ok ? r.orderNo : null;
    const orderStatus = r.ok && orderNo ? r.orderStatus : null;
    return { ...r, orderNo, orderStatus, message: r.ok ? null : renderMessage(r.message, locale) };
  });
  const present = made.filter((r) => r.orderStatus && r.actionMessage !== "CANCEL");
  const orders = present.length
    ? await db.productionOrder.findMany({
        where: { OR: present.map((r) => ({ status: r.orderStatus!, no: r.orderNo! })) },
        select: { id: true, status: true, no: true },
      })
    : [];
  const idOf = new Map(orders.map((o) => [`${o.status}|${o.no}`, o.id]));
  return made.map((r) => {
    const id = r.actionMessage === "CANCEL" ? undefined : idOf.get(`${r.orderStatus}|${r.orderNo}`);
    return {
      lineNo: r.lineNo,
      itemNo: r.itemNo,
      actionMessage: r.actionMessage as ActionMessage,
      ok: r.ok,
      orderNo: r.orderNo,
      orderStatus: r.orderStatus,
      location: id === undefined ? null : orderLocation(id),
      message: r.message,
    };
  });
}
