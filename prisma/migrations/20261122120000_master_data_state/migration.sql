-- The state of the master data a refresh's BOM catalog reads (hand-written after the generated
-- CREATE TABLE; see prisma/schema.prisma). One row, whose token becomes a new random UUID with
-- every statement that changes Item, ItemUnitOfMeasure, StockkeepingUnit, ProductionBom,
-- ProductionBomVersion or ProductionBomLine, in that statement's own transaction. A token
-- therefore names one committed state of those tables: the app may keep a catalog it read
-- together with a token for as long as the database shows that token (a restored backup shows an
-- old token again, and with it exactly the data that token was read with).
--
-- The triggers run BEFORE each statement, so a transaction that changes master data takes the
-- state row's lock before any row lock of its own: writers of master data queue on that one row
-- instead of deadlocking on each other's rows. Readers never lock it.

-- CreateTable
CREATE TABLE "MasterDataState" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "token" UUID NOT NULL,

    CONSTRAINT "MasterDataState_pkey" PRIMARY KEY ("id")
);

ALTER TABLE "MasterDataState" ADD CONSTRAINT "MasterDataState_one_row" CHECK (id = 1);
INSERT INTO "MasterDataState" (id, token) VALUES (1, gen_random_uuid());

CREATE FUNCTION master_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "MasterDataState" SET token = gen_random_uuid() WHERE id = 1;
  RETURN NULL;
END $$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Item', 'ItemUnitOfMeasure', 'StockkeepingUnit', 'ProductionBom', 'ProductionBomVersion', 'ProductionBomLine'] LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION master_data_changed()',
                   t || '_master_data_changed', t);
  END LOOP;
END $$;
