-- Issue 25, spec PL: the item's and stockkeeping unit's planning parameters (PL-1), Manufacturing
-- Setup's default dampener, each user's planning worksheet (PL-7, PL-10) and the runs of the
-- regenerative plan (PL-2: progress, one running calculation per user).

CREATE TYPE "ReorderingPolicy" AS ENUM ('FIXED_REORDER_QTY', 'MAXIMUM_QTY', 'ORDER', 'LOT_FOR_LOT');
CREATE TYPE "PlanningActionMessage" AS ENUM ('NEW', 'CHANGE_QTY', 'RESCHEDULE', 'RESCHEDULE_AND_CHANGE_QTY', 'CANCEL');
CREATE TYPE "PlanningWarning" AS ENUM ('EMERGENCY', 'EXCEPTION', 'ATTENTION');
CREATE TYPE "PlanningRunStatus" AS ENUM ('RUNNING', 'DONE', 'FAILED');

ALTER TABLE "ManufacturingSetup"
  ADD COLUMN "defaultDampenerPeriodDays" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "defaultDampenerPercent" DECIMAL(18,5) NOT NULL DEFAULT 0;

ALTER TABLE "Item"
  ADD COLUMN "reorderingPolicy" "ReorderingPolicy",
  ADD COLUMN "safetyStockQuantity" DECIMAL(18,5) NOT NULL DEFAULT 0,
  ADD COLUMN "reorderPoint" DECIMAL(18,5) NOT NULL DEFAULT 0,
  ADD COLUMN "reorderQuantity" DECIMAL(18,5) NOT NULL DEFAULT 0,
  ADD COLUMN "maximumInventory" DECIMAL(18,5) NOT NULL DEFAULT 0,
  ADD COLUMN "overflowLevel" DECIMAL(18,5) NOT NULL DEFAULT 0,
  ADD COLUMN "timeBucketDays" INTEGER,
  ADD COLUMN "lotAccumulationPeriodDays" INTEGER,
  ADD COLUMN "reschedulingPeriodDays" INTEGER,
  ADD COLUMN "dampenerPeriodDays" INTEGER,
  ADD COLUMN "dampenerQuantity" DECIMAL(18,5),
  ADD COLUMN "includeInventory" BOOLEAN NOT NULL DEFAULT true,
  ADD COLUMN "minimumOrderQuantity" DECIMAL(18,5) NOT NULL DEFAULT 0,
  ADD COLUMN "maximumOrderQuantity" DECIMAL(18,5) NOT NULL DEFAULT 0,
  ADD COLUMN "orderMultiple" DECIMAL(18,5) NOT NULL DEFAULT 0;

ALTER TABLE "StockkeepingUnit"
  ADD COLUMN "reorderingPolicy" "ReorderingPolicy",
  ADD COLUMN "safetyStockQuantity" DECIMAL(18,5),
  ADD COLUMN "reorderPoint" DECIMAL(18,5),
  ADD COLUMN "reorderQuantity" DECIMAL(18,5),
  ADD COLUMN "maximumInventory" DECIMAL(18,5),
  ADD COLUMN "overflowLevel" DECIMAL(18,5),
  ADD COLUMN "timeBucketDays" INTEGER,
  ADD COLUMN "lotAccumulationPeriodDays" INTEGER,
  ADD COLUMN "reschedulingPeriodDays" INTEGER,
  ADD COLUMN "dampenerPeriodDays" INTEGER,
  ADD COLUMN "dampenerQuantity" DECIMAL(18,5),
  ADD COLUMN "includeInventory" BOOLEAN,
  ADD COLUMN "minimumOrderQuantity" DECIMAL(18,5),
  ADD COLUMN "maximumOrderQuantity" DECIMAL(18,5),
  ADD COLUMN "orderMultiple" DECIMAL(18,5);

-- The last guard behind the forms' and the import's checks (lib/domain/planning/parameter-rules.ts):
-- no negative quantity or period anywhere.
ALTER TABLE "ManufacturingSetup" ADD CONSTRAINT "ManufacturingSetup_dampener_check"
  CHECK ("defaultDampenerPeriodDays" >= 0 AND "defaultDampenerPercent" >= 0);
ALTER TABLE "Item" ADD CONSTRAINT "Item_planning_parameters_check" CHECK (
  "safetyStockQuantity" >= 0 AND "reorderPoint" >= 0 AND "reorderQuantity" >= 0 AND "maximumInventory" >= 0
  AND "overflowLevel" >= 0 AND coalesce("timeBucketDays", 0) >= 0 AND coalesce("lotAccumulationPeriodDays", 0) >= 0
  AND coalesce("reschedulingPeriodDays", 0) >= 0 AND coalesce("dampenerPeriodDays", 0) >= 0 AND coalesce("dampenerQuantity", 0) >= 0
  AND "minimumOrderQuantity" >= 0 AND "maximumOrderQuantity" >= 0 AND "orderMultiple" >= 0);
ALTER TABLE "StockkeepingUnit" ADD CONSTRAINT "StockkeepingUnit_planning_parameters_check" CHECK (
  coalesce("safetyStockQuantity", 0) >= 0 AND coalesce("reorderPoint", 0) >= 0 AND coalesce("reorderQuantity", 0) >= 0
  AND coalesce("maximumInventory", 0) >= 0 AND coalesce("overflowLevel", 0) >= 0 AND coalesce("timeBucketDays", 0) >= 0
  AND coalesce("lotAccumulationPeriodDays", 0) >= 0 AND coalesce("reschedulingPeriodDays", 0) >= 0
  AND coalesce("dampenerPeriodDays", 0) >= 0 AND coalesce("dampenerQuantity", 0) >= 0 AND coalesce("minimumOrderQuantity", 0) >= 0
  AND coalesce("maximumOrderQuantity", 0) >= 0 AND coalesce("orderMultiple", 0) >= 0);

CREATE TABLE "PlanningWorksheetLine" (
    "userId" VARCHAR(64) NOT NULL,
    "lineNo" INTEGER NOT NULL,
    "actionMessage" "PlanningActionMessage" NOT NULL,
    "acceptActionMessage" BOOLEAN NOT NULL DEFAULT false,
    "itemNo" VARCHAR(20) NOT NULL,
    "variantCode" VARCHAR(10) NOT NULL DEFAULT '',
    "locationCode" VARCHAR(10) NOT NULL DEFAULT '',
    "description" VARCHAR(100) NOT NULL DEFAULT '',
    "replenishmentSystem" "ReplenishmentSystem" NOT NULL,
    "dueDate" DATE NOT NULL,
    "originalDueDate" DATE,
    "quantity" DECIMAL(18,5) NOT NULL,
    "originalQuantity" DECIMAL(18,5),
    "startingDate" DATE NOT NULL,
    "endingDate" DATE NOT NULL,
    "refOrderStatus" "ProdOrderStatus",
    "refOrderNo" VARCHAR(20),
    "refOrderLineNo" INTEGER,
    "refOrderVersion" INTEGER,
    "planningLevel" INTEGER NOT NULL DEFAULT 0,
    "parentLineNo" INTEGER,
    "lowLevelCode" INTEGER NOT NULL DEFAULT 0,
    "warning" "PlanningWarning",
    "warningText" JSONB,
    "covers" JSONB NOT NULL DEFAULT '[]',
    "projection" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "PlanningWorksheetLine_pkey" PRIMARY KEY ("userId","lineNo")
);
CREATE INDEX "PlanningWorksheetLine_userId_itemNo_idx" ON "PlanningWorksheetLine"("userId", "itemNo");

CREATE TABLE "PlanningRun" (
    "id" SERIAL NOT NULL,
    "userId" VARCHAR(64) NOT NULL,
    "status" "PlanningRunStatus" NOT NULL DEFAULT 'RUNNING',
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),
    "itemsTotal" INTEGER NOT NULL DEFAULT 0,
    "itemsDone" INTEGER NOT NULL DEFAULT 0,
    "linesCount" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,

    CONSTRAINT "PlanningRun_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "PlanningRun_userId_startedAt_idx" ON "PlanningRun"("userId", "startedAt");
-- PL-2: a second calculation by the same user while one runs is refused: inserting a second
-- RUNNING row for a user violates this index (the service turns that into its message).
CREATE UNIQUE INDEX "planning_run_one_running" ON "PlanningRun"("userId") WHERE "status" = 'RUNNING';
