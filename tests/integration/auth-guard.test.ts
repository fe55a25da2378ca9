import "../support/next-mocks";
import { describe, expect, it } from "vitest";
import { updateManufacturingSetupAction } from "@/lib/actions/manufacturing-setup";
import { createNoSeriesAction, deleteNoSeriesAction, updateNoSeriesAction } from "@/lib/actions/no-series";
import { setUserRoleAction } from "@/lib/actions/users";
import { db } from "@/lib/db";
import { signInAs, signOut } from "../support/session";
import { makeNoSeries, uniqueCode } from "../factories";
import { seriesForm, snapshot } from "./admin/helpers";

// every admin server action is a public endpoint and checks the role itself. Each case
// builds a valid request, so the only reason for a refusal is who sends it.

type Case = { name: string; call: () => Promise<{ ok: boolean; code?: string }> };

async function cases(): Promise<Case[]> {
  const series = await makeNoSeries(db, { code: uniqueCode("AG"), lines: [{ startingNo: "AG001" }] });
  const doomed = await makeNoSeries(db, { code: uniqueCode("AGD") });
  const setup = await db.manufacturingSetup.findUniqueOrThrow({ where: { id: 1 } });
  const planner = await db.user.findUniqueOrThrow({ where: { email: "planner@cronus.demo" } });
  return [
    {
      name: "createNoSeriesAction",
      call: () => createNoSeriesAction(null, seriesForm({ code: uniqueCode("AGN"), lines: [{ startingNo: "N1" }] })),
    },
    {
      name: "updateNoSeriesAction",
      call: () =>
        updateNoSeriesAction(
          null,
          seriesForm({
            code: series.code,
            version: series.version,
            description: "Changed",
            lines: [{ id: series.lines[0].id, startingNo: "AG001" }],
          }),
        ),
    },
    { name: "deleteNoSeriesAction", call: () => deleteNoSeriesAction(null, { code: doomed.code, version: doomed.version }) },
    {
      name: "updateManufacturingSetupAction",
      call: () =>
        updateManufacturingSetupAction(null, {
          plannedOrderNos: setup.plannedOrderNos,
          releasedOrderNos: setup.releasedOrderNos,
          normalStartingTime: "07:00",
          normalEndingTime: "15:00",
          defaultSafetyLeadTimeDays: "1",
          safetyLeadTimeForManSchDays: "0",
          version: String(setup.version),
        }),
    },
    { name: "setUserRoleAction", call: () => setUserRoleAction(null, { userId: planner.id, role: "supervisor" }) },
  ];
}

describe("X-1 admin actions check the role themselves", () => {
  it("GIVEN no session WHEN any admin action is called THEN it is refused as UNAUTHENTICATED and writes nothing", async () => {
    // GIVEN nobody signed in
    signOut();
    for (const c of await cases()) {
      const before = await snapshot();
      // WHEN called
      const result = await c.call();
      // THEN refused, no row changed
      expect({ name: c.name, ...result }).toMatchObject({ name: c.name, ok: false, code: "UNAUTHENTICATED" });
      expect(await snapshot()).toEqual(before);
    }
  });

  it.each(["planner", "supervisor"] as const)(
    "GIVEN a %s WHEN any admin action is called THEN it is refused as FORBIDDEN and writes nothing",
    async (role) => {
      // GIVEN a signed-in non-admin
      await signInAs(role);
      for (const c of await cases()) {
        const before = await snapshot();
        // WHEN called
        const result = await c.call();
        // THEN refused, no row changed
        expect({ name: c.name, ...result }).toMatchObject({ name: c.name, ok: false, code: "FORBIDDEN" });
        expect(await snapshot()).toEqual(before);
      }
    },
  );

  it("GIVEN the admin WHEN each admin action is called THEN it succeeds and writes", async () => {
    // GIVEN the admin
    await signInAs("admin");
    for (const c of await cases()) {
      const before = await snapshot();
      // WHEN called
      const result = await c.call();
      // THEN it worked and something changed
      expect({ name: c.name, ...result }).toMatchObject({ name: c.name, ok: true });
      expect(await snapshot()).not.toEqual(before);
    }
  });
});
