import "../../support/next-mocks";
import { readFileSync } from "node:fs";
import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import type { paths } from "@/lib/api/client/schema";
import { db } from "@/lib/db";
import { clientTypes } from "../../../scripts/api-client-types.mts";
import { servedDocument } from "./contract";
import { apiKeyFor, dispatch } from "./support";

// Issue 26: a client typed from the served document (openapi-typescript → lib/api/client/schema.ts,
// openapi-fetch) drives an order from create to finish, as another system would. Its requests go
// to the route handlers through `dispatch` (what Next's router does), on real PostgreSQL.

describe("API-9 a typed client generated from the document", () => {
  it("GIVEN the operations WHEN the document and the client's types are generated THEN the committed ones are current", async () => {
    const served = await servedDocument();
    const committed = JSON.parse(readFileSync("lib/api/client/openapi.json", "utf8")) as unknown;
    expect(committed, "run `npx tsx scripts/api-client-types.mts`").toEqual(served);
    expect(readFileSync("lib/api/client/schema.ts", "utf8")).toBe(await clientTypes(served));
  });

  it("GIVEN a supervisor's key WHEN the typed client creates, refreshes, releases and finishes an order THEN each step answers its document and the order ends Finished", async () => {
    const { key, id: keyId } = await apiKeyFor("supervisor", "typed client");
    const api = createClient<paths>({
      baseUrl: "http://localhost/api/v1",
      fetch: (request: Request) => dispatch(request),
      headers: { "X-API-Key": key },
    });
    // WHEN created
    const created = await api.POST("/production-orders", {
      body: { sourceType: "ITEM", sourceNo: "1000", quantity: 3, dueDate: "2027-04-01", locationCode: "BLUE", refresh: false },
    });
    expect(created.response.status).toBe(201);
    const id = created.data!.id;
    // WHEN refreshed with the ETag it was created with
    const refreshed = await api.POST("/production-orders/{id}/refresh", {
      params: { path: { id }, header: { "If-Match": created.response.headers.get("etag")! } },
      body: {},
    });
    expect(refreshed.response.status).toBe(200);
    expect(refreshed.data!.components).toBeGreaterThan(0);
    // WHEN released: a new No. from the released series, and where the order is now
    const released = await api.POST("/production-orders/{id}/change-status", {
      params: { path: { id }, header: { "If-Match": refreshed.response.headers.get("etag")! } },
      body: { newStatus: "RELEASED" },
    });
    expect(released.response.status).toBe(200);
    expect(released.data).toMatchObject({ oldStatus: "FIRM_PLANNED", status: "RELEASED" });
    expect(released.data!.no).not.toBe(created.data!.no);
    expect(released.response.headers.get("location")).toBe(`/api/v1/production-orders/${id}`);
    // WHEN finished (no output recorded: confirmed, ST-4)
    const finished = await api.POST("/production-orders/{id}/change-status", {
      params: { path: { id }, header: { "If-Match": released.response.headers.get("etag")! } },
      body: { newStatus: "FINISHED", confirmNoOutput: true },
    });
    expect(finished.response.status).toBe(200);
    // THEN
    const read = await api.GET("/production-orders/{id}", { params: { path: { id } } });
    expect(read.data).toMatchObject({ status: "FINISHED", no: released.data!.no });
    const trail = await db.auditEntry.findMany({ where: { orderId: id }, orderBy: { id: "asc" } });
    expect(trail.map((a) => a.action)).toEqual(["create", "refresh", "changeStatus", "changeStatus"]);
    expect(trail.every((a) => a.apiKeyId === keyId)).toBe(true);
  });
});
