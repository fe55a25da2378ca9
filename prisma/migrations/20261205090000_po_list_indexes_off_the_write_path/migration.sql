-- The sixteen production-order list-sort indexes of 20261205064100/20261205070233 cost every
-- order insert and every refresh (dates are indexed columns, so no HOT update) their upkeep: the
-- number-series benchmark fell below its targets (Normal c8 59 % of the floor, Sequence c32
-- 2,749/s) and order creation over HTTP above its p95 target. Lists keep the (status, dueDate),
-- (status, sourceType, sourceNo) and (status, no) indexes they had; the list-speed work of issue
-- 24 must find a cheaper shape (one index per sort served both ways, keyset for deep pages).
DROP INDEX IF EXISTS "po_list_description_asc";
DROP INDEX IF EXISTS "po_list_description_desc";
DROP INDEX IF EXISTS "po_list_source_type_asc";
DROP INDEX IF EXISTS "po_list_source_type_desc";
DROP INDEX IF EXISTS "po_list_source_no_asc";
DROP INDEX IF EXISTS "po_list_source_no_desc";
DROP INDEX IF EXISTS "po_list_quantity_asc";
DROP INDEX IF EXISTS "po_list_quantity_desc";
DROP INDEX IF EXISTS "po_list_due_date_asc";
DROP INDEX IF EXISTS "po_list_starting_asc";
DROP INDEX IF EXISTS "po_list_ending_asc";
DROP INDEX IF EXISTS "po_list_location_asc";
DROP INDEX IF EXISTS "po_list_due_date_desc";
DROP INDEX IF EXISTS "po_list_starting_desc";
DROP INDEX IF EXISTS "po_list_ending_desc";
DROP INDEX IF EXISTS "po_list_location_desc";
