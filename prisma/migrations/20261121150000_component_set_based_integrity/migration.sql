-- DropForeignKey
ALTER TABLE "ProdOrderComponent" DROP CONSTRAINT "ProdOrderComponent_itemNo_fkey";

-- DropForeignKey
ALTER TABLE "ProdOrderComponent" DROP CONSTRAINT "ProdOrderComponent_orderId_fkey";

-- DropForeignKey
ALTER TABLE "ProdOrderComponent" DROP CONSTRAINT "ProdOrderComponent_orderLineId_fkey";

-- Set-based integrity for ProdOrderComponent (hand-written; see prisma/schema.prisma).
-- A refresh inserts up to ~11,000 components in one statement; the three row-level foreign
-- keys above cost one trigger call and index probe per row and key (most of the insert's time).
-- These statement-level triggers keep the same guarantees with one query per statement.
-- Errors use SQLSTATE 23503 (foreign_key_violation) and the old constraint names, so callers
-- that map FK violations see no difference.

-- 1. Every new or changed component points at an existing order line OF THE SAME ORDER (which
--    implies the order exists: ProdOrderLine keeps its FK) and at an existing item.
CREATE FUNCTION prod_order_component_check_refs() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  bad record;
BEGIN
  SELECT n."orderId", n."orderLineId", n."itemNo",
         NOT EXISTS (SELECT 1 FROM "ProdOrderLine" l WHERE l.id = n."orderLineId" AND l."orderId" = n."orderId") AS no_line
    INTO bad
    FROM new_rows n
   WHERE NOT EXISTS (SELECT 1 FROM "ProdOrderLine" l WHERE l.id = n."orderLineId" AND l."orderId" = n."orderId")
      OR NOT EXISTS (SELECT 1 FROM "Item" i WHERE i.no = n."itemNo")
   LIMIT 1;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  IF bad.no_line THEN
    RAISE EXCEPTION 'insert or update on table "ProdOrderComponent" violates foreign key constraint "ProdOrderComponent_orderLineId_fkey"'
      USING ERRCODE = '23503', CONSTRAINT = 'ProdOrderComponent_orderLineId_fkey', TABLE = 'ProdOrderComponent',
            DETAIL = format('Key ("orderLineId", "orderId")=(%s, %s) is not present in table "ProdOrderLine".', bad."orderLineId", bad."orderId");
  END IF;
  RAISE EXCEPTION 'insert or update on table "ProdOrderComponent" violates foreign key constraint "ProdOrderComponent_itemNo_fkey"'
    USING ERRCODE = '23503', CONSTRAINT = 'ProdOrderComponent_itemNo_fkey', TABLE = 'ProdOrderComponent',
          DETAIL = format('Key ("itemNo")=(%s) is not present in table "Item".', bad."itemNo");
END $$;

CREATE TRIGGER "ProdOrderComponent_check_refs_ins" AFTER INSERT ON "ProdOrderComponent"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION prod_order_component_check_refs();
CREATE TRIGGER "ProdOrderComponent_check_refs_upd" AFTER UPDATE ON "ProdOrderComponent"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION prod_order_component_check_refs();

-- 2. Deleting order lines deletes their components (was ON DELETE CASCADE). Also runs for the
--    lines an order delete cascades to, so deleting an order still removes everything.
CREATE FUNCTION prod_order_line_delete_components() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "ProdOrderComponent" c USING old_rows o WHERE c."orderLineId" = o.id;
  RETURN NULL;
END $$;

CREATE TRIGGER "ProdOrderLine_delete_components" AFTER DELETE ON "ProdOrderLine"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION prod_order_line_delete_components();

-- 3. A line's key never changes in the app; if it ever did, its components would be orphaned:
--    refuse (row-level, but it only fires when id or orderId really change).
CREATE FUNCTION prod_order_line_key_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "ProdOrderComponent" c WHERE c."orderLineId" = OLD.id) THEN
    RAISE EXCEPTION 'update on table "ProdOrderLine" violates foreign key constraint "ProdOrderComponent_orderLineId_fkey" on table "ProdOrderComponent"'
      USING ERRCODE = '23503', CONSTRAINT = 'ProdOrderComponent_orderLineId_fkey', TABLE = 'ProdOrderLine',
            DETAIL = format('Key (id)=(%s) is still referenced from table "ProdOrderComponent".', OLD.id);
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "ProdOrderLine_key_change" BEFORE UPDATE OF id, "orderId" ON "ProdOrderLine"
  FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id OR OLD."orderId" IS DISTINCT FROM NEW."orderId")
  EXECUTE FUNCTION prod_order_line_key_change();

-- 4. An item used by a component cannot be deleted (was ON DELETE RESTRICT) …
CREATE FUNCTION item_check_component_refs() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  used text;
BEGIN
  SELECT o.no INTO used FROM old_rows o
   WHERE EXISTS (SELECT 1 FROM "ProdOrderComponent" c WHERE c."itemNo" = o.no) LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'update or delete on table "Item" violates foreign key constraint "ProdOrderComponent_itemNo_fkey" on table "ProdOrderComponent"'
      USING ERRCODE = '23503', CONSTRAINT = 'ProdOrderComponent_itemNo_fkey', TABLE = 'Item',
            DETAIL = format('Key (no)=(%s) is still referenced from table "ProdOrderComponent".', used);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Item_check_component_refs" AFTER DELETE ON "Item"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION item_check_component_refs();

-- … and renaming an item renames it on the components (was ON UPDATE CASCADE).
CREATE FUNCTION item_rename_components() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ProdOrderComponent" SET "itemNo" = NEW.no WHERE "itemNo" = OLD.no;
  RETURN NULL;
END $$;

CREATE TRIGGER "Item_rename_components" AFTER UPDATE OF no ON "Item"
  FOR EACH ROW WHEN (OLD.no IS DISTINCT FROM NEW.no) EXECUTE FUNCTION item_rename_components();
