import { NotFoundError } from "@/lib/errors";
import type { SqlTx } from "@/lib/services/sql-tx";

// Type and No. of a routing line name a work center or a machine center; a machine center
// schedules on its work center's calendar, so the line keeps that Work Center No. as well.
// Description follows the center's name, as BC's Prod. Order Routing Line does on No. validate.

export type Center = { type: "WORK_CENTER" | "MACHINE_CENTER"; no: string; workCenterNo: string; description: string };

export async function resolveCenter(tx: SqlTx, type: Center["type"], no: string): Promise<Center> {
  const rows =
    type === "WORK_CENTER"
      ? await tx.$queryRaw<{ workCenterNo: string; name: string }[]>`SELECT no AS "workCenterNo", name FROM "WorkCenter" WHERE no = ${no}`
      : await tx.$queryRaw<{ workCenterNo: string; name: string }[]>`SELECT "workCenterNo", name FROM "MachineCenter" WHERE no = ${no}`;
  if (rows.length === 0) throw new NotFoundError(type === "WORK_CENTER" ? "partWorkCenter" : "partMachineCenter", { no }, "no");
  return { type, no, workCenterNo: rows[0].workCenterNo, description: rows[0].name };
}
