import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { createMachineCenterAction, deleteMachineCenterAction, updateMachineCenterAction } from "@/lib/actions/master-data/machine-centers";
import { db } from "@/lib/db";
import { makeItem, makeMachineCenter, makeRouting, makeWorkCenter, uniqueCode } from "../../factories";
import { signInAs, signOut } from "../../support/session";
import { auditOf, expectOnlyAdmins, form, makeOrder, snapshot } from "./md-forms-support";

// Master data: the machine center card — same capacity rules, an existing work center.

let wcNo: string;
const mcForm = (fields: Record<string, unknown> = {}) =>
  form({ no: uniqueCode("MC"), name: "Test", workCenterNo: wcNo, capacity: "1", efficiency: "100", unitCost: "0", ...fields } as Parameters<
    typeof form
  >[0]);

beforeAll(async () => {
  await signInAs("admin");
  wcNo = (await makeWorkCenter(db)).no;
});

describe("MD-MC-1 creating and editing a machine center", () => {
  it("GIVEN valid values WHEN saved THEN the row reads back and is audited", async () => {
    const no = uniqueCode("MC");
    expect(await createMachineCenterAction(null, mcForm({ no, capacity: "0.5" }))).toMatchObject({ ok: true });
    expect(Number((await db.machineCenter.findUniqueOrThrow({ where: { no } })).capacity)).toBe(0.5);
    expect((await auditOf("MachineCenter", no)).map((a) => a.action)).toEqual(["machineCenter.create"]);
  });

  it.each([
    ["Capacity -1", { capacity: "-1" }, "capacity", "Capacity must be greater than 0 and at most 1000000."],
    ["Efficiency 0", { efficiency: "0" }, "efficiency", "Efficiency % must be greater than 0 and at most 1000."],
    ["an unknown work center", { workCenterNo: "NOWC" }, "workCenterNo", "Work Center NOWC does not exist."],
    ["an existing No.", { no: "310" }, "no", "Machine Center 310 already exists."],
  ] as const)("GIVEN %s WHEN saved THEN refused beside the field and nothing is written", async (_c, fields, field, message) => {
    const before = await snapshot();
    const result = await createMachineCenterAction(null, mcForm(fields));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors[field]).toEqual([message]);
    expect(await snapshot()).toEqual(before);
  });

  it("GIVEN a stale version WHEN saved THEN refused with the machine center's wording", async () => {
    const mc = await makeMachineCenter(db, { workCenterNo: wcNo });
    expect(await updateMachineCenterAction(null, mcForm({ no: mc.no, version: 1, name: "One" }))).toMatchObject({
      ok: true,
      data: { version: 2 },
    });
    const before = await snapshot();
    expect(await updateMachineCenterAction(null, mcForm({ no: mc.no, version: 1, name: "Two" }))).toMatchObject({
      ok: false,
      code: "STALE",
      message: `Machine Center ${mc.no} was changed by someone else. Reload it.`,
    });
    expect(await snapshot()).toEqual(before);
  });

  it("GIVEN a machine center on a routing WHEN moved to another work center THEN refused on Work Center No.", async () => {
    const mc = await makeMachineCenter(db, { workCenterNo: wcNo });
    const routing = await makeRouting(db, { lines: [{ operationNo: "10", type: "MACHINE_CENTER", no: mc.no }] });
    const other = await makeWorkCenter(db);
    const result = await updateMachineCenterAction(null, mcForm({ no: mc.no, version: 1, workCenterNo: other.no }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        workCenterNo: [`Work Center No. cannot be changed because Routing ${routing.no} operation 10 use machine center ${mc.no}.`],
      },
    });
  });
});

describe("MD-MC-2 deleting a machine center", () => {
  it("GIVEN a routing operation and an open order operation on it WHEN deleted THEN refused naming both", async () => {
    const mc = await makeMachineCenter(db, { workCenterNo: wcNo });
    const routing = await makeRouting(db, { lines: [{ operationNo: "20", type: "MACHINE_CENTER", no: mc.no }] });
    const item = await makeItem(db);
    const order = await makeOrder({
      status: "RELEASED",
      no: uniqueCode("R"),
      sourceType: "ITEM",
      sourceNo: item.no,
      lineItemNo: item.no,
      workCenterNo: wcNo,
      machineCenterNo: mc.no,
    });
    const before = await snapshot();
    expect(await deleteMachineCenterAction(null, { no: mc.no, version: 1 })).toMatchObject({
      ok: false,
      message: `Machine Center ${mc.no} cannot be deleted because Routing ${routing.no} operation 20 and Released production order ${order.no} refer to it.`,
    });
    expect(await snapshot()).toEqual(before);
  });

  it("GIVEN an unused machine center WHEN deleted THEN it is gone and audited", async () => {
    const mc = await makeMachineCenter(db, { workCenterNo: wcNo });
    expect(await deleteMachineCenterAction(null, { no: mc.no, version: 1 })).toMatchObject({ ok: true });
    expect(await db.machineCenter.count({ where: { no: mc.no } })).toBe(0);
    expect((await auditOf("MachineCenter", mc.no)).map((a) => a.action)).toEqual(["machineCenter.delete"]);
  });
});

describe("X-1 only admins maintain machine centers", () => {
  it("GIVEN a planner, a supervisor or no session WHEN they create, edit or delete THEN each call is refused", async () => {
    const mc = await makeMachineCenter(db, { workCenterNo: wcNo });
    await expectOnlyAdmins(
      () => [
        createMachineCenterAction(null, mcForm()),
        updateMachineCenterAction(null, mcForm({ no: mc.no, version: 1 })),
        deleteMachineCenterAction(null, { no: mc.no, version: 1 }),
      ],
      { signInAs, signOut },
    );
  });
});
