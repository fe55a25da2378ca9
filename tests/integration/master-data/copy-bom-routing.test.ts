import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { copyProductionBomAction, createProductionBomAction } from "@/lib/actions/master-data/boms";
import { copyRoutingAction, createRoutingAction } from "@/lib/actions/master-data/routings";
import { db } from "@/lib/db";
import { makeItem, makeProductionBom, makeRouting, makeWorkCenter, uniqueCode } from "../../factories";
import { signInAs } from "../../support/session";
import { editorForm, masterDataSnapshot } from "./bom-routing-support";

// Issue 21 item 3: BC's Copy BOM / Copy Version ("Production BOM-Copy".CopyBOM) and Copy
// Routing / Copy Version ("Routing Line-Copy Lines".CopyRouting), and headers saved without lines.

const bomLinesOf = async (bomNo: string, versionCode: string | null = null) =>
  (await db.productionBomLine.findMany({ where: { bomNo, versionCode }, orderBy: { lineNo: "asc" } })).map((l) => [
    l.lineNo,
    l.type,
    l.no,
    String(l.quantityPer),
    l.unitOfMeasureCode,
    String(l.scrapPercent),
    l.routingLinkCode,
  ]);
const routingLinesOf = async (routingNo: string, versionCode: string | null = null) =>
  (await db.routingLine.findMany({ where: { routingNo, versionCode }, orderBy: { operationNo: "asc" } })).map((l) => [
    l.operationNo,
    l.type,
    l.no,
    l.workCenterNo,
    String(l.setupTime),
    String(l.runTime),
  ]);
const copyForm = (f: { no: string; versionCode?: string; fromNo: string; fromVersionCode?: string; version: number }) => editorForm(f);

beforeAll(async () => {
  await signInAs("admin");
});

describe("new editors: a header is saved without lines", () => {
  it("GIVEN no lines WHEN a Production BOM and a Routing are created THEN both are stored New without lines", async () => {
    // GIVEN / WHEN the editors post an empty grid
    const bomNo = uniqueCode("BN");
    const routingNo = uniqueCode("RN");
    const bom = await createProductionBomAction(null, editorForm({ no: bomNo, description: "Empty", unitOfMeasureCode: "PCS" }, []));
    const routing = await createRoutingAction(null, editorForm({ no: routingNo, description: "Empty" }, []));
    // THEN
    expect(bom).toMatchObject({ ok: true });
    expect(routing).toMatchObject({ ok: true });
    expect(await db.productionBom.findUniqueOrThrow({ where: { no: bomNo } })).toMatchObject({ status: "NEW" });
    expect(await db.routing.findUniqueOrThrow({ where: { no: routingNo } })).toMatchObject({ status: "NEW" });
    expect(await bomLinesOf(bomNo)).toEqual([]);
    expect(await routingLinesOf(routingNo)).toEqual([]);
  });
});

describe("Copy BOM / Copy Version", () => {
  it("GIVEN a BOM with lines WHEN another BOM's lines are copied into it THEN its lines are replaced by the source's, version bumped and audited", async () => {
    // GIVEN a target with one line and a source with two
    const [a, b, c] = [await makeItem(db), await makeItem(db), await makeItem(db)];
    const target = await makeProductionBom(db, { status: "NEW", lines: [{ no: a.no }] });
    const source = await makeProductionBom(db, {
      lines: [
        { no: b.no, quantityPer: 2, scrapPercent: 5, routingLinkCode: "RL1" },
        { no: c.no, lineNo: 30000 },
      ],
    });
    // WHEN
    const result = await copyProductionBomAction(
      null,
      copyForm({ no: target.no, fromNo: source.no.toLowerCase(), version: target.version }),
    );
    // THEN
    expect(result).toMatchObject({ ok: true, data: { no: target.no } });
    expect(await bomLinesOf(target.no)).toEqual([
      [10000, "ITEM", b.no, "2", null, "5", "RL1"],
      [30000, "ITEM", c.no, "1", null, "0", ""],
    ]);
    expect(await bomLinesOf(source.no)).toHaveLength(2);
    expect((await db.productionBom.findUniqueOrThrow({ where: { no: target.no } })).version).toBe(target.version + 1);
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { entityType: "ProductionBom", entityKey: target.no, action: "productionBom.copy" },
    });
    expect(audit.changes).toMatchObject({ fromNo: source.no, fromVersionCode: null, versionCode: null, lines: 2 });
    expect(audit.userEmail).toBe("admin@cronus.demo");
  });

  it("GIVEN a BOM with versions WHEN one version is copied into another (Copy Version) and the header into a version (Copy BOM) THEN each version holds the source's lines", async () => {
    // GIVEN header line A, version V1 with B, version V2 (Under Development) with C
    const [a, b, c] = [await makeItem(db), await makeItem(db), await makeItem(db)];
    const bom = await makeProductionBom(db, {
      status: "NEW",
      lines: [{ no: a.no }],
      versions: [
        { versionCode: "V1", status: "CERTIFIED", lines: [{ no: b.no }] },
        { versionCode: "V2", status: "UNDER_DEVELOPMENT", lines: [{ no: c.no }] },
      ],
    });
    // WHEN V1 is copied into V2
    const version = await copyProductionBomAction(
      null,
      copyForm({ no: bom.no, versionCode: "v2", fromNo: bom.no, fromVersionCode: "v1", version: 1 }),
    );
    // THEN V2 holds B; V1 and the header are untouched
    expect(version).toMatchObject({ ok: true, data: { versionCode: "V2" } });
    expect((await bomLinesOf(bom.no, "V2")).map((l) => l[2])).toEqual([b.no]);
    expect((await bomLinesOf(bom.no, "V1")).map((l) => l[2])).toEqual([b.no]);
    // WHEN the header is copied into V2 (Copy BOM on the version)
    const header = await copyProductionBomAction(null, copyForm({ no: bom.no, versionCode: "V2", fromNo: bom.no, version: 2 }));
    // THEN
    expect(header).toMatchObject({ ok: true });
    expect((await bomLinesOf(bom.no, "V2")).map((l) => l[2])).toEqual([a.no]);
    expect((await bomLinesOf(bom.no)).map((l) => l[2])).toEqual([a.no]);
  });

  it("GIVEN a Certified target (header or version) WHEN lines are copied into it THEN refused with BC's status message and nothing is written", async () => {
    // GIVEN
    const item = await makeItem(db);
    const source = await makeProductionBom(db, { lines: [{ no: item.no }] });
    const target = await makeProductionBom(db, { status: "CERTIFIED", lines: [], versions: [{ versionCode: "V1", status: "CERTIFIED" }] });
    const before = await masterDataSnapshot();
    // WHEN
    const header = await copyProductionBomAction(null, copyForm({ no: target.no, fromNo: source.no, version: target.version }));
    const version = await copyProductionBomAction(null, copyForm({ no: target.no, versionCode: "V1", fromNo: source.no, version: 1 }));
    // THEN
    expect(header).toMatchObject({
      ok: false,
      code: "NOT_EDITABLE",
      message: `Production BOM ${target.no} is Certified: its Status must be Under Development or New to change it.`,
    });
    expect(version).toMatchObject({ ok: false, code: "NOT_EDITABLE" });
    expect(await masterDataSnapshot()).toEqual(before);
  });

  it("GIVEN a BOM WHEN it is copied into itself (same BOM, same version) THEN refused beside the source field and nothing is written", async () => {
    // GIVEN
    const item = await makeItem(db);
    const bom = await makeProductionBom(db, { status: "NEW", lines: [{ no: item.no }], versions: [{ versionCode: "V1", status: "NEW" }] });
    const before = await masterDataSnapshot();
    // WHEN
    const header = await copyProductionBomAction(null, copyForm({ no: bom.no, fromNo: bom.no, version: bom.version }));
    const version = await copyProductionBomAction(
      null,
      copyForm({ no: bom.no, versionCode: "V1", fromNo: bom.no, fromVersionCode: "V1", version: 1 }),
    );
    // THEN
    expect(header).toMatchObject({
      ok: false,
      code: "COPY_TO_ITSELF",
      fieldErrors: { fromNo: [`Production BOM ${bom.no} cannot be copied to itself.`] },
    });
    expect(version).toMatchObject({
      ok: false,
      fieldErrors: { fromNo: [`Version V1 of Production BOM ${bom.no} cannot be copied to itself.`] },
    });
    expect(await masterDataSnapshot()).toEqual(before);
  });

  it("GIVEN a source that holds the target as a phantom BOM WHEN copied into the target THEN the cycle check refuses it and nothing is written", async () => {
    // GIVEN target T (New) and source S with a phantom line to T
    const item = await makeItem(db);
    const target = await makeProductionBom(db, { status: "NEW", lines: [{ no: item.no }] });
    const source = await makeProductionBom(db, { lines: [{ no: item.no }, { type: "PRODUCTION_BOM", no: target.no }] });
    const before = await masterDataSnapshot();
    // WHEN
    const result = await copyProductionBomAction(null, copyForm({ no: target.no, fromNo: source.no, version: target.version }));
    // THEN
    expect(result).toMatchObject({ ok: false, code: "BOM_CYCLE" });
    if (!result.ok) expect(result.fieldErrors.fromNo?.[0]).toContain(`The Production BOM ${target.no} cannot contain itself`);
    expect(await masterDataSnapshot()).toEqual(before);
  });

  it("GIVEN a stale version of the target WHEN lines are copied THEN refused as changed by someone else (X-2) and the lines stay", async () => {
    // GIVEN
    const [a, b] = [await makeItem(db), await makeItem(db)];
    const target = await makeProductionBom(db, { status: "NEW", lines: [{ no: a.no }] });
    const source = await makeProductionBom(db, { lines: [{ no: b.no }] });
    const before = await masterDataSnapshot();
    // WHEN
    const result = await copyProductionBomAction(null, copyForm({ no: target.no, fromNo: source.no, version: target.version + 3 }));
    // THEN
    expect(result).toMatchObject({ ok: false, message: `Production BOM ${target.no} was changed by someone else. Reload it.` });
    expect(await masterDataSnapshot()).toEqual(before);
  });

  it("GIVEN a source BOM or version that does not exist WHEN copied THEN refused beside that field", async () => {
    const target = await makeProductionBom(db, { status: "NEW", lines: [] });
    const noBom = await copyProductionBomAction(null, copyForm({ no: target.no, fromNo: "NO-SUCH-BOM", version: target.version }));
    const noVersion = await copyProductionBomAction(
      null,
      copyForm({ no: target.no, fromNo: target.no, fromVersionCode: "NOPE", version: target.version }),
    );
    expect(noBom).toMatchObject({ ok: false, fieldErrors: { fromNo: ["Production BOM NO-SUCH-BOM does not exist."] } });
    expect(noVersion).toMatchObject({
      ok: false,
      fieldErrors: { fromVersionCode: [`Version NOPE of Production BOM ${target.no} does not exist.`] },
    });
  });
});

describe("Copy Routing / Copy Version", () => {
  it("GIVEN a routing with operations WHEN another routing is copied into it THEN its operations are replaced, version bumped and audited", async () => {
    // GIVEN
    const [w1, w2] = [await makeWorkCenter(db), await makeWorkCenter(db)];
    const target = await makeRouting(db, { status: "UNDER_DEVELOPMENT", lines: [{ workCenterNo: w1.no }] });
    const source = await makeRouting(db, {
      lines: [
        { operationNo: "100", workCenterNo: w2.no, setupTime: 15, runTime: 2.5 },
        { operationNo: "200", workCenterNo: w1.no },
      ],
    });
    // WHEN
    const result = await copyRoutingAction(null, copyForm({ no: target.no, fromNo: source.no, version: target.version }));
    // THEN
    expect(result).toMatchObject({ ok: true });
    expect(await routingLinesOf(target.no)).toEqual([
      ["100", "WORK_CENTER", w2.no, w2.no, "15", "2.5"],
      ["200", "WORK_CENTER", w1.no, w1.no, "0", "0"],
    ]);
    expect((await db.routing.findUniqueOrThrow({ where: { no: target.no } })).version).toBe(target.version + 1);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityType: "Routing", entityKey: target.no, action: "routing.copy" } });
    expect(audit.changes).toMatchObject({ fromNo: source.no, lines: 2 });
  });

  it("GIVEN a routing version WHEN another version of it is copied in (Copy Version) THEN the version holds those operations", async () => {
    // GIVEN
    const [w1, w2] = [await makeWorkCenter(db), await makeWorkCenter(db)];
    const routing = await makeRouting(db, {
      status: "NEW",
      lines: [{ workCenterNo: w1.no }],
      versions: [
        { versionCode: "V1", status: "CERTIFIED", lines: [{ operationNo: "50", workCenterNo: w2.no }] },
        { versionCode: "V2", status: "NEW", lines: [] },
      ],
    });
    // WHEN
    const result = await copyRoutingAction(
      null,
      copyForm({ no: routing.no, versionCode: "V2", fromNo: routing.no, fromVersionCode: "V1", version: 1 }),
    );
    // THEN
    expect(result).toMatchObject({ ok: true });
    expect((await routingLinesOf(routing.no, "V2")).map((l) => [l[0], l[2]])).toEqual([["50", w2.no]]);
  });

  it("GIVEN a Certified target, a self-copy or a stale version WHEN a routing is copied THEN each is refused and nothing is written", async () => {
    // GIVEN
    const source = await makeRouting(db);
    const certified = await makeRouting(db, { status: "CERTIFIED" });
    const open = await makeRouting(db, { status: "NEW" });
    const before = await masterDataSnapshot();
    // WHEN
    const toCertified = await copyRoutingAction(null, copyForm({ no: certified.no, fromNo: source.no, version: certified.version }));
    const toItself = await copyRoutingAction(null, copyForm({ no: open.no, fromNo: open.no, version: open.version }));
    const stale = await copyRoutingAction(null, copyForm({ no: open.no, fromNo: source.no, version: open.version + 1 }));
    // THEN
    expect(toCertified).toMatchObject({
      ok: false,
      code: "NOT_EDITABLE",
      message: `Routing ${certified.no} is Certified: its Status must be Under Development or New to change it.`,
    });
    expect(toItself).toMatchObject({ ok: false, fieldErrors: { fromNo: [`Routing ${open.no} cannot be copied to itself.`] } });
    expect(stale).toMatchObject({ ok: false, message: `Routing ${open.no} was changed by someone else. Reload it.` });
    expect(await masterDataSnapshot()).toEqual(before);
  });

  it("GIVEN a planner WHEN copying lines THEN refused: master data is written by admins only", async () => {
    const target = await makeProductionBom(db, { status: "NEW", lines: [] });
    const source = await makeProductionBom(db, { lines: [] });
    await signInAs("planner");
    try {
      const result = await copyProductionBomAction(null, copyForm({ no: target.no, fromNo: source.no, version: target.version }));
      expect(result).toMatchObject({ ok: false });
      expect(await db.auditEntry.count({ where: { entityKey: target.no, action: "productionBom.copy" } })).toBe(0);
    } finally {
      await signInAs("admin");
    }
  });
});
