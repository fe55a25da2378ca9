import type { RoutingLineType } from "@/lib/generated/prisma/client";
import { DEMO_HOLIDAYS, d, type Tx } from "./demo-setup";

// Shop calendar, work centers, machine centers and routings. Times are minutes; Run Time is per
// unit. Capacities and efficiencies differ on purpose so scheduling tests see the divisor.

type Op = [op: string, center: string, description: string, setup: number, run: number, wait: number, move: number, link?: string];

// An operation naming a machine center (310, 320) becomes a Machine Center line on its work center.
const MACHINE_CENTERS = [
  { no: "310", name: "Drilling machine", workCenterNo: "300", capacity: 1, efficiency: 98, unitCost: 22 },
  { no: "320", name: "Chain press", workCenterNo: "300", capacity: 2, efficiency: 100, unitCost: 18 },
];

const ROUTINGS: { no: string; description: string; ops: Op[]; versions?: { code: string; starting: string; ops: Op[] }[] }[] = [
  {
    no: "1000",
    description: "Bicycle",
    ops: [
      ["10", "100", "Wheel and frame assembly", 15, 20, 0, 5, "WHEELS"],
      ["20", "100", "Final assembly", 10, 25, 0, 10],
      ["30", "400", "Packing", 5, 5, 10, 0],
    ],
  },
  {
    no: "1001",
    description: "Touring Bicycle",
    ops: [
      ["10", "100", "Frame preparation", 20, 15, 0, 10, "FRAME"],
      ["20", "100", "Final assembly", 30, 45, 0, 10],
      ["30", "200", "Touch-up painting", 15, 10, 60, 5],
      ["40", "400", "Packing", 5, 8, 0, 0],
    ],
    versions: [
      {
        code: "V2",
        starting: "2027-01-01",
        ops: [
          ["10", "100", "Frame preparation", 20, 15, 0, 10, "FRAME"],
          ["20", "100", "Final assembly", 30, 40, 0, 10],
          ["25", "100", "Quality inspection", 0, 5, 0, 5],
          ["30", "200", "Touch-up painting", 15, 10, 60, 5],
          ["40", "400", "Packing", 5, 8, 0, 0],
        ],
      },
    ],
  },
  {
    no: "1100",
    description: "Front Wheel",
    ops: [
      ["10", "310", "Drill hub flanges", 30, 4, 0, 10],
      ["20", "100", "Lace and true wheel", 10, 12, 0, 5],
    ],
  },
  {
    no: "1100-RED",
    description: "Front Wheel, Red Warehouse",
    ops: [
      ["10", "300", "Machine hub flanges", 45, 6, 0, 15],
      ["20", "100", "Lace and true wheel", 10, 14, 0, 5],
    ],
  },
  {
    no: "1200",
    description: "Back Wheel",
    ops: [
      ["10", "310", "Drill hub flanges", 30, 5, 0, 10],
      ["20", "100", "Lace and true wheel", 10, 14, 0, 5],
    ],
  },
  {
    no: "1300",
    description: "Chain Assy",
    ops: [
      ["10", "300", "Cut and rivet chain", 20, 3, 0, 5],
      ["20", "320", "Press chain wheels", 15, 2, 0, 5],
      ["30", "100", "Assemble chain set", 5, 6, 0, 0],
    ],
  },
  {
    no: "HUB",
    description: "Hubs",
    ops: [
      ["10", "300", "Turn hub body", 40, 6, 0, 10],
      ["20", "310", "Drill spoke holes", 20, 3, 0, 5],
      ["30", "100", "Assemble hub", 5, 4, 0, 0],
    ],
  },
  {
    no: "1950",
    description: "Touring Frame",
    ops: [
      ["10", "300", "Cut and weld tubes", 60, 30, 0, 15],
      ["20", "310", "Drill mounting holes", 20, 8, 0, 10],
      ["30", "200", "Paint frame", 30, 20, 240, 15],
    ],
  },
  {
    no: "FAM-WHEELS",
    description: "Wheels family",
    ops: [
      ["10", "310", "Drill hub flanges", 30, 4, 0, 10],
      ["20", "100", "Lace and true wheels", 15, 12, 0, 5],
    ],
  },
  {
    no: "FAM-CHAINS",
    description: "Chains family",
    ops: [
      ["10", "300", "Cut and rivet chains", 20, 3, 0, 5],
      ["20", "100", "Assemble chain sets", 5, 5, 0, 0],
    ],
  },
];

export const DEMO_ROUTING_NOS = ROUTINGS.map((r) => r.no);

function routingLine(routingNo: string, versionCode: string | null, [op, center, description, setup, run, wait, move, link]: Op) {
  const machine = MACHINE_CENTERS.find((m) => m.no === center);
  const type: RoutingLineType = machine ? "MACHINE_CENTER" : "WORK_CENTER";
  return {
    routingNo,
    versionCode,
    operationNo: op,
    type,
    no: center,
    workCenterNo: machine?.workCenterNo ?? center,
    description,
    setupTime: setup,
    runTime: run,
    waitTime: wait,
    moveTime: move,
    routingLinkCode: link ?? "",
  };
}

export async function seedCapacities(tx: Tx) {
  await tx.shopCalendar.create({
    data: {
      code: "STD",
      description: "Mon–Fri 08:00–16:00",
      days: { createMany: { data: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startTime: 480, endTime: 960 })) } },
      holidays: { createMany: { data: DEMO_HOLIDAYS } },
    },
  });
  await tx.workCenter.createMany({
    data: [
      { no: "100", name: "Assembly", capacity: 3, efficiency: 100, unitCost: 12.5, shopCalendarCode: "STD" },
      { no: "200", name: "Painting", capacity: 1, efficiency: 90, unitCost: 15, shopCalendarCode: "STD" },
      { no: "300", name: "Machining", capacity: 2, efficiency: 95, unitCost: 20, shopCalendarCode: "STD" },
      { no: "400", name: "Packing", capacity: 1, efficiency: 100, unitCost: 8, shopCalendarCode: "STD" },
    ],
  });
  await tx.machineCenter.createMany({ data: MACHINE_CENTERS });
  await tx.routing.createMany({
    data: ROUTINGS.map(({ no, description }) => ({ no, description, status: "CERTIFIED" })),
  });
  await tx.routingVersion.createMany({
    data: ROUTINGS.flatMap((r) =>
      (r.versions ?? []).map((v) => ({
        routingNo: r.no,
        versionCode: v.code,
        description: `${r.description} ${v.code}`,
        startingDate: d(v.starting),
        status: "CERTIFIED" as const,
      })),
    ),
  });
  await tx.routingLine.createMany({
    data: ROUTINGS.flatMap((r) => [
      ...r.ops.map((op) => routingLine(r.no, null, op)),
      ...(r.versions ?? []).flatMap((v) => v.ops.map((op) => routingLine(r.no, v.code, op))),
    ]),
  });
}
