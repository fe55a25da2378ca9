import type { FieldMessages } from "@/lib/errors";
import { inTurn, type Tx } from "@/lib/services/tx";
import type { RoutingLineInput } from "@/lib/validation/master-data/routing";
import { msg } from "@/lib/i18n/domain-message";

// Checks and writes of routing lines: the work or machine center must exist; a machine-center
// line takes its Work Center No. from the machine center. One query per table, in bulk.

type LineRef = Pick<RoutingLineInput, "type" | "no">;

export async function resolveRoutingLines(tx: Tx, lines: LineRef[], field = (i: number, f: string) => `lines.${i}.${f}`) {
  const wcNos = [...new Set(lines.filter((l) => l.type === "WORK_CENTER").map((l) => l.no))];
  const mcNos = [...new Set(lines.filter((l) => l.type === "MACHINE_CENTER").map((l) => l.no))];
  const [wcs, mcs] = await inTurn(
    () => (wcNos.length ? tx.workCenter.findMany({ where: { no: { in: wcNos } }, select: { no: true } }) : []),
    () => (mcNos.length ? tx.machineCenter.findMany({ where: { no: { in: mcNos } }, select: { no: true, workCenterNo: true } }) : []),
  );
  const wcSet = new Set(wcs.map((w) => w.no));
  const mcMap = new Map(mcs.map((m) => [m.no, m.workCenterNo]));
  const errors: FieldMessages = {};
  const workCenterNos = lines.map((l, i) => {
    if (l.type === "WORK_CENTER") {
      if (!wcSet.has(l.no)) errors[field(i, "no")] = [msg("recordNotFound", { record: msg("partWorkCenter", { no: l.no }) })];
      return l.no;
    }
    const wc = mcMap.get(l.no);
    if (!wc) errors[field(i, "no")] = [msg("recordNotFound", { record: msg("partMachineCenter", { no: l.no }) })];
    return wc ?? "";
  });
  return { errors, workCenterNos };
}

export async function replaceRoutingLines(
  tx: Tx,
  routingNo: string,
  versionCode: string | null,
  lines: RoutingLineInput[],
  workCenterNos: string[],
) {
  await tx.routingLine.deleteMany({ where: { routingNo, versionCode } });
  if (lines.length === 0) return;
  await tx.routingLine.createMany({ data: lines.map((l, i) => ({ routingNo, versionCode, ...l, workCenterNo: workCenterNos[i] })) });
}
