-- The Firm Planned … lists sort a nullable column descending as "col DESC NULLS LAST, no": these
-- indexes hold exactly that order. schema.prisma declares them (DESC) so Prisma keeps them;
-- NULLS LAST it cannot express, and it does not compare it either.
CREATE INDEX "po_list_due_date_desc" ON "ProductionOrder"("status", "dueDate" DESC NULLS LAST, "no");
CREATE INDEX "po_list_starting_desc" ON "ProductionOrder"("status", "startingDateTime" DESC NULLS LAST, "no");
CREATE INDEX "po_list_ending_desc" ON "ProductionOrder"("status", "endingDateTime" DESC NULLS LAST, "no");
CREATE INDEX "po_list_location_desc" ON "ProductionOrder"("status", "locationCode" DESC NULLS LAST, "no");
