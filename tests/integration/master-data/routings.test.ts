import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import {
  changeRoutingStatusAction,
  createRoutingAction,
  deleteRoutingAction,
  saveRoutingVersionAction,
  updateRoutingAction,
} from "@/lib/actions/master-data/routings";
import { db } from "@/lib/db";
import {
  makeFamily,
  makeItem,
  makeLocation,
  makeMachineCenter,
  makeRouting,
  makeStockkeepingUnit,
  makeWorkCenter,
  uniqueCode,
} from "../../factories";
import { signInAs } from "../../support/session";
import { editorForm, makeOrderUsing, masterDataSnapshot, routingLine } from "./bom-routing-support";

const linesOf = (routingNo: string, versionCode: string | null = null) =>
  db.routingLine.findMany({ where: { routingNo, versionCode }, orderBy: { operationNo: "asc" } });

beforeAll(async () => {
  await signInAs("admin");
});

describe("Routing editor: header and operation lines", () => {
  it("GIVEN a work center and a machine center WHEN a routing is created THEN New, and the machine center's work center is derived", async () => {
    // GIVEN
    const wc = await makeWorkCenter(db);
    const mc = await makeMachineCenter(db);
    const no = uniqueCode("RE");
    // WHEN
    const result = await createRoutingAction(
      null,
      editorForm({ no, description: "Frame welding" }, [
        routingLine("10", wc.no, {
          setupTime: "15",
          runTime: "2.5",
          waitTime: "5",
          moveTime: "3",
          sendAheadQuantity: "4",
          routingLinkCode: "w",
        }),
        routingLine("20", mc.no, { type: "MACHINE_CENTER" }),
      ]),
    );
    // THEN
    expect(result).toMatchObject({ ok: true, data: { no } });
    expect(await db.routing.findUniqueOrThrow({ where: { no } })).toMatchObject({ status: "NEW", description: "Frame welding" });
    const lines = await linesOf(no);
    expect(
      lines.map((l) => [
        l.operationNo,
        l.type,
        l.no,
        l.workCenterNo,
        String(l.setupTime),
        String(l.runTime),
        String(l.sendAheadQuantity),
        l.routingLinkCode,
      ]),
    ).toEqual([
      ["10", "WORK_CENTER", wc.no, wc.no, "15", "2.5", "4", "W"],
      ["20", "MACHINE_CENTER", mc.no, mc.workCenterNo, "0", "1", "0", ""],
    ]);
  });

  it.each([
    [
      "a duplicate Operation No.",
      [
        ["10", "WC"],
        ["10", "WC"],
      ],
      "lines.1.operationNo",
    ],
    ["a work center that does not exist", [["10", "NO-SUCH-WC"]], "lines.0.no"],
    ["a negative Run Time", [["10", "WC", { runTime: "-1" }]], "lines.0.runTime"],
    ["a negative Send-Ahead Quantity", [["10", "WC", { sendAheadQuantity: "-2" }]], "lines.0.sendAheadQuantity"],
    ["a blank Operation No.", [["", "WC"]], "lines.0.operationNo"],
  ] as const)("GIVEN %s WHEN saved THEN refused beside the field and nothing is written", async (_rule, rows, field) => {
    const wc = await makeWorkCenter(db);
    const before = await masterDataSnapshot();
    const lines = rows.map(([op, no, over]) => routingLine(op, no === "WC" ? wc.no : no, over ?? {}));
    const result = await createRoutingAction(null, editorForm({ no: uniqueCode("RX") }, lines));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors)).toContain(field);
    expect(await masterDataSnapshot()).toEqual(before);
  });

  it("GIVEN a certified routing WHEN edited THEN refused until Under Development; certifying needs a line", async () => {
    const wc = await makeWorkCenter(db);
    const empty = await makeRouting(db, { status: "NEW", lines: [] });
    expect(await changeRoutingStatusAction(null, editorForm({ no: empty.no, status: "CERTIFIED", version: empty.version }))).toMatchObject({
      ok: false,
      code: "ROUTING_NO_LINES",
      message: `Routing ${empty.no} must have at least one line to be certified.`,
    });

    const routing = await makeRouting(db, { status: "CERTIFIED", lines: [{ workCenterNo: wc.no }] });
    const refused = await updateRoutingAction(
      null,
      editorForm({ no: routing.no, version: routing.version }, [routingLine("10", wc.no), routingLine("20", wc.no)]),
    );
    expect(refused).toMatchObject({
      ok: false,
      code: "NOT_EDITABLE",
      message: `Routing ${routing.no} is Certified: its Status must be Under Development or New to change it.`,
    });
    expect(
      await changeRoutingStatusAction(null, editorForm({ no: routing.no, status: "UNDER_DEVELOPMENT", version: routing.version })),
    ).toMatchObject({ ok: true });
    // Reordered: operation 20 first in the grid, stored by Operation No.
    const ok = await updateRoutingAction(
      null,
      editorForm({ no: routing.no, version: routing.version + 1 }, [routingLine("20", wc.no), routingLine("10", wc.no)]),
    );
    expect(ok).toMatchObject({ ok: true });
    expect((await linesOf(routing.no)).map((l) => l.operationNo)).toEqual(["10", "20"]);
    expect(
      await changeRoutingStatusAction(null, editorForm({ no: routing.no, status: "NEW", version: routing.version + 2 })),
    ).toMatchObject({ ok: false, code: "STATUS_CHANGE" });
  });

  it("GIVEN a routing WHEN a version with a starting date is saved THEN it holds its own operations", async () => {
    const wc = await makeWorkCenter(db);
    const routing = await makeRouting(db, { lines: [{ workCenterNo: wc.no }] });
    const result = await saveRoutingVersionAction(
      null,
      editorForm({ routingNo: routing.no, versionCode: "2027", startingDate: "2027-01-01" }, [
        routingLine("10", wc.no),
        routingLine("30", wc.no),
      ]),
    );
    expect(result).toMatchObject({ ok: true });
    expect((await linesOf(routing.no, "2027")).map((l) => l.operationNo)).toEqual(["10", "30"]);
    expect(await linesOf(routing.no)).toHaveLength(1);
  });
});

describe("Routing delete is refused while in use, naming the referrer", () => {
  it.each([
    ["an item", async (no: string) => `item ${(await makeItem(db, { routingNo: no })).no}`],
    [
      "a stockkeeping unit",
      async (no: string) => {
        const sku = await makeStockkeepingUnit(db, { routingNo: no, locationCode: (await makeLocation(db)).code });
        return `stockkeeping unit ${sku.itemNo} ${sku.locationCode}`;
      },
    ],
    ["a family", async (no: string) => `family ${(await makeFamily(db, { routingNo: no })).no}`],
    [
      "an open order header",
      async (no: string) => `Released production order ${(await makeOrderUsing({ itemNo: "1000", headerRoutingNo: no })).no}`,
    ],
    [
      "an open order line",
      async (no: string) =>
        `Firm Planned production order ${(await makeOrderUsing({ itemNo: "1000", routingNo: no, status: "FIRM_PLANNED" })).no}`,
    ],
  ] as const)("GIVEN %s using the routing WHEN deleted THEN refused naming it", async (_what, use) => {
    const routing = await makeRouting(db, { status: "NEW" });
    const referrer = await use(routing.no);
    const result = await deleteRoutingAction(null, editorForm({ no: routing.no, version: routing.version }));
    expect(result).toMatchObject({
      ok: false,
      code: "ROUTING_IN_USE",
      message: `You cannot delete Routing ${routing.no} because it is used by ${referrer}.`,
    });
    expect(await db.routing.count({ where: { no: routing.no } })).toBe(1);
  });

  it("GIVEN only a finished order WHEN deleted THEN the routing and its lines are gone", async () => {
    const routing = await makeRouting(db, { status: "NEW" });
    await makeOrderUsing({ itemNo: "1000", routingNo: routing.no, headerRoutingNo: routing.no, status: "FINISHED" });
    expect(await deleteRoutingAction(null, editorForm({ no: routing.no, version: routing.version }))).toMatchObject({ ok: true });
    expect(await db.routingLine.count({ where: { routingNo: routing.no } })).toBe(0);
  });
});
