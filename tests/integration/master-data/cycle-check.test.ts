import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import {
  changeBomStatusAction,
  createProductionBomAction,
  saveBomVersionAction,
  updateProductionBomAction,
} from "@/lib/actions/master-data/boms";
import { db } from "@/lib/db";
import { loadBomGraph } from "@/lib/services/master-data/boms/cycle";
import { makeBomTree, makeItem, makeProductionBom, uniqueCode } from "../../factories";
import { signInAs } from "../../support/session";
import { createCountingClient } from "../refresh/counting-client";
import { bomLine, editorForm, masterDataSnapshot } from "./bom-routing-support";

beforeAll(async () => {
  await signInAs("admin");
});

/** Sets a certified BOM back to Under Development (the state in which lines may change). */
async function underDevelopment(no: string) {
  const bom = await db.productionBom.findUniqueOrThrow({ where: { no } });
  const r = await changeBomStatusAction(null, editorForm({ no, status: "UNDER_DEVELOPMENT", version: bom.version }));
  expect(r).toMatchObject({ ok: true });
  return bom.version + 1;
}

const currentLines = async (no: string) =>
  (await db.productionBomLine.findMany({ where: { bomNo: no, versionCode: null }, orderBy: { lineNo: "asc" } })).map((l) =>
    bomLine(l.no, { type: l.type, quantityPer: String(l.quantityPer) }),
  );

describe("BOM cycle check: a BOM can never contain itself, directly or through any depth of sub-BOMs", () => {
  it("GIVEN a new BOM WHEN it lists itself as a phantom line THEN refused and nothing is written", async () => {
    const no = uniqueCode("CY");
    const before = await masterDataSnapshot();
    const result = await createProductionBomAction(
      null,
      editorForm({ no, unitOfMeasureCode: "PCS" }, [bomLine(no, { type: "PRODUCTION_BOM" })]),
    );
    expect(result).toMatchObject({
      ok: false,
      code: "BOM_CYCLE",
      fieldErrors: { "lines.0.no": [`The Production BOM ${no} cannot contain itself: ${no} → ${no}.`] },
    });
    expect(await masterDataSnapshot()).toEqual(before);
  });

  it("GIVEN an item produced with the BOM WHEN the item is added as a line THEN refused (item → its BOM)", async () => {
    const bom = await makeProductionBom(db, { status: "NEW" });
    const item = await makeItem(db, { productionBomNo: bom.no, replenishmentSystem: "PROD_ORDER" });
    const result = await updateProductionBomAction(
      null,
      editorForm({ no: bom.no, unitOfMeasureCode: "PCS", version: bom.version }, [bomLine(item.no)]),
    );
    expect(result).toMatchObject({
      ok: false,
      code: "BOM_CYCLE",
      message: `The Production BOM ${bom.no} cannot contain itself: ${bom.no} → item ${item.no} → ${bom.no}.`,
    });
  });

  it("GIVEN a 60-level phantom structure WHEN the top BOM is added at the bottom THEN refused with the whole path, in one statement", async () => {
    // GIVEN a chain TOP → L1 → … → L59 of phantom BOMs over one purchased leaf
    const tree = await makeBomTree(db, { levels: 60, fanOut: 1, structure: "phantom", prefix: uniqueCode("P", 10) });
    const top = `${tree.prefix}-0-0`;
    const bottom = `${tree.prefix}-59-0`;
    const version = await underDevelopment(bottom);
    const lines = await currentLines(bottom);
    const before = await masterDataSnapshot();
    // WHEN the admin adds the top BOM to the bottom BOM
    const result = await updateProductionBomAction(
      null,
      editorForm({ no: bottom, unitOfMeasureCode: "PCS", version }, [...lines, bomLine(top, { type: "PRODUCTION_BOM" })]),
    );
    // THEN refused on that line, the message walks all 60 levels, and nothing changed
    const path = [bottom, ...Array.from({ length: 60 }, (_, i) => `${tree.prefix}-${i}-0`)].join(" → ");
    expect(result).toMatchObject({
      ok: false,
      code: "BOM_CYCLE",
      fieldErrors: { "lines.1.no": [`The Production BOM ${bottom} cannot contain itself: ${path}.`] },
    });
    expect(await masterDataSnapshot()).toEqual(before);
    // AND the graph is read with one statement whatever the depth
    const counting = createCountingClient(process.env.DATABASE_URL!);
    const { statements } = await counting.count(() =>
      counting.db.$transaction((tx) => loadBomGraph(tx, [{ origin: bottom, type: "PRODUCTION_BOM", no: top }])),
    );
    await counting.close();
    expect(statements.filter((s) => !/^(BEGIN|COMMIT)/i.test(s.trim()))).toHaveLength(1);
    expect(statements.filter((s) => /WITH RECURSIVE/.test(s))).toHaveLength(1);
  });

  it("GIVEN a 60-level make-to-order item structure WHEN the top item is added at the bottom THEN refused through items", async () => {
    const tree = await makeBomTree(db, { levels: 60, fanOut: 1, structure: "make-to-order", prefix: uniqueCode("M", 10) });
    const bottom = `${tree.prefix}-59-0`;
    const version = await underDevelopment(bottom);
    const result = await updateProductionBomAction(
      null,
      editorForm({ no: bottom, unitOfMeasureCode: "PCS", version }, [...(await currentLines(bottom)), bomLine(tree.topItemNo)]),
    );
    expect(result).toMatchObject({ ok: false, code: "BOM_CYCLE" });
    if (!result.ok)
      expect(result.message).toMatch(
        new RegExp(
          `^The Production BOM ${bottom} cannot contain itself: ${bottom} → item ${tree.topItemNo} → ${tree.topItemNo} → item ${tree.prefix}-1-0 → .* → item ${bottom} → ${bottom}\\.$`,
        ),
      );
  });

  it("GIVEN a sub-BOM whose VERSION contains the BOM WHEN the sub-BOM is added THEN refused: all versions count", async () => {
    // GIVEN A (header) and B whose version V1 lists A
    const a = await makeProductionBom(db, { status: "NEW" });
    const b = await makeProductionBom(db, {
      status: "NEW",
      versions: [{ versionCode: "V1", status: "NEW", lines: [{ type: "PRODUCTION_BOM", no: a.no }] }],
    });
    // WHEN B is added to A
    const result = await updateProductionBomAction(
      null,
      editorForm({ no: a.no, unitOfMeasureCode: "PCS", version: a.version }, [bomLine(b.no, { type: "PRODUCTION_BOM" })]),
    );
    // THEN refused
    expect(result).toMatchObject({
      ok: false,
      code: "BOM_CYCLE",
      message: `The Production BOM ${a.no} cannot contain itself: ${a.no} → ${b.no} → ${a.no}.`,
    });
    // AND a version of A listing B is refused the same way
    const viaVersion = await saveBomVersionAction(
      null,
      editorForm({ bomNo: a.no, versionCode: "V9", unitOfMeasureCode: "PCS" }, [bomLine(b.no, { type: "PRODUCTION_BOM" })]),
    );
    expect(viaVersion).toMatchObject({ ok: false, code: "BOM_CYCLE" });
  });

  it("GIVEN a shared sub-BOM (a diamond) WHEN added twice THEN accepted: sharing is not a cycle", async () => {
    const leaf = await makeItem(db);
    const shared = await makeProductionBom(db, { lines: [{ no: leaf.no }] });
    const b = await makeProductionBom(db, { lines: [{ type: "PRODUCTION_BOM", no: shared.no }] });
    const top = await makeProductionBom(db, { status: "NEW" });
    const result = await updateProductionBomAction(
      null,
      editorForm({ no: top.no, unitOfMeasureCode: "PCS", version: top.version }, [
        bomLine(b.no, { type: "PRODUCTION_BOM" }),
        bomLine(shared.no, { type: "PRODUCTION_BOM" }),
      ]),
    );
    expect(result).toMatchObject({ ok: true });
  });
});
