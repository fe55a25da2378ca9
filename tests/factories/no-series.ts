import type { ManufacturingSetup, NoSeries, NoSeriesImplementation, NoSeriesLine } from "@/lib/generated/prisma/client";
import { toOptionalDate, uniqueCode, type DbClient } from "./unique";

export type NoSeriesLineInput = {
  lineNo?: number;
  startingDate?: Date | string | null;
  startingNo?: string;
  endingNo?: string;
  warningNo?: string;
  incrementBy?: number;
  lastNoUsed?: string;
  lastDateUsed?: Date | string | null;
  open?: boolean;
  implementation?: NoSeriesImplementation;
};

export type NoSeriesOverrides = {
  code?: string;
  description?: string;
  defaultNos?: boolean;
  manualNos?: boolean;
  dateOrder?: boolean;
  /** Absent = one Normal line starting at "<code>-00001". */
  lines?: NoSeriesLineInput[];
};

/**
 * A number series with its lines. Sequence lines get sequenceName null: the number-series
 * service creates the PostgreSQL sequence the first time it draws from the line.
 */
export async function makeNoSeries(db: DbClient, overrides: NoSeriesOverrides = {}): Promise<NoSeries & { lines: NoSeriesLine[] }> {
  const code = overrides.code ?? uniqueCode("NS");
  const lines = overrides.lines ?? [{}];
  return db.noSeries.create({
    data: {
      code,
      description: overrides.description ?? `Series ${code}`,
      defaultNos: overrides.defaultNos ?? true,
      manualNos: overrides.manualNos ?? false,
      dateOrder: overrides.dateOrder ?? false,
      lines: {
        createMany: {
          data: lines.map((l, i) => ({
            lineNo: l.lineNo ?? (i + 1) * 10000,
            startingDate: toOptionalDate(l.startingDate) ?? null,
            startingNo: l.startingNo ?? `${code}-00001`,
            endingNo: l.endingNo ?? "",
            warningNo: l.warningNo ?? "",
            incrementBy: l.incrementBy ?? 1,
            lastNoUsed: l.lastNoUsed ?? "",
            lastDateUsed: toOptionalDate(l.lastDateUsed) ?? null,
            open: l.open ?? true,
            implementation: l.implementation ?? "NORMAL",
            sequenceName: null,
          })),
        },
      },
    },
    include: { lines: { orderBy: { lineNo: "asc" } } },
  });
}

export type ManufacturingSetupOverrides = Partial<Omit<ManufacturingSetup, "id" | "version">>;

/** Creates or updates the one Manufacturing Setup row (id 1); unspecified fields keep their value. */
export async function upsertManufacturingSetup(db: DbClient, overrides: ManufacturingSetupOverrides = {}): Promise<ManufacturingSetup> {
  return db.manufacturingSetup.upsert({
    where: { id: 1 },
    create: { id: 1, ...overrides },
    update: overrides,
  });
}

/**
 * One fresh series per order status, wired into Manufacturing Setup, so a test can create orders
 * in any status without depending on the demo company.
 */
export async function makeProductionOrderSeries(
  db: DbClient,
  implementation: NoSeriesImplementation = "NORMAL",
): Promise<ManufacturingSetup> {
  const codes: string[] = [];
  for (const prefix of ["SIM", "PL", "FPL", "REL"]) {
    const code = uniqueCode(prefix);
    await makeNoSeries(db, { code, manualNos: true, lines: [{ startingNo: `${code}-00001`, implementation }] });
    codes.push(code);
  }
  return upsertManufacturingSetup(db, {
    simulatedOrderNos: codes[0],
    plannedOrderNos: codes[1],
    firmPlannedOrderNos: codes[2],
    releasedOrderNos: codes[3],
  });
}
