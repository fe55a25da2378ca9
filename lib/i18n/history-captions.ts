// The order History's captions (lib/i18n/describe-changes.ts renders with them): message keys
// of the order card, the refresh and the replan dialog, for the keys the services write into
// audit entries. A unit test checks that each exists in every locale.

// Change keys with a caption of the order card, the refresh or the replan dialog, in the order
// the History lists them.
export const HISTORY_CAPTIONS: Record<string, string> = {
  status: "orders.statusField",
  sourceType: "orders.sourceType",
  sourceNo: "orders.sourceNo",
  variantCode: "orders.variantCode",
  description: "orders.description",
  description2: "orders.description2",
  quantity: "orders.quantity",
  dueDate: "orders.dueDate",
  locationCode: "orders.locationCode",
  unitCost: "orders.unitCost",
  costAmount: "orders.costAmount",
  routingNo: "orders.routingNo",
  startingDateTime: "orders.startingDateTime",
  endingDateTime: "orders.endingDateTime",
  finishedDate: "orders.finishedDate",
  lastDateModified: "orders.lastDateModified",
  refreshed: "refresh.refresh",
  direction: "refresh.direction",
  calcLines: "refresh.calcLines",
  calcRoutings: "refresh.calcRoutings",
  calcComponents: "refresh.calcComponents",
  lines: "orders.lines",
  components: "orders.components",
  routingLines: "orders.routingLines",
  replanOf: "orders.replanRefNo",
  plan: "replan.plan",
  created: "replan.created",
  deleted: "replan.deleted",
  // Changes on the card's subpages (lib/services/production-orders/edit).
  line: "orderEdit.historyLine",
  itemNo: "orders.line.itemNo",
  quantityPer: "orders.component.quantityPer",
  unitOfMeasureCode: "orders.line.unitOfMeasure",
  scrapPercent: "orders.component.scrapPercent",
  calculationFormula: "orders.component.calculationFormula",
  expectedQuantity: "orders.component.expectedQuantity",
  type: "orders.routing.type",
  no: "orders.routing.no",
  workCenterNo: "orders.routing.workCenterNo",
  setupTime: "orders.routing.setupTime",
  runTime: "orders.routing.runTime",
  waitTime: "orders.routing.waitTime",
  moveTime: "orders.routing.moveTime",
  sendAheadQuantity: "orderEdit.sendAheadQuantity",
  lineNo: "orders.line.lineNo",
  outputQuantity: "orders.output.outputQuantity",
  finishedQuantity: "orders.line.finishedQuantity",
};
// Stored codes in words, by change key.
export const HISTORY_CODES: Record<string, string> = {
  status: "orders.status",
  sourceType: "orders.sourceTypes",
  direction: "replan.directions",
  plan: "replan.plans",
  type: "orders.routing",
  calculationFormula: "orders.component",
};
