import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { updateManufacturingSetupAction } from "@/lib/actions/manufacturing-setup";
import { db } from "@/lib/db";
import { signInAs } from "../../support/session";
import { snapshot } from "./helpers";

beforeAll(async () => {
  await signInAs("admin");
});

async function setupForm(over: Record<string, string | undefined> = {}) {
  const s = await db.manufacturingSetup.findUniqueOrThrow({ where: { id: 1 } });
  const fields: Record<string, string | undefined> = {
    simulatedOrderNos: s.simulatedOrderNos ?? "",
    plannedOrderNos: s.plannedOrderNos ?? "",
    firmPlannedOrderNos: s.firmPlannedOrderNos ?? "",
    releasedOrderNos: s.releasedOrderNos ?? "",
    normalStartingTime: "07:30",
    normalEndingTime: "15:45",
    defaultSafetyLeadTimeDays: "2",
    manualScheduling: "on",
    safetyLeadTimeForManSchDays: "3",
    defaultGenBusPostingGroup: "export",
    version: String(s.version),
    ...over,
  };
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) form.set(k, v);
  return form;
}

describe("Manufacturing Setup card", () => {
  it("GIVEN the setup WHEN saved with valid values THEN the row holds them, version+1, audited", async () => {
    // GIVEN the demo setup
    const before = await db.manufacturingSetup.findUniqueOrThrow({ where: { id: 1 } });
    // WHEN saved with new times, lead times and no Simulated Order Nos.
    const result = await updateManufacturingSetupAction(null, await setupForm({ simulatedOrderNos: "" }));
    // THEN the row read back has them, times in minutes
    expect(result).toMatchObject({ ok: true, data: { version: before.version + 1 } });
    expect(await db.manufacturingSetup.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({
      simulatedOrderNos: null,
      plannedOrderNos: "PL-PROD",
      normalStartingTime: 450,
      normalEndingTime: 945,
      defaultSafetyLeadTimeDays: 2,
      manualScheduling: true,
      safetyLeadTimeForManSchDays: 3,
      defaultGenBusPostingGroup: "EXPORT",
      version: before.version + 1,
    });
    expect(await db.auditEntry.count({ where: { entityType: "ManufacturingSetup", action: "setup.update" } })).toBeGreaterThan(0);
  });

  it.each([
    ["Normal Starting Time not before Normal Ending Time", { normalStartingTime: "16:00", normalEndingTime: "08:00" }, "normalEndingTime"],
    ["equal times", { normalStartingTime: "08:00", normalEndingTime: "08:00" }, "normalEndingTime"],
    ["a time that is no time", { normalStartingTime: "25:00" }, "normalStartingTime"],
    ["a negative Default Safety Lead Time", { defaultSafetyLeadTimeDays: "-1" }, "defaultSafetyLeadTimeDays"],
    ["a fractional Safety Lead Time for Man. Sch.", { safetyLeadTimeForManSchDays: "1.5" }, "safetyLeadTimeForManSchDays"],
    ["a series that does not exist", { plannedOrderNos: "NOPE" }, "plannedOrderNos"],
    ["a Gen. Bus. Posting Group that is too long", { defaultGenBusPostingGroup: "X".repeat(21) }, "defaultGenBusPostingGroup"],
  ])("GIVEN %s WHEN saved THEN it is refused beside the field and nothing is written", async (_case, over, field) => {
    // GIVEN the database as it is
    const before = await snapshot();
    // WHEN saved with the mistake
    const result = await updateManufacturingSetupAction(null, await setupForm(over));
    // THEN refused on the field, no row changed
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.fieldErrors)).toContain(field);
    expect(await snapshot()).toEqual(before);
  });

  it("GIVEN a form read before another save WHEN saved THEN the stale version is refused", async () => {
    // GIVEN a form at the current version, then someone else saves
    const stale = await setupForm({ defaultSafetyLeadTimeDays: "9" });
    expect((await updateManufacturingSetupAction(null, await setupForm())).ok).toBe(true);
    const before = await snapshot();
    // WHEN the old form is saved
    const result = await updateManufacturingSetupAction(null, stale);
    // THEN refused, nothing written
    expect(result).toMatchObject({ ok: false, code: "STALE" });
    expect(await snapshot()).toEqual(before);
  });
});
