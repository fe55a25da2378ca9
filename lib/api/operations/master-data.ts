import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { msg, type MessageKey } from "@/lib/i18n/domain-message";
import { peekNextNo } from "@/lib/services/no-series/document-no";
import { etagOfBody, etagOfVersion } from "@/lib/api/etag";
import { defineOperation, type Operation } from "@/lib/api/operation";
import { ApiProblem } from "@/lib/api/problem";
import { cursorPage, isoDate, keyAfter, listQuerySchema, pageOf, plainText } from "@/lib/api/schemas/common";
import {
  familySchema,
  itemSchema,
  locationSchema,
  nextNoSchema,
  productionBomSchema,
  routingSchema,
  salesOrderSchema,
} from "@/lib/api/schemas/master-data";

// Read-only master data (issue 26): a list paged by key and one record by key, each with its
// ETag. Lists carry the records without their lines; GET one brings the lines.

const TAG = "Master data";
const keyParams = z.object({ key: plainText(20) });
const listQuery = listQuerySchema();

type Resource<T extends { version: number }> = {
  path: string;
  name: string;
  record: MessageKey;
  schema: z.ZodType<T>;
  listSchema: z.ZodType;
  /** Rows with key > `after`, by key, at most `take`. */
  list(after: string, take: number): Promise<(Record<string, unknown> & { key: string })[]>;
  get(key: string): Promise<T | null>;
};

function readOperations<T extends { version: number }>(r: Resource<T>): Operation[] {
  const plural = `${r.name}s`;
  return [
    defineOperation(
      {
        method: "GET",
        path: `/${r.path}`,
        operationId: `list${plural.replace(/ /g, "")}`,
        summary: `List ${plural.toLowerCase()}`,
        tag: TAG,
        permission: "masterData.read",
        query: listQuery,
        responses: {
          200: {
            description: `A page of ${plural.toLowerCase()}.`,
            schema: pageOf(r.listSchema, `${plural.replace(/ /g, "")}Page`),
            headers: ["etag"],
          },
        },
      },
      async ({ query }) => {
        const page = cursorPage(await r.list(keyAfter(query), query.limit + 1), query.limit, (row) => row.key);
        const body = { items: page.items.map(({ key: _, ...row }) => row), nextCursor: page.nextCursor };
        return { status: 200, body, headers: { etag: etagOfBody(JSON.stringify(body)) } };
      },
    ),
    defineOperation(
      {
        method: "GET",
        path: `/${r.path}/{key}`,
        operationId: `get${r.name.replace(/ /g, "")}`,
        summary: `Get a ${r.name.toLowerCase()}`,
        tag: TAG,
        permission: "masterData.read",
        params: keyParams,
        responses: {
          200: { description: `The ${r.name.toLowerCase()}.`, schema: r.schema, headers: ["etag"] },
          404: { description: "No such record." },
        },
      },
      async ({ params }) => {
        const record = await r.get(params.key);
        if (!record)
          throw new ApiProblem(404, "NOT_FOUND", msg("recordNotFound", { record: msg(r.record, { no: params.key, code: params.key }) }));
        return { status: 200, body: record, headers: { etag: etagOfVersion(record.version) } };
      },
    ),
  ];
}

const n = Number;

const itemOf = (i: Awaited<ReturnType<typeof db.item.findFirstOrThrow>>): z.infer<typeof itemSchema> => ({
  no: i.no,
  description: i.description,
  description2: i.description2,
  baseUnitOfMeasure: i.baseUnitOfMeasure,
  replenishmentSystem: i.replenishmentSystem,
  manufacturingPolicy: i.manufacturingPolicy,
  productionBomNo: i.productionBomNo,
  routingNo: i.routingNo,
  scrapPercent: n(i.scrapPercent),
  leadTimeDays: i.leadTimeDays,
  unitCost: n(i.unitCost),
  blocked: i.blocked,
  productionBlocked: i.productionBlocked,
  version: i.version,
});

const items = readOperations({
  path: "items",
  name: "Item",
  record: "partItem",
  schema: itemSchema,
  listSchema: itemSchema,
  list: async (after, take) =>
    (await db.item.findMany({ where: { no: { gt: after } }, orderBy: { no: "asc" }, take })).map((i) => ({ ...itemOf(i), key: i.no })),
  get: async (key) => {
    const i = await db.item.findUnique({ where: { no: key } });
    return i && itemOf(i);
  },
});

const bomHeader = productionBomSchema.omit({ lines: true }).meta({ id: "ProductionBomHeader" });
const boms = readOperations({
  path: "production-boms",
  name: "Production BOM",
  record: "partBom",
  schema: productionBomSchema,
  listSchema: bomHeader,
  list: async (after, take) =>
    (await db.productionBom.findMany({ where: { no: { gt: after } }, orderBy: { no: "asc" }, take })).map((b) => ({
      no: b.no,
      description: b.description,
      unitOfMeasureCode: b.unitOfMeasureCode,
      status: b.status,
      version: b.version,
      key: b.no,
    })),
  get: async (key) => {
    const b = await db.productionBom.findUnique({
      where: { no: key },
      include: { lines: { orderBy: [{ versionCode: "asc" }, { lineNo: "asc" }] } },
    });
    if (!b) return null;
    return {
      no: b.no,
      description: b.description,
      unitOfMeasureCode: b.unitOfMeasureCode,
      status: b.status,
      version: b.version,
      lines: b.lines.map((l) => ({
        versionCode: l.versionCode,
        lineNo: l.lineNo,
        type: l.type,
        no: l.no,
        description: l.description,
        quantityPer: n(l.quantityPer),
        unitOfMeasureCode: l.unitOfMeasureCode,
        scrapPercent: n(l.scrapPercent),
        routingLinkCode: l.routingLinkCode,
        startingDate: isoDate(l.startingDate),
        endingDate: isoDate(l.endingDate),
      })),
    };
  },
});

const routingHeader = routingSchema.omit({ lines: true }).meta({ id: "RoutingHeader" });
const routings = readOperations({
  path: "routings",
  name: "Routing",
  record: "partRouting",
  schema: routingSchema,
  listSchema: routingHeader,
  list: async (after, take) =>
    (await db.routing.findMany({ where: { no: { gt: after } }, orderBy: { no: "asc" }, take })).map((r) => ({
      no: r.no,
      description: r.description,
      status: r.status,
      version: r.version,
      key: r.no,
    })),
  get: async (key) => {
    const r = await db.routing.findUnique({
      where: { no: key },
      include: { lines: { orderBy: [{ versionCode: "asc" }, { operationNo: "asc" }] } },
    });
    if (!r) return null;
    return {
      no: r.no,
      description: r.description,
      status: r.status,
      version: r.version,
      lines: r.lines.map((l) => ({
        versionCode: l.versionCode,
        operationNo: l.operationNo,
        type: l.type,
        no: l.no,
        workCenterNo: l.workCenterNo,
        description: l.description,
        setupTime: n(l.setupTime),
        runTime: n(l.runTime),
        waitTime: n(l.waitTime),
        moveTime: n(l.moveTime),
        routingLinkCode: l.routingLinkCode,
      })),
    };
  },
});

const familyHeader = familySchema.omit({ lines: true }).meta({ id: "FamilyHeader" });
const families = readOperations({
  path: "families",
  name: "Family",
  record: "partFamily",
  schema: familySchema,
  listSchema: familyHeader,
  list: async (after, take) =>
    (await db.family.findMany({ where: { no: { gt: after } }, orderBy: { no: "asc" }, take })).map((f) => ({
      no: f.no,
      description: f.description,
      routingNo: f.routingNo,
      blocked: f.blocked,
      version: f.version,
      key: f.no,
    })),
  get: async (key) => {
    const f = await db.family.findUnique({ where: { no: key }, include: { lines: { orderBy: { lineNo: "asc" } } } });
    if (!f) return null;
    return {
      no: f.no,
      description: f.description,
      routingNo: f.routingNo,
      blocked: f.blocked,
      version: f.version,
      lines: f.lines.map((l) => ({ lineNo: l.lineNo, itemNo: l.itemNo, quantity: n(l.quantity) })),
    };
  },
});

const salesHeader = salesOrderSchema.omit({ lines: true }).meta({ id: "SalesOrderHeader" });
const salesHeaderOf = (s: Awaited<ReturnType<typeof db.salesHeader.findFirstOrThrow>>) => ({
  no: s.no,
  sellToCustomerNo: s.sellToCustomerNo,
  sellToName: s.sellToName,
  locationCode: s.locationCode,
  shipmentDate: isoDate(s.shipmentDate),
  status: s.status,
  version: s.version,
});
const salesOrders = readOperations({
  path: "sales-orders",
  name: "Sales Order",
  record: "partSalesOrder",
  schema: salesOrderSchema,
  listSchema: salesHeader,
  list: async (after, take) =>
    (await db.salesHeader.findMany({ where: { documentType: "ORDER", no: { gt: after } }, orderBy: { no: "asc" }, take })).map((s) => ({
      ...salesHeaderOf(s),
      key: s.no,
    })),
  get: async (key) => {
    const s = await db.salesHeader.findUnique({
      where: { documentType_no: { documentType: "ORDER", no: key } },
      include: { lines: { orderBy: { lineNo: "asc" } } },
    });
    if (!s) return null;
    return {
      ...salesHeaderOf(s),
      lines: s.lines.map((l) => ({
        lineNo: l.lineNo,
        type: l.type,
        no: l.no,
        variantCode: l.variantCode,
        description: l.description,
        quantity: n(l.quantity),
        outstandingQuantity: n(l.outstandingQuantity),
        locationCode: l.locationCode,
        shipmentDate: isoDate(l.shipmentDate),
      })),
    };
  },
});

const locationOf = (l: { code: string; name: string; inboundHandlingDays: number; version: number }) => ({
  code: l.code,
  name: l.name,
  inboundHandlingDays: l.inboundHandlingDays,
  version: l.version,
});
const locations = readOperations({
  path: "locations",
  name: "Location",
  record: "partLocation",
  schema: locationSchema,
  listSchema: locationSchema,
  list: async (after, take) =>
    (await db.location.findMany({ where: { code: { gt: after } }, orderBy: { code: "asc" }, take })).map((l) => ({
      ...locationOf(l),
      key: l.code,
    })),
  get: async (key) => {
    const l = await db.location.findUnique({ where: { code: key } });
    return l && locationOf(l);
  },
});

export const peekNumberSeries = defineOperation(
  {
    method: "GET",
    path: "/number-series/{code}/next-no",
    operationId: "peekNextNo",
    summary: "The next number of a number series, without drawing it (admins)",
    tag: "Number series",
    permission: "noSeries.manage",
    params: z.object({ code: plainText(20) }),
    query: z.object({ date: z.iso.date().optional() }),
    responses: { 200: { description: "The next number.", schema: nextNoSchema }, 404: { description: "No such series." } },
  },
  async ({ params, query }) => {
    const series = await db.noSeries.findUnique({ where: { code: params.code }, select: { code: true } });
    if (!series) throw new ApiProblem(404, "NOT_FOUND", msg("seriesNotFound", { series: params.code }));
    return { status: 200, body: { code: series.code, nextNo: await peekNextNo(db, series.code, query.date ?? null) } };
  },
);

export const masterDataOperations: Operation[] = [
  ...items,
  ...boms,
  ...routings,
  ...families,
  ...salesOrders,
  ...locations,
  peekNumberSeries,
];
