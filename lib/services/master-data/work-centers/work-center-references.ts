import { productionOrdersWhere } from "@/lib/services/master-data/record-guards";
import { inTurn, type Tx } from "@/lib/services/tx";
import { msg, type Message } from "@/lib/i18n/domain-message";

// What refers to a work or machine center: routing operations and the operations of production
// orders (copied from routings at refresh).

type RoutingLineRef = { routingNo: string; versionCode: string | null; operationNo: string };

export const routingLineName = (l: RoutingLineRef) =>
  l.versionCode
    ? msg("partRoutingVersionOperation", { no: l.routingNo, version: l.versionCode, operation: l.operationNo })
    : msg("partRoutingOperation", { no: l.routingNo, operation: l.operationNo });

const TAKE = 10;
const lineSelect = { routingNo: true, versionCode: true, operationNo: true } as const;
const lineOrder = [{ routingNo: "asc" as const }, { operationNo: "asc" as const }];

export async function workCenterReferrers(tx: Tx, no: string): Promise<Message[]> {
  const [machines, lines, orders] = await inTurn(
    () => tx.machineCenter.findMany({ where: { workCenterNo: no }, select: { no: true }, orderBy: { no: "asc" }, take: TAKE }),
    () => tx.routingLine.findMany({ where: { workCenterNo: no }, select: lineSelect, orderBy: lineOrder, take: TAKE }),
    () => productionOrdersWhere(tx, { routingLines: { some: { workCenterNo: no } } }),
  );
  return [...machines.map((m) => msg("partMachineCenter", { no: m.no })), ...lines.map(routingLineName), ...orders];
}

export async function machineCenterReferrers(tx: Tx, no: string): Promise<Message[]> {
  const [lines, orders] = await inTurn(
    () => tx.routingLine.findMany({ where: { type: "MACHINE_CENTER", no }, select: lineSelect, orderBy: lineOrder, take: TAKE }),
    () => productionOrdersWhere(tx, { status: { not: "FINISHED" }, routingLines: { some: { type: "MACHINE_CENTER", no } } }),
  );
  return [...lines.map(routingLineName), ...orders];
}
