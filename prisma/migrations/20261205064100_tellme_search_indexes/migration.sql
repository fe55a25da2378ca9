-- Tell Me (issue 24) and big order lists, with what PostgreSQL ships: pg_trgm (in the embedded
-- PostgreSQL too) for "contains" and typo-tolerant matching, btree indexes for the rest.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Prefix matches, case-insensitive, in the order they are shown: lower(col) in the C collation
-- supports LIKE 'abc%' as an index range and ORDER BY lower(col) COLLATE "C" as index order.
CREATE INDEX "tellme_item_no_prefix" ON "Item" ((lower(no) COLLATE "C"));
CREATE INDEX "tellme_item_desc_prefix" ON "Item" ((lower(description) COLLATE "C"));
CREATE INDEX "tellme_po_no_prefix" ON "ProductionOrder" ((lower(no) COLLATE "C"));
CREATE INDEX "tellme_po_desc_prefix" ON "ProductionOrder" ((lower(description) COLLATE "C"));
CREATE INDEX "tellme_bom_no_prefix" ON "ProductionBom" ((lower(no) COLLATE "C"));
CREATE INDEX "tellme_bom_desc_prefix" ON "ProductionBom" ((lower(description) COLLATE "C"));
CREATE INDEX "tellme_routing_no_prefix" ON "Routing" ((lower(no) COLLATE "C"));
CREATE INDEX "tellme_routing_desc_prefix" ON "Routing" ((lower(description) COLLATE "C"));
CREATE INDEX "tellme_family_no_prefix" ON "Family" ((lower(no) COLLATE "C"));
CREATE INDEX "tellme_family_desc_prefix" ON "Family" ((lower(description) COLLATE "C"));
CREATE INDEX "tellme_sales_no_prefix" ON "SalesHeader" ((lower(no) COLLATE "C"));
CREATE INDEX "tellme_sales_name_prefix" ON "SalesHeader" ((lower("sellToName") COLLATE "C"));
CREATE INDEX "tellme_wc_no_prefix" ON "WorkCenter" ((lower(no) COLLATE "C"));
CREATE INDEX "tellme_wc_name_prefix" ON "WorkCenter" ((lower(name) COLLATE "C"));
CREATE INDEX "tellme_mc_no_prefix" ON "MachineCenter" ((lower(no) COLLATE "C"));
CREATE INDEX "tellme_mc_name_prefix" ON "MachineCenter" ((lower(name) COLLATE "C"));

-- "Contains" (ILIKE '%abc%', also the lists' No. filter) and typos (word_similarity, %):
-- trigram GIN indexes on the searched columns (declared in schema.prisma too).
CREATE INDEX "tellme_po_no_trgm" ON "ProductionOrder" USING gin (no gin_trgm_ops);
CREATE INDEX "tellme_po_desc_trgm" ON "ProductionOrder" USING gin (description gin_trgm_ops);
CREATE INDEX "tellme_item_no_trgm" ON "Item" USING gin (no gin_trgm_ops);
CREATE INDEX "tellme_item_desc_trgm" ON "Item" USING gin (description gin_trgm_ops);
CREATE INDEX "tellme_bom_trgm" ON "ProductionBom" USING gin (no gin_trgm_ops, description gin_trgm_ops);
CREATE INDEX "tellme_routing_trgm" ON "Routing" USING gin (no gin_trgm_ops, description gin_trgm_ops);
CREATE INDEX "tellme_family_trgm" ON "Family" USING gin (no gin_trgm_ops, description gin_trgm_ops);
CREATE INDEX "tellme_sales_trgm" ON "SalesHeader" USING gin (no gin_trgm_ops, "sellToName" gin_trgm_ops);
CREATE INDEX "tellme_wc_trgm" ON "WorkCenter" USING gin (no gin_trgm_ops, name gin_trgm_ops);
CREATE INDEX "tellme_mc_trgm" ON "MachineCenter" USING gin (no gin_trgm_ops, name gin_trgm_ops);

-- Production-order lists (issue 24 item 5): the list orders by the chosen column (NULLs last in
-- both directions), then No. The nullable columns' descending sorts follow in
-- 20261205070233_tellme_list_desc (NULLS LAST, which Prisma cannot declare).
CREATE INDEX "po_list_description_asc" ON "ProductionOrder" (status, description, no);
CREATE INDEX "po_list_description_desc" ON "ProductionOrder" (status, description DESC, no);
CREATE INDEX "po_list_source_type_asc" ON "ProductionOrder" (status, "sourceType", no);
CREATE INDEX "po_list_source_type_desc" ON "ProductionOrder" (status, "sourceType" DESC, no);
CREATE INDEX "po_list_source_no_asc" ON "ProductionOrder" (status, "sourceNo", no);
CREATE INDEX "po_list_source_no_desc" ON "ProductionOrder" (status, "sourceNo" DESC, no);
CREATE INDEX "po_list_quantity_asc" ON "ProductionOrder" (status, quantity, no);
CREATE INDEX "po_list_quantity_desc" ON "ProductionOrder" (status, quantity DESC, no);
CREATE INDEX "po_list_due_date_asc" ON "ProductionOrder" (status, "dueDate", no);
CREATE INDEX "po_list_starting_asc" ON "ProductionOrder" (status, "startingDateTime", no);
CREATE INDEX "po_list_ending_asc" ON "ProductionOrder" (status, "endingDateTime", no);
CREATE INDEX "po_list_location_asc" ON "ProductionOrder" (status, "locationCode", no);
