// RF-3 differential property: the refresh writes the purchased components straight from
// ProductionBomLine in ONE SQL statement (write-components.ts), replaying the frames explodeBom
// records, and merges them with the components the explosion computed itself. Whatever the BOM
// structure, the result must be exactly what the pure explodeBom gives when its catalog holds
// EVERY BOM line (the old, all-in-memory behaviour), with the item's description, the Expected
// Quantity of RF-3 and, for make-to-order items, the line that supplies them. Random worlds:
// purchased items in several units, nested phantoms with scrap and routing links, make-to-stock
// and make-to-order produced items, lines outside their date window, repeated items, and BOM
// versions.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { decimalToString, parseDecimal, roundDecimal } from "@/lib/domain/bom/decimal";
import { expectedQuantity } from "@/lib/domain/bom/expected-quantity";
import { isoDateOf } from "@/lib/domain/calendar/iso-date";
import { explodeBom } from "@/lib/domain/refresh/explode-bom";
import type { BomLineInfo, ItemInfo, RefreshCatalog } from "@/lib/domain/refresh/types";
import type { CalculationFormula } from "@/lib/generated/prisma/client";
import { refreshProductionOrder } from "@/lib/services/production-orders/refresh-production-order";
import { makeItem, makeProductionBom, makeRouting, makeWorkCenter, type BomLineInput } from "../../factories";
import { linesOf, makeOrder } from "./helpers";

const RUNS = 25;

// ---------------------------------------------------------------------------------------------
// The generated world, as plain data (indexes, resolved against the pools when it is built).

const QTY = ["0", "0.5", "1", "2", "3.25"] as const;
const SCRAP = ["0", "2.5", "5"] as const;
const LINK = ["", "L10", "L20"] as const;
const FORMULA: CalculationFormula[] = ["NONE", "FIXED_QUANTITY"];
// Orders start in December 2026: 2020 dates are long past, 2030 dates far ahead.
const STARTS = [null, null, null, "2020-01-01", "2030-01-01"] as const;
const ENDS = [null, null, null, "2020-12-31", "2030-12-31"] as const;

/** PLAIN: PCS only; EXTRA: PCS + BOX (12) + PACK (0.5); ODD_BASE: base BOX of 3 PCS (⅓ conversions). */
type PurchasedKind = "PLAIN" | "EXTRA" | "ODD_BASE";
const UNITS: Record<PurchasedKind, string[]> = { PLAIN: ["PCS"], EXTRA: ["PCS", "BOX", "PACK"], ODD_BASE: ["BOX", "PCS"] };

const lineArb = fc.record({
  pick: fc.nat({ max: 99 }),
  /** 0 = no unit on the line (the component's base unit), k = the item's k-th unit. */
  unit: fc.nat({ max: 3 }),
  quantityPer: fc.constantFrom(...QTY),
  scrapPercent: fc.constantFrom(...SCRAP),
  routingLinkCode: fc.constantFrom(...LINK),
  calculationFormula: fc.constantFrom(...FORMULA),
  startingDate: fc.constantFrom(...STARTS),
  endingDate: fc.constantFrom(...ENDS),
});
type LineSpec = typeof lineArb extends fc.Arbitrary<infer T> ? T : never;

/** Copies of earlier lines with another Quantity per: the same item twice, to be summed. */
const repeatsArb = fc.array(fc.record({ from: fc.nat({ max: 99 }), quantityPer: fc.constantFrom(...QTY) }), { maxLength: 2 });

const worldArb = fc.record({
  purchased: fc.array(fc.constantFrom<PurchasedKind>("PLAIN", "EXTRA", "ODD_BASE"), { minLength: 4, maxLength: 6 }),
  phantoms: fc.array(
    fc.record({
      lines: fc.array(lineArb, { minLength: 1, maxLength: 4 }),
      /** A certified version of the phantom from 2026-01-01, whose lines replace the header's. */
      version: fc.option(fc.array(lineArb, { minLength: 1, maxLength: 3 }), { nil: null }),
    }),
    { maxLength: 2 },
  ),
  makeToStock: fc.option(fc.array(lineArb, { minLength: 1, maxLength: 3 }), { nil: null }),
  makeToOrder: fc.array(fc.record({ lines: fc.array(lineArb, { minLength: 1, maxLength: 3 }), routed: fc.boolean() }), { maxLength: 2 }),
  top: fc.record({
    lines: fc.array(lineArb, { minLength: 2, maxLength: 8 }),
    repeats: repeatsArb,
    unit: fc.constantFrom("PCS", "SET", "TRIO"),
  }),
  version: fc.option(
    fc.record({
      lines: fc.array(lineArb, { minLength: 1, maxLength: 6 }),
      repeats: repeatsArb,
      unit: fc.constantFrom("PCS", "SET", "TRIO"),
      startingDate: fc.constantFrom(null, "2026-01-01"),
    }),
    { nil: null },
  ),
  /** A certified version starting in 2030 that must NOT be chosen. */
  futureVersion: fc.boolean(),
  quantity: fc.constantFrom("1", "2", "7.5"),
});
type WorldSpec = typeof worldArb extends fc.Arbitrary<infer T> ? T : never;

// ---------------------------------------------------------------------------------------------
// Building the world in the database.

type Candidate = { type: "ITEM" | "PRODUCTION_BOM"; no: string; units: string[] };

function withRepeats(lines: LineSpec[], repeats: { from: number; quantityPer: LineSpec["quantityPer"] }[]): LineSpec[] {
  return [...lines, ...repeats.map((r) => ({ ...lines[r.from % lines.length], quantityPer: r.quantityPer }))];
}

function bomLines(specs: LineSpec[], pool: Candidate[]): BomLineInput[] {
  return specs.map((s) => {
    const c = pool[s.pick % pool.length];
    const unit = c.type === "ITEM" ? s.unit % (c.units.length + 1) : 0;
    return {
      type: c.type,
      no: c.no,
      quantityPer: s.quantityPer,
      unitOfMeasureCode: unit === 0 ? null : c.units[unit - 1],
      scrapPercent: s.scrapPercent,
      routingLinkCode: s.routingLinkCode,
      calculationFormula: s.calculationFormula,
      startingDate: s.startingDate,
      endingDate: s.endingDate,
    };
  });
}

type World = {
  topNo: string;
  makeToOrderNos: string[];
  itemNos: string[];
  bomNos: string[];
  orderId: number;
  boms: Record<string, unknown>;
};

async function buildWorld(spec: WorldSpec, routingNo: string): Promise<World> {
  const itemNos: string[] = [];
  const bomNos: string[] = [];
  const boms: Record<string, unknown> = {};
  const bom = async (label: string, lines: BomLineInput[], extra: Parameters<typeof makeProductionBom>[1] = {}) => {
    const b = await makeProductionBom(db, { lines, ...extra });
    bomNos.push(b.no);
    boms[`${label} ${b.no} (${b.unitOfMeasureCode})`] = b.lines.map((l) =>
      [
        l.versionCode ?? "-",
        l.lineNo,
        l.type === "ITEM" ? "I" : "BOM",
        l.no,
        l.quantityPer.toString(),
        l.unitOfMeasureCode ?? "-",
        `scrap ${l.scrapPercent.toString()}`,
        `link ${l.routingLinkCode || "-"}`,
        l.calculationFormula,
        l.startingDate ? isoDateOf(l.startingDate) : "-",
        l.endingDate ? isoDateOf(l.endingDate) : "-",
      ].join(" "),
    );
    return b;
  };

  // Purchased items, some with extra units used on the BOM lines.
  const purchased: Candidate[] = [];
  for (const kind of spec.purchased) {
    const item =
      kind === "PLAIN"
        ? await makeItem(db)
        : kind === "EXTRA"
          ? await makeItem(db, {
              extraUnits: [
                { code: "BOX", qtyPerUnitOfMeasure: 12 },
                { code: "PACK", qtyPerUnitOfMeasure: "0.5" },
              ],
            })
          : await makeItem(db, { baseUnitOfMeasure: "BOX", extraUnits: [{ code: "PCS", qtyPerUnitOfMeasure: 1 }] });
    if (kind === "ODD_BASE") {
      await db.itemUnitOfMeasure.update({ where: { itemNo_code: { itemNo: item.no, code: "BOX" } }, data: { qtyPerUnitOfMeasure: 3 } });
    }
    itemNos.push(item.no);
    boms[`item ${item.no}`] = kind;
    purchased.push({ type: "ITEM", no: item.no, units: UNITS[kind] });
  }

  // Produced items: make-to-stock (a plain component) and make-to-order (subassembly lines).
  const produced: Candidate[] = [];
  if (spec.makeToStock) {
    const b = await bom("make-to-stock BOM", bomLines(spec.makeToStock, purchased));
    const item = await makeItem(db, { replenishmentSystem: "PROD_ORDER", manufacturingPolicy: "MAKE_TO_STOCK", productionBomNo: b.no });
    itemNos.push(item.no);
    boms[`item ${item.no}`] = `make-to-stock, BOM ${b.no}`;
    produced.push({ type: "ITEM", no: item.no, units: ["PCS"] });
  }
  const makeToOrderNos: string[] = [];
  for (const m of spec.makeToOrder) {
    const b = await bom("make-to-order BOM", bomLines(m.lines, purchased));
    const item = await makeItem(db, {
      replenishmentSystem: "PROD_ORDER",
      manufacturingPolicy: "MAKE_TO_ORDER",
      productionBomNo: b.no,
      routingNo: m.routed ? routingNo : null,
    });
    itemNos.push(item.no);
    makeToOrderNos.push(item.no);
    boms[`item ${item.no}`] = `make-to-order, BOM ${b.no}, routing ${m.routed ? routingNo : "-"}`;
    produced.push({ type: "ITEM", no: item.no, units: ["PCS"] });
  }

  // Phantom BOMs, acyclic: phantom k only holds phantoms with a higher index (built first).
  const phantoms: Candidate[] = spec.phantoms.map(() => ({ type: "PRODUCTION_BOM", no: "", units: [] }));
  for (let k = spec.phantoms.length - 1; k >= 0; k--) {
    const inside = [...purchased, ...phantoms.slice(k + 1), ...produced];
    const { lines, version } = spec.phantoms[k];
    const b = await bom(`phantom ${k}`, bomLines(lines, inside), {
      versions: version ? [{ versionCode: "P1", startingDate: "2026-01-01", lines: bomLines(version, inside) }] : [],
    });
    phantoms[k].no = b.no;
  }

  // The top item: make-to-order, routed through L10 and L20, optionally with BOM versions.
  const pool = [...purchased, ...phantoms, ...produced];
  const versions = [];
  if (spec.version) {
    versions.push({
      versionCode: "V1",
      startingDate: spec.version.startingDate,
      status: "CERTIFIED" as const,
      unitOfMeasureCode: spec.version.unit,
      lines: bomLines(withRepeats(spec.version.lines, spec.version.repeats), pool),
    });
  }
  if (spec.futureVersion) {
    versions.push({
      versionCode: "V9",
      startingDate: "2030-01-01",
      status: "CERTIFIED" as const,
      lines: [{ no: purchased[0].no, quantityPer: 99 }],
    });
  }
  const topBom = await bom("top BOM", bomLines(withRepeats(spec.top.lines, spec.top.repeats), pool), {
    unitOfMeasureCode: spec.top.unit,
    versions,
  });
  boms[`top BOM ${topBom.no} versions`] = topBom.versions.map(
    (v) => `${v.versionCode} from ${v.startingDate ? isoDateOf(v.startingDate) : "-"} ${v.status} ${v.unitOfMeasureCode}`,
  );
  const top = await makeItem(db, {
    replenishmentSystem: "PROD_ORDER",
    manufacturingPolicy: "MAKE_TO_ORDER",
    productionBomNo: topBom.no,
    routingNo,
    extraUnits: [
      { code: "SET", qtyPerUnitOfMeasure: 4 },
      { code: "TRIO", qtyPerUnitOfMeasure: 3 },
    ],
  });
  itemNos.push(top.no);
  boms[`item ${top.no}`] = `top, BOM ${topBom.no}, units SET=4 TRIO=3`;
  const order = await makeOrder({ sourceNo: top.no, routingNo, quantity: spec.quantity, dueDate: "2026-12-18" });
  return { topNo: top.no, makeToOrderNos, itemNos, bomNos, orderId: order.id, boms };
}

// ---------------------------------------------------------------------------------------------
// The expectation: explodeBom over a catalog holding every item and EVERY BOM line.

const norm = (d: { toString(): string }) => decimalToString(parseDecimal(d.toString()));
const round5 = (d: string) => decimalToString(roundDecimal(d, 5));
const round15 = (d: string) => decimalToString(roundDecimal(d, 15));
const day = (d: Date | null) => (d ? isoDateOf(d) : null);

async function fullCatalog(itemNos: string[], bomNos: string[]): Promise<RefreshCatalog> {
  const catalog: RefreshCatalog = {
    setup: { normalStartingTime: 0, normalEndingTime: 0, defaultSafetyLeadTimeDays: 0 },
    items: new Map(),
    boms: new Map(),
    bomLines: new Map(),
    routings: new Map(),
    routingLines: new Map(),
    capacities: new Map(),
    locations: new Map(),
    skus: new Map(),
  };
  const items = await db.item.findMany({ where: { no: { in: itemNos } }, include: { unitsOfMeasure: true } });
  for (const i of items) {
    const info: ItemInfo = {
      no: i.no,
      description: i.description,
      description2: "",
      baseUom: i.baseUnitOfMeasure,
      replenishment: i.replenishmentSystem,
      policy: i.manufacturingPolicy,
      bomNo: i.productionBomNo,
      routingNo: i.routingNo,
      scrapPercent: norm(i.scrapPercent),
      leadTimeDays: i.leadTimeDays,
      safetyLeadTimeDays: i.safetyLeadTimeDays,
      unitCost: norm(i.unitCost),
      uoms: Object.fromEntries(i.unitsOfMeasure.map((u) => [u.code, norm(u.qtyPerUnitOfMeasure)])),
    };
    catalog.items.set(i.no, info);
  }
  const boms = await db.productionBom.findMany({
    where: { no: { in: bomNos } },
    include: { versions: true, lines: { orderBy: { lineNo: "asc" } } },
  });
  for (const b of boms) {
    catalog.boms.set(b.no, {
      no: b.no,
      status: b.status,
      uom: b.unitOfMeasureCode,
      versions: b.versions.map((v) => ({
        code: v.versionCode,
        startingDate: day(v.startingDate),
        status: v.status,
        uom: v.unitOfMeasureCode,
      })),
    });
    catalog.bomLines.set(
      b.no,
      b.lines.map((l): BomLineInfo => ({
        bomNo: l.bomNo,
        versionCode: l.versionCode,
        lineNo: l.lineNo,
        type: l.type,
        no: l.no,
        quantityPer: norm(l.quantityPer),
        uom: l.unitOfMeasureCode,
        scrapPercent: norm(l.scrapPercent),
        routingLinkCode: l.routingLinkCode,
        startingDate: day(l.startingDate),
        endingDate: day(l.endingDate),
        formula: l.calculationFormula,
      })),
    );
  }
  return catalog;
}

// ---------------------------------------------------------------------------------------------

describe("RF-3 component need — the set-based insert equals explodeBom", () => {
  let routingNo = "";
  beforeAll(async () => {
    const wc = await makeWorkCenter(db);
    const routing = await makeRouting(db, {
      lines: [
        { workCenterNo: wc.no, setupTime: 30, runTime: 12, routingLinkCode: "L10" },
        { workCenterNo: wc.no, setupTime: 45, runTime: 20, routingLinkCode: "L20" },
      ],
    });
    routingNo = routing.no;
  });

  it("for random BOM structures every line's components equal explodeBom over the full BOM, due at their linked operation's start", async () => {
    await fc.assert(
      fc.asyncProperty(worldArb, async (spec) => {
        // GIVEN a random world: purchased items in several units, phantoms, produced items, a
        // make-to-order top item routed through L10/L20 with a BOM (and versions) over them all
        const world = await buildWorld(spec, routingNo);
        // WHEN its order is refreshed
        await refreshProductionOrder({ orderId: world.orderId }, null);
        // THEN every line's components are explodeBom's over a catalog with every BOM line, in
        // its depth-first order and numbering, and due at the start of their linked operation
        const lines = await linesOf(world.orderId);
        // The line that produces each make-to-order item (one line per item: all at one location).
        const lineOf = new Map(lines.map((l) => [l.itemNo, l.lineNo]));
        const catalog = await fullCatalog(world.itemNos, world.bomNos);
        const got: unknown[] = [];
        const want: unknown[] = [];
        for (const line of lines) {
          const start = line.startingDateTime!;
          const dueOf = (link: string) =>
            (link ? line.routingLines.find((r) => r.routingLinkCode === link)?.startingDateTime : undefined) ?? start;
          got.push({
            line: line.lineNo,
            item: line.itemNo,
            bomVersion: line.productionBomVersion,
            components: line.components.map((c) => ({
              lineNo: c.lineNo,
              itemNo: c.itemNo,
              description: c.description,
              uom: c.unitOfMeasureCode,
              expectedQuantity: norm(c.expectedQuantity),
              suppliedBy: c.suppliedByLineNo,
              quantityPer: norm(c.quantityPer),
              scrapPercent: norm(c.scrapPercent),
              routingLinkCode: c.routingLinkCode,
              formula: c.calculationFormula,
              dueDateTime: c.dueDateTime?.toISOString(),
              dueDate: day(c.dueDate),
            })),
          });
          if (!line.productionBomNo) {
            want.push({ line: line.lineNo, item: line.itemNo, bomVersion: null, components: [] });
            continue;
          }
          const explosion = explodeBom(catalog, catalog.items.get(line.itemNo)!, line.productionBomNo, isoDateOf(start));
          want.push({
            line: line.lineNo,
            item: line.itemNo,
            bomVersion: explosion.versionCode,
            components: explosion.components.map((c, i) => ({
              lineNo: (i + 1) * 10000,
              itemNo: c.itemNo,
              description: c.description,
              uom: c.uom,
              expectedQuantity: round15(
                expectedQuantity({
                  quantityPer: c.quantityPer,
                  lineQuantity: line.quantity.toString(),
                  lineScrapPercent: line.scrapPercent.toString(),
                  componentScrapPercent: c.scrapPercent,
                  calculationFormula: c.formula,
                }),
              ),
              suppliedBy: world.makeToOrderNos.includes(c.itemNo) ? (lineOf.get(c.itemNo) ?? "no line") : null,
              quantityPer: norm(c.quantityPer),
              scrapPercent: round5(c.scrapPercent),
              routingLinkCode: c.routingLinkCode,
              formula: c.formula,
              dueDateTime: dueOf(c.routingLinkCode).toISOString(),
              dueDate: isoDateOf(dueOf(c.routingLinkCode)),
            })),
          });
        }
        const context = `world:\n${JSON.stringify(world.boms, null, 1)}`;
        expect(got, context).toEqual(want);
        // AND the lines are the top item plus one per make-to-order item its explosion needs
        const top = want[0] as { components: { itemNo: string }[] };
        const subassemblies = new Set(top.components.map((c) => c.itemNo).filter((no) => world.makeToOrderNos.includes(no)));
        expect(
          lines.map((l) => l.itemNo),
          context,
        ).toEqual([world.topNo, ...subassemblies]);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
