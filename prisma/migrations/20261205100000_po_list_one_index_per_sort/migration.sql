-- Production-order lists (issue 24 item 5): one btree per sort the list offers, (status, column,
-- no), read forwards for ascending and backwards for descending. A descending sort is now the
-- exact reverse of the ascending one (the tiebreak No. descends too, NULLs come first, as BC's
-- Ascending(false) reverses the whole key), so no second index per direction. Eight indexes
-- where 20261205064100/20261205070233 had sixteen; (status, dueDate) gains the tiebreak; No. is
-- served by the unique (status, no).
-- The list reads a page's keys (status, column, no) from these indexes alone, then 25 rows.
DROP INDEX IF EXISTS "ProductionOrder_status_dueDate_idx";
CREATE INDEX "ProductionOrder_status_dueDate_no_idx" ON "ProductionOrder"("status", "dueDate", "no");
CREATE INDEX "ProductionOrder_status_description_no_idx" ON "ProductionOrder"("status", "description", "no");
CREATE INDEX "ProductionOrder_status_sourceType_no_idx" ON "ProductionOrder"("status", "sourceType", "no");
CREATE INDEX "ProductionOrder_status_sourceNo_no_idx" ON "ProductionOrder"("status", "sourceNo", "no");
CREATE INDEX "ProductionOrder_status_quantity_no_idx" ON "ProductionOrder"("status", "quantity", "no");
CREATE INDEX "ProductionOrder_status_startingDateTime_no_idx" ON "ProductionOrder"("status", "startingDateTime", "no");
CREATE INDEX "ProductionOrder_status_endingDateTime_no_idx" ON "ProductionOrder"("status", "endingDateTime", "no");
CREATE INDEX "ProductionOrder_status_locationCode_no_idx" ON "ProductionOrder"("status", "locationCode", "no");
