import type { Prisma } from "@/lib/generated/prisma/client";

// Units, locations, number series and Manufacturing Setup of the demo company.
// Every date is fixed (base date 2026-12-01) so tests and screenshots do not drift with today.

export type Tx = Prisma.TransactionClient;

export const DEMO_BASE_DATE = "2026-12-01";

/** A @db.Date value for an ISO date. */
export const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const DEMO_HOLIDAYS = [
  { date: d("2026-12-25"), description: "Christmas Day" },
  { date: d("2026-12-26"), description: "Boxing Day" },
  { date: d("2027-01-01"), description: "New Year's Day" },
];

export const DEMO_SERIES = {
  simulated: "SIM-PROD",
  planned: "PL-PROD",
  firmPlanned: "FPL-PROD",
  released: "REL-PROD",
} as const;

export async function seedUnitsAndLocations(tx: Tx) {
  await tx.unitOfMeasure.createMany({
    data: [
      { code: "PCS", description: "Piece" },
      { code: "BOX", description: "Box" },
      { code: "SET", description: "Set" },
    ],
    skipDuplicates: true, // PCS may already exist (tests' factories upsert it)
  });
  await tx.location.createMany({
    data: [
      { code: "BLUE", name: "Blue Warehouse", inboundHandlingDays: 1, workingWeekdays: [1, 2, 3, 4, 5] },
      { code: "RED", name: "Red Warehouse", inboundHandlingDays: 2, workingWeekdays: [1, 2, 3, 4, 5] },
    ],
  });
  await tx.locationHoliday.createMany({
    data: ["BLUE", "RED"].flatMap((locationCode) => DEMO_HOLIDAYS.map((h) => ({ locationCode, ...h }))),
  });
}

export async function seedNumberSeriesAndSetup(tx: Tx) {
  // Firm Planned and Released are gap-free (Normal); Simulated and Planned may leave gaps
  // (Sequence: the number-series service creates their PostgreSQL sequences on first use).
  const series = [
    {
      code: DEMO_SERIES.simulated,
      description: "Simulated production orders",
      manualNos: false,
      line: { startingNo: "S-PROD-00001", endingNo: "S-PROD-99999", implementation: "SEQUENCE" },
    },
    {
      code: DEMO_SERIES.planned,
      description: "Planned production orders",
      manualNos: false,
      line: { startingNo: "PL-00001", endingNo: "PL-99999", implementation: "SEQUENCE" },
    },
    {
      code: DEMO_SERIES.firmPlanned,
      description: "Firm planned production orders",
      manualNos: true,
      line: { startingNo: "101001", endingNo: "199999", warningNo: "199000", implementation: "NORMAL" },
    },
    {
      code: DEMO_SERIES.released,
      description: "Released production orders",
      manualNos: false,
      line: { startingNo: "201001", endingNo: "299999", implementation: "NORMAL" },
    },
  ] as const;
  await tx.noSeries.createMany({
    data: series.map(({ code, description, manualNos }) => ({ code, description, manualNos, defaultNos: true })),
  });
  await tx.noSeriesLine.createMany({
    data: series.map(({ code, line }) => ({ seriesCode: code, lineNo: 10000, sequenceName: null, ...line })),
  });
  const setup = {
    simulatedOrderNos: DEMO_SERIES.simulated,
    plannedOrderNos: DEMO_SERIES.planned,
    firmPlannedOrderNos: DEMO_SERIES.firmPlanned,
    releasedOrderNos: DEMO_SERIES.released,
    normalStartingTime: 8 * 60,
    normalEndingTime: 16 * 60,
    defaultSafetyLeadTimeDays: 1,
    manualScheduling: false,
    safetyLeadTimeForManSchDays: 0,
    defaultGenBusPostingGroup: "DOMESTIC",
  };
  await tx.manufacturingSetup.upsert({ where: { id: 1 }, create: { id: 1, ...setup }, update: setup });
}
