import { endingDateFromDueDate } from "@/lib/domain/production-order/dates";
import { calculateRefresh, type PlanSeed } from "@/lib/domain/refresh/calculate-refresh";
import type { RefreshOptions, RefreshPlan } from "@/lib/domain/refresh/plan-types";
import { atMinutes } from "@/lib/domain/calendar/iso-date";
import {
  familySourceLines,
  itemSourceLines,
  salesSourceLines,
  type OrderSource,
  type SalesLineInfo,
} from "@/lib/domain/refresh/source-lines";
import type { Direction, RefreshCatalog } from "@/lib/domain/refresh/types";
import { ConcurrencyError, DomainError } from "@/lib/errors";
import { writeAudit, type Actor, orderKeepsItsNo } from "@/lib/services/audit";
import type { SqlTx } from "@/lib/services/sql-tx";
import { loadBomCatalog } from "./load-bom-catalog";
import { loadCapacityCatalog } from "./load-capacity-catalog";
import { loadExistingLines, loadFamily, loadSalesLines, lockOrder, type OrderRow } from "./load-order";
import { insertComponents } from "./write-components";
import { deleteOld, headerDatesSql, insertLines, insertRoutingLines, lineIds, updateLineDates } from "./write-plan";
import { msg } from "@/lib/i18n/domain-message";

// The refresh use case inside a transaction the caller owns (RF-7). It never imports the app's
// db client, so the create-order service, the benchmark and the tests can all drive it.
// Statements: lock+read order (1), source (0–1), BOM catalog (0–1), capacity catalog (0–1),
// delete (1), insert lines, components, routing lines (≤ 3), update header (1), audit (1).

export type RefreshInput = {
  orderId: number;
  expectedVersion?: number;
  direction?: Direction;
  calcLines?: boolean;
  calcRoutings?: boolean;
  calcComponents?: boolean;
  /** The create-order service records the refresh in its own audit entry. */
  skipAudit?: boolean;
  /**
   * The order was inserted in this transaction (by the create service, which passes the row it
   * inserted): there is nothing to delete, no one else can see the row to lock it, and the
   * caller writes the header's new dates in its own last statement (see createProductionOrder).
   */
  newOrder?: OrderRow;
};

export type RefreshResult =
  | { skipped: true; orderId: number; reason: "FINISHED" }
  | {
      skipped: false;
      orderId: number;
      version: number;
      lines: number;
      components: number;
      routingLines: number;
      startingDateTime: Date | null;
      endingDateTime: Date | null;
      dueDate: string | null;
      /** The Due Date the refresh moved (a forward schedule ending after it), else null: the user is told, History keeps it. */
      dueDateMoved: { from: string; to: string } | null;
    };

/** RF-1: everything on by default; Calculate Lines forces the other two. */
export function refreshOptions(input: RefreshInput): RefreshOptions {
  const calcLines = input.calcLines ?? true;
  return {
    direction: input.direction ?? "BACK",
    calcLines,
    calcRoutings: calcLines || (input.calcRoutings ?? true),
    calcComponents: calcLines || (input.calcComponents ?? true),
  };
}

function validate(order: OrderRow, input: RefreshInput): asserts order is OrderRow & { dueDate: string } {
  if (input.expectedVersion !== undefined && input.expectedVersion !== order.version) throw new ConcurrencyError();
  if (!order.dueDate) throw new DomainError("DUE_DATE_REQUIRED", msg("dueDateRequired"), "dueDate");
  if (!(Number(order.quantity) > 0)) {
    throw new DomainError("QUANTITY_REQUIRED", msg("quantityRequiredInOrder"), "quantity");
  }
}

async function loadSeeds(tx: SqlTx, order: OrderRow & { dueDate: string }, options: RefreshOptions) {
  const source: OrderSource = { ...order, dueDate: order.dueDate };
  if (!options.calcLines) {
    const seeds = await loadExistingLines(tx, order.id);
    return { seeds: seeds.map((s) => ({ ...s, dueDate: s.dueDate || order.dueDate })), build: null };
  }
  if (order.sourceType === "FAMILY") {
    const family = await loadFamily(tx, order.sourceNo);
    return { seeds: familySourceLines(source, family.lines, family.routingNo), build: null };
  }
  if (order.sourceType === "SALES_HEADER") {
    const lines = await loadSalesLines(tx, order.status, order.sourceNo);
    const candidates = lines.flatMap((l) => (l.type === "ITEM" && l.itemNo ? [l.itemNo] : []));
    return { seeds: null, build: { lines, candidates } as { lines: SalesLineInfo[]; candidates: string[] } };
  }
  return { seeds: itemSourceLines(source), build: null };
}

export async function refreshProductionOrderInTx(tx: SqlTx, input: RefreshInput, actor: Actor | null): Promise<RefreshResult> {
  const options = refreshOptions(input);
  const order = input.newOrder ?? (await lockOrder(tx, input.orderId));
  if (order.status === "FINISHED") return { skipped: true, orderId: order.id, reason: "FINISHED" };
  validate(order, input);
  const { plan, token } = await planRefresh(tx, order, options);
  return writePlan(tx, order, plan, options, actor, input, token);
}

/**
 * Loads what a refresh reads and computes its plan, writing nothing. "Why this date?" runs it
 * with `trace` (explain-order-dates.ts), so an explanation comes from the refresh's own code;
 * `prepareCatalog` lets it name holidays before scheduling.
 */
export async function planRefresh(
  tx: SqlTx,
  order: OrderRow & { dueDate: string },
  options: RefreshOptions,
  explain?: { trace: true; prepareCatalog: (catalog: RefreshCatalog) => Promise<void> },
): Promise<{ plan: RefreshPlan; token: string | null }> {
  const { seeds: knownSeeds, build } = await loadSeeds(tx, order, options);
  const itemNos = [...new Set(build ? build.candidates : knownSeeds!.map((s) => s.itemNo))];
  // The master-data token the order row was read with: catalogs kept under it are not read again.
  const { catalog, token } = await loadBomCatalog(tx, itemNos, order.setup, order.masterDataToken);
  const seeds: PlanSeed[] = build ? salesSourceLines(order as OrderSource, build.lines, catalog) : knownSeeds!;
  await loadCapacityCatalog(tx, catalog, routingCandidates(catalog, seeds), locationCandidates(seeds), token);
  if (explain) await explain.prepareCatalog(catalog);

  const plan = calculateRefresh(catalog, seeds, { options, forwardStart: forwardStart(order, catalog), trace: explain?.trace });
  return { plan, token };
}

/** Forward from the order's Starting Date-Time; PO-3's default when it has none. */
function forwardStart(order: OrderRow & { dueDate: string }, catalog: RefreshCatalog): Date {
  if (order.startingDateTime) return order.startingDateTime;
  const location = order.locationCode ? catalog.locations.get(order.locationCode) : undefined;
  const endingDate = endingDateFromDueDate({
    dueDate: order.dueDate,
    safetyLeadTimeDays: catalog.setup.defaultSafetyLeadTimeDays,
    inboundHandlingDays: location?.inboundHandlingDays ?? 0,
    calendar: location?.calendar ?? null,
  });
  return atMinutes(endingDate, catalog.setup.normalStartingTime);
}

/** Every routing a line of this refresh may use, subassemblies included (a superset is fine). */
function routingCandidates(catalog: RefreshCatalog, seeds: PlanSeed[]): string[] {
  const nos = new Set<string>();
  for (const s of seeds) if (s.routingNo) nos.add(s.routingNo);
  for (const item of catalog.items.values()) if (item.replenishment === "PROD_ORDER" && item.routingNo) nos.add(item.routingNo);
  for (const sku of catalog.skus.values()) if (sku.routingNo) nos.add(sku.routingNo);
  return [...nos];
}

function locationCandidates(seeds: PlanSeed[]): string[] {
  return [...new Set(seeds.flatMap((s) => (s.locationCode ? [s.locationCode] : [])))];
}

/** `token`: the master-data token the catalogs were read under (the component insert checks it is still current). */
async function writePlan(
  tx: SqlTx,
  order: OrderRow,
  plan: RefreshPlan,
  options: RefreshOptions,
  actor: Actor | null,
  input: RefreshInput,
  token: string | null,
): Promise<RefreshResult> {
  if (!input.newOrder) await deleteOld(tx, order.id, options);
  let ids: Map<number, number>;
  if (options.calcLines) ids = await insertLines(tx, order.id, plan.lines);
  else {
    if (options.calcRoutings) await updateLineDates(tx, order.id, plan.lines);
    ids = await lineIds(tx, order.id);
  }
  const components = options.calcComponents ? await insertComponents(tx, order.id, plan.lines, ids, token) : 0;
  const routingLines = options.calcRoutings ? await insertRoutingLines(tx, order.id, plan.lines, ids) : 0;
  const { startingDateTime, endingDateTime, dueDate } = plan.header;
  const updated = input.newOrder
    ? 1
    : await tx.$executeRaw`
    UPDATE "ProductionOrder"
    SET ${headerDatesSql(plan.header)}, "lastDateModified" = CURRENT_DATE, "updatedAt" = now(), version = version + 1
    WHERE id = ${order.id} AND version = ${order.version}`;
  if (updated !== 1) throw new ConcurrencyError();
  const counts = { lines: plan.lines.length, components, routingLines };
  const dueDateMoved = dueDate && order.dueDate && dueDate !== order.dueDate ? { from: order.dueDate, to: dueDate } : null;
  if (!input.skipAudit)
    await writeAudit(tx, actor, {
      ...orderKeepsItsNo(order),
      action: "refresh",
      changes: {
        ...counts,
        direction: options.direction,
        calcLines: options.calcLines,
        calcRoutings: options.calcRoutings,
        calcComponents: options.calcComponents,
        ...(dueDateMoved ? { dueDate: [dueDateMoved.from, dueDateMoved.to] } : {}),
      },
    });
  return {
    skipped: false,
    orderId: order.id,
    version: input.newOrder ? order.version : order.version + 1,
    ...counts,
    startingDateTime,
    endingDateTime,
    dueDate: dueDate ?? order.dueDate,
    dueDateMoved,
  };
}
