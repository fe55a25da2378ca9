// Covers PO-11 in Dutch: with the NEXT_LOCALE cookie set to "nl", the same bad input through
// createProductionOrderAction (and the delete/update actions' refusals) comes back in Dutch
// with BC's Dutch captions (Aantal, Bronnr., Vervaldatum, Nr. …), and still writes nothing.
import "../../support/next-mocks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProductionOrderAction, deleteProductionOrderAction } from "@/lib/actions/production-orders";
import { db } from "@/lib/db";
import { createProductionOrder } from "@/lib/services/production-orders/create-production-order";
import { upsertManufacturingSetup } from "../../factories";
import { setLocale } from "../../support/locale";
import { signInAs } from "../../support/session";
import { actorFor, createInput, formOf, setLastNoUsed, writeState } from "./helpers";

const VALID = { status: "FIRM_PLANNED", sourceType: "ITEM", sourceNo: "1000", quantity: "5", dueDate: "2026-12-14", locationCode: "BLUE" };
const FORM_MESSAGE = "Corrigeer de gemarkeerde velden.";

beforeAll(async () => {
  await createProductionOrder(db, createInput({ no: "DUP-NL" }), await actorFor());
  await signInAs("planner");
  await setLocale("nl");
});

afterAll(async () => {
  await setLocale("en");
});

const CASES: [string, Record<string, string | undefined>, string, string][] = [
  ["zero Quantity", { quantity: "0" }, "quantity", "Aantal moet groter zijn dan 0."],
  ["missing Quantity", { quantity: undefined }, "quantity", "Aantal moet een waarde hebben."],
  ["Quantity abc", { quantity: "abc" }, "quantity", "Aantal moet een getal zijn."],
  ["huge Quantity", { quantity: "1.000.000.000.000" }, "quantity", "Aantal mag niet groter zijn dan 999.999.999."],
  ["Quantity 0x10 (hex)", { quantity: "0x10" }, "quantity", "Aantal moet een getal zijn."],
  ["Quantity 1e3 (exponent)", { quantity: "1e3" }, "quantity", "Aantal moet een getal zijn."],
  ["Quantity Infinity", { quantity: "Infinity" }, "quantity", "Aantal moet een getal zijn."],
  ["Quantity with 6 decimals", { quantity: "0.123456" }, "quantity", "Aantal mag hoogstens 5 decimalen hebben."],
  ["unknown item", { sourceNo: "NOPE" }, "sourceNo", "Artikel NOPE bestaat niet."],
  ["blocked item", { sourceNo: "1003" }, "sourceNo", "Artikel 1003 is geblokkeerd."],
  ["blank Source No.", { sourceNo: "" }, "sourceNo", "Bronnr. moet een waarde hebben."],
  ["Source No. posted twice", { sourceNo: undefined }, "sourceNo", "Bronnr. moet tekst zijn."],
  ["long Source No.", { sourceNo: "X".repeat(10_000) }, "sourceNo", "Bronnr. mag niet langer zijn dan 20 tekens."],
  ["unknown family", { sourceType: "FAMILY", sourceNo: "NOFAM" }, "sourceNo", "Familie NOFAM bestaat niet."],
  [
    "sales order for a Simulated order",
    { status: "SIMULATED", sourceType: "SALES_HEADER", sourceNo: "SO-1001" },
    "sourceNo",
    "Verkoopofferte SO-1001 bestaat niet.",
  ],
  ["quote for a Firm Planned order", { sourceType: "SALES_HEADER", sourceNo: "SQ-1001" }, "sourceNo", "Verkooporder SQ-1001 bestaat niet."],
  [
    "variant with a family",
    { sourceType: "FAMILY", sourceNo: "WHEELS", variantCode: "BLUE" },
    "variantCode",
    "Variantcode kan alleen worden gebruikt als Bronsoort Artikel is.",
  ],
  ["blocked variant", { sourceNo: "1001", variantCode: "GREEN" }, "variantCode", "Variant GREEN van artikel 1001 is geblokkeerd."],
  ["unknown variant", { sourceNo: "1001", variantCode: "PINK" }, "variantCode", "Variant PINK bestaat niet voor artikel 1001."],
  ["long Variant Code", { variantCode: "V".repeat(10_000) }, "variantCode", "Variantcode mag niet langer zijn dan 10 tekens."],
  ["Due Date 2026-02-30", { dueDate: "2026-02-30" }, "dueDate", "Vervaldatum moet een geldige datum zijn."],
  ["Due Date 31-12-2026", { dueDate: "31-12-2026" }, "dueDate", "Vervaldatum moet een geldige datum zijn."],
  ["far-away Due Date", { dueDate: "9999-01-01" }, "dueDate", "Vervaldatum moet tussen 2000-01-01 en 2099-12-31 liggen."],
  ["unknown Status", { status: "BOGUS" }, "status", "Status moet Gesimuleerd, Gepland of Vast gepland zijn."],
  ["unknown Source Type", { sourceType: "VENDOR" }, "sourceType", "Bronsoort moet Artikel, Familie of Verkoopkop zijn."],
  [
    "manual No. without Manual Nos.",
    { status: "SIMULATED", no: "S-MINE" },
    "no",
    "U mag geen nummers handmatig invoeren. Activeer Handmatige nrs. in nummerreeks SIM-PROD als u handmatig nummers wilt invoeren.",
  ],
  ["duplicate manual No.", { no: "DUP-NL" }, "no", "Productieorder DUP-NL bestaat al met deze status."],
  ["long No.", { no: "N".repeat(10_000) }, "no", "Nr. mag niet langer zijn dan 20 tekens."],
  ["unknown location", { locationCode: "NOWHERE" }, "locationCode", "Vestiging NOWHERE bestaat niet."],
  ["long Location Code", { locationCode: "L".repeat(10_000) }, "locationCode", "Vestigingscode mag niet langer zijn dan 10 tekens."],
];

describe("PO-11 bad input answered in Dutch", () => {
  it.each(CASES)("%s", async (label, over, field, message) => {
    // GIVEN the database as it is, the user's language Dutch
    const before = await writeState();
    // WHEN the form is posted with the bad value
    const form = formOf({ ...VALID, ...over });
    if (label === "Source No. posted twice") ["1000", "1100"].forEach((v) => form.append("sourceNo", v));
    const result = await createProductionOrderAction(null, form);
    // THEN the message beside the field is Dutch, and nothing was written
    expect(result).toMatchObject({ ok: false });
    if (!result || result.ok) throw new Error("unreachable");
    expect(result.fieldErrors[field]).toEqual([message]);
    if (result.code === "VALIDATION") expect(result.message).toBe(FORM_MESSAGE);
    expect(await writeState()).toEqual(before);
  });

  it("PO-1 a missing series in setup, in Dutch with the setup field's Dutch caption", async () => {
    await upsertManufacturingSetup(db, { plannedOrderNos: null });
    try {
      const result = await createProductionOrderAction(null, formOf({ ...VALID, status: "PLANNED" }));
      expect(result).toMatchObject({
        ok: false,
        fieldErrors: { no: ["Nrs. geplande orders moet een waarde hebben in Productie-instellingen."] },
      });
    } finally {
      await upsertManufacturingSetup(db, { plannedOrderNos: "PL-PROD" });
    }
  });

  it("NS-5 a series that ran out, in Dutch", async () => {
    await setLastNoUsed("FPL-PROD", "199999");
    try {
      const result = await createProductionOrderAction(null, formOf(VALID));
      expect(result).toMatchObject({
        ok: false,
        fieldErrors: { no: ["U kunt geen nummers groter dan 199999 toewijzen uit nummerreeks FPL-PROD."] },
      });
    } finally {
      await setLastNoUsed("FPL-PROD", "");
    }
  });

  it("PO-10 deleting a Released order, and an unknown order, in Dutch", async () => {
    const { id, no } = await createProductionOrder(db, createInput(), await actorFor());
    await db.productionOrder.update({ where: { id }, data: { status: "RELEASED" } });
    const released = await deleteProductionOrderAction(null, formOf({ id: String(id) }));
    const unknown = await deleteProductionOrderAction(null, formOf({ id: "999999" }));
    expect(released).toMatchObject({ ok: false, message: `Productieorder ${no} kan niet worden verwijderd met status Vrijgegeven.` });
    expect(unknown).toMatchObject({ ok: false, message: "Productieorder 999999 bestaat niet." });
  });
});
