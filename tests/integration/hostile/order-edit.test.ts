// X-3 hostile input, the card's subpage edits (issue 23 item 1): random and malicious inputs to
// the line, component and routing-line actions end in a refusal with nothing half-written,
// never a 500.
import "../../support/next-mocks";
import { beforeAll, beforeEach } from "vitest";
import * as edit from "@/lib/actions/order-edit";
import * as orders from "@/lib/actions/production-orders";
import * as schemas from "@/lib/validation/order-edit";
import { db } from "@/lib/db";
import { signInAs } from "../../support/session";
import { form, hostileSuite, type Case } from "./suite";

// A real refreshed order the near-valid inputs point at.
const order = { id: 0, version: 0, lineId: 0, componentId: 0, routingLineId: 0 };
beforeAll(async () => {
  await signInAs("admin");
  const created = await orders.createProductionOrderAction(undefined, {
    sourceType: "ITEM",
    sourceNo: "1000",
    quantity: 2,
    dueDate: "2027-03-19",
    refresh: true,
  });
  if (!created.ok) throw new Error(`could not create the order: ${created.message}`);
  const line = await db.prodOrderLine.findFirstOrThrow({ where: { orderId: created.data.id } });
  const component = await db.prodOrderComponent.findFirstOrThrow({ where: { orderLineId: line.id } });
  const routing = await db.prodOrderRoutingLine.findFirstOrThrow({ where: { orderLineId: line.id } });
  Object.assign(order, { id: created.data.id, lineId: line.id, componentId: component.id, routingLineId: routing.id });
});
beforeEach(async () => {
  const row = await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } });
  order.version = row.version;
});
const ref = () => ({ id: order.id, version: order.version });
const component = () => ({
  itemNo: "1100",
  quantityPer: "2",
  unitOfMeasureCode: "",
  scrapPercent: "0",
  calculationFormula: "NONE",
  locationCode: "",
});
const operation = () => ({
  type: "WORK_CENTER",
  no: "100",
  setupTime: "10",
  runTime: "5",
  waitTime: "0",
  moveTime: "0",
  sendAheadQuantity: "0",
});

const cases: Case[] = [
  [
    "changeOrderLineAction",
    form(edit.changeOrderLineAction),
    schemas.changeOrderLineSchema,
    () => ({ ...ref(), orderLineId: order.lineId, quantity: "3", dueDate: "2027-03-26", locationCode: "BLUE" }),
  ],
  [
    "changeComponentAction",
    form(edit.changeComponentAction),
    schemas.changeComponentSchema,
    () => ({ ...ref(), componentId: order.componentId, ...component() }),
  ],
  [
    "addComponentAction",
    form(edit.addComponentAction),
    schemas.addComponentSchema,
    () => ({ ...ref(), orderLineId: order.lineId, ...component() }),
  ],
  [
    "changeRoutingLineAction",
    form(edit.changeRoutingLineAction),
    schemas.changeRoutingLineSchema,
    () => ({ ...ref(), routingLineId: order.routingLineId, ...operation() }),
  ],
  [
    "addRoutingLineAction",
    form(edit.addRoutingLineAction),
    schemas.addRoutingLineSchema,
    () => ({ ...ref(), orderLineId: order.lineId, operationNo: "995", ...operation() }),
  ],
  [
    "deleteComponentAction",
    form(edit.deleteComponentAction),
    schemas.deleteComponentSchema,
    () => ({ ...ref(), componentId: order.componentId }),
  ],
  [
    "deleteRoutingLineAction",
    form(edit.deleteRoutingLineAction),
    schemas.deleteRoutingLineSchema,
    () => ({ ...ref(), routingLineId: order.routingLineId }),
  ],
];

hostileSuite("X-3 hostile input to the card's line, component and routing edits is refused, never a 500", cases);
