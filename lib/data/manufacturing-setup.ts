import "server-only";
import { requireViewer } from "@/lib/auth";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The Manufacturing Setup card and the series it may point at. Without a record yet the card
 * shows the column defaults at version 0, and the first save creates the record.
 */
export async function getManufacturingSetupCard() {
  await requireViewer("setup.manage");
  const [setup, series] = await Promise.all([
    db.manufacturingSetup.findUnique({ where: { id: 1 } }),
    db.noSeries.findMany({ select: { code: true, description: true }, orderBy: { code: "asc" } }),
  ]);
  return {
    setup: setup ?? {
      id: 1,
      simulatedOrderNos: null,
      plannedOrderNos: null,
      firmPlannedOrderNos: null,
      releasedOrderNos: null,
      normalStartingTime: 480,
      normalEndingTime: 960,
      defaultSafetyLeadTimeDays: 1,
      manualScheduling: false,
      safetyLeadTimeForManSchDays: 0,
      defaultGenBusPostingGroup: "",
      defaultDampenerPeriodDays: 0,
      defaultDampenerPercent: new Prisma.Decimal(0),
      version: 0,
    },
    series,
  };
}
