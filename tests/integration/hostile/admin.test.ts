// X-3 hostile input, admin actions (number series, manufacturing setup, user roles) and the
// language switch: random and malicious inputs end in a refusal with nothing written.
import "../../support/next-mocks";
import { setLocaleAction } from "@/lib/actions/auth";
import { updateManufacturingSetupAction } from "@/lib/actions/manufacturing-setup";
import * as noSeries from "@/lib/actions/no-series";
import { setUserRoleAction } from "@/lib/actions/users";
import { updateManufacturingSetupSchema } from "@/lib/validation/manufacturing-setup";
import * as nsSchemas from "@/lib/validation/no-series";
import { setUserRoleSchema } from "@/lib/validation/users";
import { z } from "zod";
import { form, hostileSuite, type Case } from "./suite";

// setLocaleAction answers nothing: a refused locale writes nothing; a valid one is a success.
const setLocale = async (input: unknown) => {
  await setLocaleAction(input);
  return z.enum(["en", "nl"]).safeParse(input).success ? { ok: true } : { ok: false, code: "VALIDATION" };
};

const cases: Case[] = [
  ["createNoSeriesAction", form(noSeries.createNoSeriesAction), nsSchemas.createNoSeriesSchema],
  ["updateNoSeriesAction", form(noSeries.updateNoSeriesAction), nsSchemas.updateNoSeriesSchema],
  ["deleteNoSeriesAction", form(noSeries.deleteNoSeriesAction), nsSchemas.deleteNoSeriesSchema],
  ["updateManufacturingSetupAction", form(updateManufacturingSetupAction), updateManufacturingSetupSchema],
  ["setUserRoleAction", form(setUserRoleAction), setUserRoleSchema],
  ["setLocaleAction", setLocale, z.enum(["en", "nl"])],
];

hostileSuite("X-3 hostile input to the admin actions is refused, never a 500", cases);
hostileSuite("X-3 hostile input from a planner to the admin actions is refused", cases.slice(0, 5), "planner", 8);
