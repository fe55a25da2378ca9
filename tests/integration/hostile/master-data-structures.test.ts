// X-3 hostile input, BOMs, routings, sales documents and the CSV import: random and malicious
// inputs end in a refusal with nothing written, never a 500.
import "../../support/next-mocks";
import * as boms from "@/lib/actions/master-data/boms";
import * as csv from "@/lib/actions/master-data/import";
import * as routings from "@/lib/actions/master-data/routings";
import * as sales from "@/lib/actions/master-data/sales-documents";
import * as bomSchemas from "@/lib/validation/master-data/bom";
import { importCsvSchema } from "@/lib/validation/master-data/csv-import";
import * as routingSchemas from "@/lib/validation/master-data/routing";
import * as salesSchemas from "@/lib/validation/master-data/sales-documents";
import { form, hostileSuite, type Case } from "./suite";

const cases: Case[] = [
  ["createProductionBomAction", form(boms.createProductionBomAction), bomSchemas.createBomSchema],
  ["updateProductionBomAction", form(boms.updateProductionBomAction), bomSchemas.updateBomSchema],
  ["saveBomVersionAction", form(boms.saveBomVersionAction), bomSchemas.saveBomVersionSchema],
  ["changeBomStatusAction", form(boms.changeBomStatusAction), bomSchemas.changeBomStatusSchema],
  ["deleteProductionBomAction", form(boms.deleteProductionBomAction), bomSchemas.deleteBomSchema],
  ["createRoutingAction", form(routings.createRoutingAction), routingSchemas.createRoutingSchema],
  ["updateRoutingAction", form(routings.updateRoutingAction), routingSchemas.updateRoutingSchema],
  ["saveRoutingVersionAction", form(routings.saveRoutingVersionAction), routingSchemas.saveRoutingVersionSchema],
  ["changeRoutingStatusAction", form(routings.changeRoutingStatusAction), routingSchemas.changeRoutingStatusSchema],
  ["deleteRoutingAction", form(routings.deleteRoutingAction), routingSchemas.deleteRoutingSchema],
  ["createSalesDocumentAction", form(sales.createSalesDocumentAction), salesSchemas.createSalesDocumentSchema],
  ["updateSalesDocumentAction", form(sales.updateSalesDocumentAction), salesSchemas.updateSalesDocumentSchema],
  ["deleteSalesDocumentAction", form(sales.deleteSalesDocumentAction), salesSchemas.deleteSalesDocumentSchema],
  ["importCsvAction", form(csv.importCsvAction), importCsvSchema],
];

hostileSuite("X-3 hostile input to the BOM, routing, sales and import actions is refused, never a 500", cases);
hostileSuite("X-3 hostile input from a planner to the master data writes is refused", cases.slice(0, 3), "planner", 8);
