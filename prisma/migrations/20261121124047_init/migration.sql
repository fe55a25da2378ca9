-- CreateEnum
CREATE TYPE "NoSeriesImplementation" AS ENUM ('NORMAL', 'SEQUENCE');

-- CreateEnum
CREATE TYPE "ReplenishmentSystem" AS ENUM ('PURCHASE', 'PROD_ORDER');

-- CreateEnum
CREATE TYPE "ManufacturingPolicy" AS ENUM ('MAKE_TO_STOCK', 'MAKE_TO_ORDER');

-- CreateEnum
CREATE TYPE "ProductionBlocked" AS ENUM ('NONE', 'OUTPUT');

-- CreateEnum
CREATE TYPE "BomStatus" AS ENUM ('NEW', 'CERTIFIED', 'UNDER_DEVELOPMENT', 'CLOSED');

-- CreateEnum
CREATE TYPE "BomLineType" AS ENUM ('ITEM', 'PRODUCTION_BOM');

-- CreateEnum
CREATE TYPE "CalculationFormula" AS ENUM ('NONE', 'FIXED_QUANTITY');

-- CreateEnum
CREATE TYPE "RoutingLineType" AS ENUM ('WORK_CENTER', 'MACHINE_CENTER');

-- CreateEnum
CREATE TYPE "SalesDocumentType" AS ENUM ('QUOTE', 'ORDER');

-- CreateEnum
CREATE TYPE "SalesDocumentStatus" AS ENUM ('OPEN', 'RELEASED');

-- CreateEnum
CREATE TYPE "SalesLineType" AS ENUM ('ITEM', 'RESOURCE', 'GL_ACCOUNT', 'COMMENT');

-- CreateEnum
CREATE TYPE "ProdOrderStatus" AS ENUM ('SIMULATED', 'PLANNED', 'FIRM_PLANNED', 'RELEASED', 'FINISHED');

-- CreateEnum
CREATE TYPE "ProdOrderSourceType" AS ENUM ('ITEM', 'FAMILY', 'SALES_HEADER');

-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'planner',
    "banned" BOOLEAN DEFAULT false,
    "banReason" TEXT,
    "banExpires" TIMESTAMP(3),
    "locale" TEXT NOT NULL DEFAULT 'en',

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "userId" TEXT NOT NULL,
    "impersonatedBy" TEXT,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMP(3),
    "refreshTokenExpiresAt" TIMESTAMP(3),
    "scope" TEXT,
    "password" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastRequest" BIGINT NOT NULL,

    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoSeries" (
    "code" VARCHAR(20) NOT NULL,
    "description" VARCHAR(100) NOT NULL DEFAULT '',
    "defaultNos" BOOLEAN NOT NULL DEFAULT true,
    "manualNos" BOOLEAN NOT NULL DEFAULT false,
    "dateOrder" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "NoSeries_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "NoSeriesLine" (
    "id" SERIAL NOT NULL,
    "seriesCode" VARCHAR(20) NOT NULL,
    "lineNo" INTEGER NOT NULL,
    "startingDate" DATE,
    "startingNo" VARCHAR(20) NOT NULL,
    "endingNo" VARCHAR(20) NOT NULL DEFAULT '',
    "warningNo" VARCHAR(20) NOT NULL DEFAULT '',
    "incrementBy" INTEGER NOT NULL DEFAULT 1,
    "lastNoUsed" VARCHAR(20) NOT NULL DEFAULT '',
    "lastDateUsed" DATE,
    "open" BOOLEAN NOT NULL DEFAULT true,
    "implementation" "NoSeriesImplementation" NOT NULL DEFAULT 'NORMAL',
    "sequenceName" VARCHAR(63),

    CONSTRAINT "NoSeriesLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ManufacturingSetup" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "simulatedOrderNos" VARCHAR(20),
    "plannedOrderNos" VARCHAR(20),
    "firmPlannedOrderNos" VARCHAR(20),
    "releasedOrderNos" VARCHAR(20),
    "normalStartingTime" INTEGER NOT NULL DEFAULT 480,
    "normalEndingTime" INTEGER NOT NULL DEFAULT 960,
    "defaultSafetyLeadTimeDays" INTEGER NOT NULL DEFAULT 1,
    "manualScheduling" BOOLEAN NOT NULL DEFAULT false,
    "safetyLeadTimeForManSchDays" INTEGER NOT NULL DEFAULT 0,
    "defaultGenBusPostingGroup" VARCHAR(20) NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ManufacturingSetup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitOfMeasure" (
    "code" VARCHAR(10) NOT NULL,
    "description" VARCHAR(50) NOT NULL DEFAULT '',

    CONSTRAINT "UnitOfMeasure_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Location" (
    "code" VARCHAR(10) NOT NULL,
    "name" VARCHAR(100) NOT NULL DEFAULT '',
    "inboundHandlingDays" INTEGER NOT NULL DEFAULT 0,
    "workingWeekdays" INTEGER[] DEFAULT ARRAY[1, 2, 3, 4, 5]::INTEGER[],
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Location_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "LocationHoliday" (
    "locationCode" VARCHAR(10) NOT NULL,
    "date" DATE NOT NULL,
    "description" VARCHAR(100) NOT NULL DEFAULT '',

    CONSTRAINT "LocationHoliday_pkey" PRIMARY KEY ("locationCode","date")
);

-- CreateTable
CREATE TABLE "ShopCalendar" (
    "code" VARCHAR(10) NOT NULL,
    "description" VARCHAR(100) NOT NULL DEFAULT '',

    CONSTRAINT "ShopCalendar_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "ShopCalendarDay" (
    "id" SERIAL NOT NULL,
    "calendarCode" VARCHAR(10) NOT NULL,
    "weekday" INTEGER NOT NULL,
    "startTime" INTEGER NOT NULL,
    "endTime" INTEGER NOT NULL,

    CONSTRAINT "ShopCalendarDay_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShopCalendarHoliday" (
    "calendarCode" VARCHAR(10) NOT NULL,
    "date" DATE NOT NULL,
    "description" VARCHAR(100) NOT NULL DEFAULT '',

    CONSTRAINT "ShopCalendarHoliday_pkey" PRIMARY KEY ("calendarCode","date")
);

-- CreateTable
CREATE TABLE "WorkCenter" (
    "no" VARCHAR(20) NOT NULL,
    "name" VARCHAR(100) NOT NULL DEFAULT '',
    "capacity" DECIMAL(18,5) NOT NULL DEFAULT 1,
    "efficiency" DECIMAL(18,5) NOT NULL DEFAULT 100,
    "shopCalendarCode" VARCHAR(10) NOT NULL,
    "unitCost" DECIMAL(18,5) NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "WorkCenter_pkey" PRIMARY KEY ("no")
);

-- CreateTable
CREATE TABLE "MachineCenter" (
    "no" VARCHAR(20) NOT NULL,
    "name" VARCHAR(100) NOT NULL DEFAULT '',
    "workCenterNo" VARCHAR(20) NOT NULL,
    "capacity" DECIMAL(18,5) NOT NULL DEFAULT 1,
    "efficiency" DECIMAL(18,5) NOT NULL DEFAULT 100,
    "unitCost" DECIMAL(18,5) NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MachineCenter_pkey" PRIMARY KEY ("no")
);

-- CreateTable
CREATE TABLE "Item" (
    "no" VARCHAR(20) NOT NULL,
    "description" VARCHAR(100) NOT NULL DEFAULT '',
    "description2" VARCHAR(50) NOT NULL DEFAULT '',
    "baseUnitOfMeasure" VARCHAR(10) NOT NULL,
    "replenishmentSystem" "ReplenishmentSystem" NOT NULL DEFAULT 'PURCHASE',
    "manufacturingPolicy" "ManufacturingPolicy" NOT NULL DEFAULT 'MAKE_TO_STOCK',
    "productionBomNo" VARCHAR(20),
    "routingNo" VARCHAR(20),
    "scrapPercent" DECIMAL(18,5) NOT NULL DEFAULT 0,
    "leadTimeDays" INTEGER NOT NULL DEFAULT 0,
    "safetyLeadTimeDays" INTEGER,
    "unitCost" DECIMAL(18,5) NOT NULL DEFAULT 0,
    "blocked" BOOLEAN NOT NULL DEFAULT false,
    "productionBlocked" "ProductionBlocked" NOT NULL DEFAULT 'NONE',
    "roundingPrecision" DECIMAL(18,5) NOT NULL DEFAULT 0.00001,
    "lowLevelCode" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("no")
);

-- CreateTable
CREATE TABLE "ItemUnitOfMeasure" (
    "itemNo" VARCHAR(20) NOT NULL,
    "code" VARCHAR(10) NOT NULL,
    "qtyPerUnitOfMeasure" DECIMAL(18,5) NOT NULL DEFAULT 1,

    CONSTRAINT "ItemUnitOfMeasure_pkey" PRIMARY KEY ("itemNo","code")
);

-- CreateTable
CREATE TABLE "ItemVariant" (
    "itemNo" VARCHAR(20) NOT NULL,
    "code" VARCHAR(10) NOT NULL,
    "description" VARCHAR(100) NOT NULL DEFAULT '',
    "blocked" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ItemVariant_pkey" PRIMARY KEY ("itemNo","code")
);

-- CreateTable
CREATE TABLE "StockkeepingUnit" (
    "itemNo" VARCHAR(20) NOT NULL,
    "variantCode" VARCHAR(10) NOT NULL DEFAULT '',
    "locationCode" VARCHAR(10) NOT NULL,
    "routingNo" VARCHAR(20),
    "leadTimeDays" INTEGER,
    "safetyLeadTimeDays" INTEGER,

    CONSTRAINT "StockkeepingUnit_pkey" PRIMARY KEY ("itemNo","variantCode","locationCode")
);

-- CreateTable
CREATE TABLE "InventoryBalance" (
    "itemNo" VARCHAR(20) NOT NULL,
    "variantCode" VARCHAR(10) NOT NULL DEFAULT '',
    "locationCode" VARCHAR(10) NOT NULL,
    "quantity" DECIMAL(18,5) NOT NULL DEFAULT 0,

    CONSTRAINT "InventoryBalance_pkey" PRIMARY KEY ("itemNo","variantCode","locationCode")
);

-- CreateTable
CREATE TABLE "ProductionBom" (
    "no" VARCHAR(20) NOT NULL,
    "description" VARCHAR(100) NOT NULL DEFAULT '',
    "unitOfMeasureCode" VARCHAR(10) NOT NULL,
    "status" "BomStatus" NOT NULL DEFAULT 'NEW',
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ProductionBom_pkey" PRIMARY KEY ("no")
);

-- CreateTable
CREATE TABLE "ProductionBomVersion" (
    "bomNo" VARCHAR(20) NOT NULL,
    "versionCode" VARCHAR(20) NOT NULL,
    "description" VARCHAR(100) NOT NULL DEFAULT '',
    "startingDate" DATE,
    "status" "BomStatus" NOT NULL DEFAULT 'NEW',
    "unitOfMeasureCode" VARCHAR(10) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ProductionBomVersion_pkey" PRIMARY KEY ("bomNo","versionCode")
);

-- CreateTable
CREATE TABLE "ProductionBomLine" (
    "id" SERIAL NOT NULL,
    "bomNo" VARCHAR(20) NOT NULL,
    "versionCode" VARCHAR(20),
    "lineNo" INTEGER NOT NULL,
    "type" "BomLineType" NOT NULL DEFAULT 'ITEM',
    "no" VARCHAR(20) NOT NULL,
    "description" VARCHAR(100) NOT NULL DEFAULT '',
    "quantityPer" DECIMAL(18,5) NOT NULL DEFAULT 0,
    "unitOfMeasureCode" VARCHAR(10),
    "scrapPercent" DECIMAL(18,5) NOT NULL DEFAULT 0,
    "routingLinkCode" VARCHAR(10) NOT NULL DEFAULT '',
    "startingDate" DATE,
    "endingDate" DATE,
    "calculationFormula" "CalculationFormula" NOT NULL DEFAULT 'NONE',

    CONSTRAINT "ProductionBomLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Routing" (
    "no" VARCHAR(20) NOT NULL,
    "description" VARCHAR(100) NOT NULL DEFAULT '',
    "status" "BomStatus" NOT NULL DEFAULT 'NEW',
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Routing_pkey" PRIMARY KEY ("no")
);

-- CreateTable
CREATE TABLE "RoutingVersion" (
    "routingNo" VARCHAR(20) NOT NULL,
    "versionCode" VARCHAR(20) NOT NULL,
    "description" VARCHAR(100) NOT NULL DEFAULT '',
    "startingDate" DATE,
    "status" "BomStatus" NOT NULL DEFAULT 'NEW',
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "RoutingVersion_pkey" PRIMARY KEY ("routingNo","versionCode")
);

-- CreateTable
CREATE TABLE "RoutingLine" (
    "id" SERIAL NOT NULL,
    "routingNo" VARCHAR(20) NOT NULL,
    "versionCode" VARCHAR(20),
    "operationNo" VARCHAR(10) NOT NULL,
    "type" "RoutingLineType" NOT NULL DEFAULT 'WORK_CENTER',
    "no" VARCHAR(20) NOT NULL,
    "workCenterNo" VARCHAR(20) NOT NULL,
    "description" VARCHAR(100) NOT NULL DEFAULT '',
    "setupTime" DECIMAL(18,5) NOT NULL DEFAULT 0,
    "runTime" DECIMAL(18,5) NOT NULL DEFAULT 0,
    "waitTime" DECIMAL(18,5) NOT NULL DEFAULT 0,
    "moveTime" DECIMAL(18,5) NOT NULL DEFAULT 0,
    "routingLinkCode" VARCHAR(10) NOT NULL DEFAULT '',
    "sendAheadQuantity" DECIMAL(18,5) NOT NULL DEFAULT 0,

    CONSTRAINT "RoutingLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Family" (
    "no" VARCHAR(20) NOT NULL,
    "description" VARCHAR(100) NOT NULL DEFAULT '',
    "routingNo" VARCHAR(20),
    "blocked" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Family_pkey" PRIMARY KEY ("no")
);

-- CreateTable
CREATE TABLE "FamilyLine" (
    "familyNo" VARCHAR(20) NOT NULL,
    "lineNo" INTEGER NOT NULL,
    "itemNo" VARCHAR(20) NOT NULL,
    "quantity" DECIMAL(18,5) NOT NULL DEFAULT 1,

    CONSTRAINT "FamilyLine_pkey" PRIMARY KEY ("familyNo","lineNo")
);

-- CreateTable
CREATE TABLE "SalesHeader" (
    "documentType" "SalesDocumentType" NOT NULL DEFAULT 'ORDER',
    "no" VARCHAR(20) NOT NULL,
    "sellToCustomerNo" VARCHAR(20) NOT NULL DEFAULT '',
    "sellToName" VARCHAR(100) NOT NULL DEFAULT '',
    "shipToName" VARCHAR(100) NOT NULL DEFAULT '',
    "locationCode" VARCHAR(10),
    "shipmentDate" DATE,
    "status" "SalesDocumentStatus" NOT NULL DEFAULT 'OPEN',
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SalesHeader_pkey" PRIMARY KEY ("documentType","no")
);

-- CreateTable
CREATE TABLE "SalesLine" (
    "documentType" "SalesDocumentType" NOT NULL DEFAULT 'ORDER',
    "documentNo" VARCHAR(20) NOT NULL,
    "lineNo" INTEGER NOT NULL,
    "type" "SalesLineType" NOT NULL DEFAULT 'ITEM',
    "no" VARCHAR(20) NOT NULL DEFAULT '',
    "itemNo" VARCHAR(20),
    "variantCode" VARCHAR(10) NOT NULL DEFAULT '',
    "description" VARCHAR(100) NOT NULL DEFAULT '',
    "quantity" DECIMAL(18,5) NOT NULL DEFAULT 0,
    "outstandingQuantity" DECIMAL(18,5) NOT NULL DEFAULT 0,
    "reservedQuantity" DECIMAL(18,5) NOT NULL DEFAULT 0,
    "locationCode" VARCHAR(10),
    "shipmentDate" DATE,

    CONSTRAINT "SalesLine_pkey" PRIMARY KEY ("documentType","documentNo","lineNo")
);

-- CreateTable
CREATE TABLE "ProductionOrder" (
    "id" SERIAL NOT NULL,
    "status" "ProdOrderStatus" NOT NULL,
    "no" VARCHAR(20) NOT NULL,
    "description" VARCHAR(100) NOT NULL DEFAULT '',
    "description2" VARCHAR(50) NOT NULL DEFAULT '',
    "sourceType" "ProdOrderSourceType" NOT NULL,
    "sourceNo" VARCHAR(20) NOT NULL,
    "variantCode" VARCHAR(10) NOT NULL DEFAULT '',
    "routingNo" VARCHAR(20),
    "quantity" DECIMAL(18,5) NOT NULL DEFAULT 0,
    "unitCost" DECIMAL(18,5) NOT NULL DEFAULT 0,
    "costAmount" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "dueDate" DATE,
    "startingDateTime" TIMESTAMP(3),
    "endingDateTime" TIMESTAMP(3),
    "locationCode" VARCHAR(10),
    "creationDate" DATE NOT NULL,
    "lastDateModified" DATE,
    "finishedDate" DATE,
    "noSeries" VARCHAR(20),
    "assignedUserId" TEXT,
    "simulatedOrderNo" VARCHAR(20),
    "plannedOrderNo" VARCHAR(20),
    "firmPlannedOrderNo" VARCHAR(20),
    "replanRefNo" VARCHAR(20),
    "replanRefStatus" "ProdOrderStatus",
    "lowLevelCode" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProductionOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProdOrderLine" (
    "id" SERIAL NOT NULL,
    "orderId" INTEGER NOT NULL,
    "lineNo" INTEGER NOT NULL,
    "itemNo" VARCHAR(20) NOT NULL,
    "variantCode" VARCHAR(10) NOT NULL DEFAULT '',
    "description" VARCHAR(100) NOT NULL DEFAULT '',
    "description2" VARCHAR(50) NOT NULL DEFAULT '',
    "locationCode" VARCHAR(10),
    "quantity" DECIMAL(18,5) NOT NULL,
    "finishedQuantity" DECIMAL(18,5) NOT NULL DEFAULT 0,
    "remainingQuantity" DECIMAL(18,5) NOT NULL DEFAULT 0,
    "unitOfMeasureCode" VARCHAR(10) NOT NULL,
    "qtyPerUnitOfMeasure" DECIMAL(18,5) NOT NULL DEFAULT 1,
    "scrapPercent" DECIMAL(18,5) NOT NULL DEFAULT 0,
    "dueDate" DATE,
    "startingDateTime" TIMESTAMP(3),
    "endingDateTime" TIMESTAMP(3),
    "planningLevelCode" INTEGER NOT NULL DEFAULT 0,
    "productionBomNo" VARCHAR(20),
    "productionBomVersion" VARCHAR(20),
    "routingNo" VARCHAR(20),
    "routingVersion" VARCHAR(20),
    "routingReferenceNo" INTEGER NOT NULL DEFAULT 0,
    "unitCost" DECIMAL(18,5) NOT NULL DEFAULT 0,
    "costAmount" DECIMAL(18,2) NOT NULL DEFAULT 0,

    CONSTRAINT "ProdOrderLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProdOrderComponent" (
    "id" SERIAL NOT NULL,
    "orderId" INTEGER NOT NULL,
    "orderLineId" INTEGER NOT NULL,
    "lineNo" INTEGER NOT NULL,
    "itemNo" VARCHAR(20) NOT NULL,
    "variantCode" VARCHAR(10) NOT NULL DEFAULT '',
    "description" VARCHAR(100) NOT NULL DEFAULT '',
    "unitOfMeasureCode" VARCHAR(10) NOT NULL,
    "qtyPerUnitOfMeasure" DECIMAL(18,5) NOT NULL DEFAULT 1,
    "quantityPer" DECIMAL(38,15) NOT NULL,
    "scrapPercent" DECIMAL(18,5) NOT NULL DEFAULT 0,
    "calculationFormula" "CalculationFormula" NOT NULL DEFAULT 'NONE',
    "expectedQuantity" DECIMAL(38,15) NOT NULL,
    "remainingQuantity" DECIMAL(38,15) NOT NULL DEFAULT 0,
    "routingLinkCode" VARCHAR(10) NOT NULL DEFAULT '',
    "locationCode" VARCHAR(10),
    "dueDate" DATE,
    "dueDateTime" TIMESTAMP(3),
    "suppliedByLineNo" INTEGER,

    CONSTRAINT "ProdOrderComponent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProdOrderRoutingLine" (
    "id" SERIAL NOT NULL,
    "orderId" INTEGER NOT NULL,
    "orderLineId" INTEGER NOT NULL,
    "operationNo" VARCHAR(10) NOT NULL,
    "type" "RoutingLineType" NOT NULL DEFAULT 'WORK_CENTER',
    "no" VARCHAR(20) NOT NULL,
    "workCenterNo" VARCHAR(20) NOT NULL,
    "description" VARCHAR(100) NOT NULL DEFAULT '',
    "setupTime" DECIMAL(18,5) NOT NULL DEFAULT 0,
    "runTime" DECIMAL(18,5) NOT NULL DEFAULT 0,
    "waitTime" DECIMAL(18,5) NOT NULL DEFAULT 0,
    "moveTime" DECIMAL(18,5) NOT NULL DEFAULT 0,
    "routingLinkCode" VARCHAR(10) NOT NULL DEFAULT '',
    "sendAheadQuantity" DECIMAL(18,5) NOT NULL DEFAULT 0,
    "inputQuantity" DECIMAL(18,5) NOT NULL DEFAULT 0,
    "startingDateTime" TIMESTAMP(3),
    "endingDateTime" TIMESTAMP(3),
    "previousOperationNo" VARCHAR(10) NOT NULL DEFAULT '',
    "nextOperationNo" VARCHAR(10) NOT NULL DEFAULT '',

    CONSTRAINT "ProdOrderRoutingLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT,
    "userEmail" VARCHAR(255) NOT NULL DEFAULT '',
    "action" VARCHAR(40) NOT NULL,
    "entityType" VARCHAR(40) NOT NULL,
    "entityKey" VARCHAR(100) NOT NULL,
    "orderId" INTEGER,
    "oldStatus" "ProdOrderStatus",
    "oldNo" VARCHAR(20),
    "newStatus" "ProdOrderStatus",
    "newNo" VARCHAR(20),
    "changes" JSONB,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_key" ON "session"("token");

-- CreateIndex
CREATE INDEX "session_userId_idx" ON "session"("userId");

-- CreateIndex
CREATE INDEX "account_userId_idx" ON "account"("userId");

-- CreateIndex
CREATE INDEX "verification_identifier_idx" ON "verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "rate_limit_key_key" ON "rate_limit"("key");

-- CreateIndex
CREATE INDEX "NoSeriesLine_seriesCode_startingDate_idx" ON "NoSeriesLine"("seriesCode", "startingDate");

-- CreateIndex
CREATE UNIQUE INDEX "NoSeriesLine_seriesCode_lineNo_key" ON "NoSeriesLine"("seriesCode", "lineNo");

-- CreateIndex
CREATE INDEX "ShopCalendarDay_calendarCode_weekday_idx" ON "ShopCalendarDay"("calendarCode", "weekday");

-- CreateIndex
CREATE INDEX "Item_description_idx" ON "Item"("description");

-- CreateIndex
CREATE INDEX "ProductionBomLine_bomNo_versionCode_lineNo_idx" ON "ProductionBomLine"("bomNo", "versionCode", "lineNo");

-- CreateIndex
CREATE INDEX "ProductionBomLine_no_idx" ON "ProductionBomLine"("no");

-- CreateIndex
CREATE INDEX "RoutingLine_routingNo_versionCode_operationNo_idx" ON "RoutingLine"("routingNo", "versionCode", "operationNo");

-- CreateIndex
CREATE INDEX "SalesLine_itemNo_idx" ON "SalesLine"("itemNo");

-- CreateIndex
CREATE INDEX "ProductionOrder_status_dueDate_idx" ON "ProductionOrder"("status", "dueDate");

-- CreateIndex
CREATE INDEX "ProductionOrder_status_sourceType_sourceNo_idx" ON "ProductionOrder"("status", "sourceType", "sourceNo");

-- CreateIndex
CREATE INDEX "ProductionOrder_replanRefStatus_replanRefNo_idx" ON "ProductionOrder"("replanRefStatus", "replanRefNo");

-- CreateIndex
CREATE UNIQUE INDEX "ProductionOrder_status_no_key" ON "ProductionOrder"("status", "no");

-- CreateIndex
CREATE UNIQUE INDEX "ProdOrderLine_orderId_lineNo_key" ON "ProdOrderLine"("orderId", "lineNo");

-- CreateIndex
CREATE INDEX "ProdOrderComponent_orderId_idx" ON "ProdOrderComponent"("orderId");

-- CreateIndex
CREATE INDEX "ProdOrderComponent_orderLineId_idx" ON "ProdOrderComponent"("orderLineId");

-- CreateIndex
CREATE INDEX "ProdOrderComponent_itemNo_dueDate_idx" ON "ProdOrderComponent"("itemNo", "dueDate");

-- CreateIndex
CREATE INDEX "ProdOrderRoutingLine_orderId_idx" ON "ProdOrderRoutingLine"("orderId");

-- CreateIndex
CREATE INDEX "ProdOrderRoutingLine_orderLineId_idx" ON "ProdOrderRoutingLine"("orderLineId");

-- CreateIndex
CREATE INDEX "ProdOrderRoutingLine_workCenterNo_startingDateTime_idx" ON "ProdOrderRoutingLine"("workCenterNo", "startingDateTime");

-- CreateIndex
CREATE INDEX "AuditEntry_orderId_at_idx" ON "AuditEntry"("orderId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityKey_idx" ON "AuditEntry"("entityType", "entityKey");

-- CreateIndex
CREATE INDEX "AuditEntry_oldStatus_oldNo_idx" ON "AuditEntry"("oldStatus", "oldNo");

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoSeriesLine" ADD CONSTRAINT "NoSeriesLine_seriesCode_fkey" FOREIGN KEY ("seriesCode") REFERENCES "NoSeries"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManufacturingSetup" ADD CONSTRAINT "ManufacturingSetup_simulatedOrderNos_fkey" FOREIGN KEY ("simulatedOrderNos") REFERENCES "NoSeries"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManufacturingSetup" ADD CONSTRAINT "ManufacturingSetup_plannedOrderNos_fkey" FOREIGN KEY ("plannedOrderNos") REFERENCES "NoSeries"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManufacturingSetup" ADD CONSTRAINT "ManufacturingSetup_firmPlannedOrderNos_fkey" FOREIGN KEY ("firmPlannedOrderNos") REFERENCES "NoSeries"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManufacturingSetup" ADD CONSTRAINT "ManufacturingSetup_releasedOrderNos_fkey" FOREIGN KEY ("releasedOrderNos") REFERENCES "NoSeries"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LocationHoliday" ADD CONSTRAINT "LocationHoliday_locationCode_fkey" FOREIGN KEY ("locationCode") REFERENCES "Location"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShopCalendarDay" ADD CONSTRAINT "ShopCalendarDay_calendarCode_fkey" FOREIGN KEY ("calendarCode") REFERENCES "ShopCalendar"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShopCalendarHoliday" ADD CONSTRAINT "ShopCalendarHoliday_calendarCode_fkey" FOREIGN KEY ("calendarCode") REFERENCES "ShopCalendar"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkCenter" ADD CONSTRAINT "WorkCenter_shopCalendarCode_fkey" FOREIGN KEY ("shopCalendarCode") REFERENCES "ShopCalendar"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MachineCenter" ADD CONSTRAINT "MachineCenter_workCenterNo_fkey" FOREIGN KEY ("workCenterNo") REFERENCES "WorkCenter"("no") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "Item_productionBomNo_fkey" FOREIGN KEY ("productionBomNo") REFERENCES "ProductionBom"("no") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "Item_routingNo_fkey" FOREIGN KEY ("routingNo") REFERENCES "Routing"("no") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemUnitOfMeasure" ADD CONSTRAINT "ItemUnitOfMeasure_itemNo_fkey" FOREIGN KEY ("itemNo") REFERENCES "Item"("no") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemUnitOfMeasure" ADD CONSTRAINT "ItemUnitOfMeasure_code_fkey" FOREIGN KEY ("code") REFERENCES "UnitOfMeasure"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemVariant" ADD CONSTRAINT "ItemVariant_itemNo_fkey" FOREIGN KEY ("itemNo") REFERENCES "Item"("no") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockkeepingUnit" ADD CONSTRAINT "StockkeepingUnit_itemNo_fkey" FOREIGN KEY ("itemNo") REFERENCES "Item"("no") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockkeepingUnit" ADD CONSTRAINT "StockkeepingUnit_locationCode_fkey" FOREIGN KEY ("locationCode") REFERENCES "Location"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockkeepingUnit" ADD CONSTRAINT "StockkeepingUnit_routingNo_fkey" FOREIGN KEY ("routingNo") REFERENCES "Routing"("no") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InventoryBalance" ADD CONSTRAINT "InventoryBalance_itemNo_fkey" FOREIGN KEY ("itemNo") REFERENCES "Item"("no") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InventoryBalance" ADD CONSTRAINT "InventoryBalance_locationCode_fkey" FOREIGN KEY ("locationCode") REFERENCES "Location"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductionBomVersion" ADD CONSTRAINT "ProductionBomVersion_bomNo_fkey" FOREIGN KEY ("bomNo") REFERENCES "ProductionBom"("no") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductionBomLine" ADD CONSTRAINT "ProductionBomLine_bomNo_fkey" FOREIGN KEY ("bomNo") REFERENCES "ProductionBom"("no") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductionBomLine" ADD CONSTRAINT "ProductionBomLine_bomNo_versionCode_fkey" FOREIGN KEY ("bomNo", "versionCode") REFERENCES "ProductionBomVersion"("bomNo", "versionCode") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoutingVersion" ADD CONSTRAINT "RoutingVersion_routingNo_fkey" FOREIGN KEY ("routingNo") REFERENCES "Routing"("no") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoutingLine" ADD CONSTRAINT "RoutingLine_routingNo_fkey" FOREIGN KEY ("routingNo") REFERENCES "Routing"("no") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoutingLine" ADD CONSTRAINT "RoutingLine_routingNo_versionCode_fkey" FOREIGN KEY ("routingNo", "versionCode") REFERENCES "RoutingVersion"("routingNo", "versionCode") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoutingLine" ADD CONSTRAINT "RoutingLine_workCenterNo_fkey" FOREIGN KEY ("workCenterNo") REFERENCES "WorkCenter"("no") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Family" ADD CONSTRAINT "Family_routingNo_fkey" FOREIGN KEY ("routingNo") REFERENCES "Routing"("no") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FamilyLine" ADD CONSTRAINT "FamilyLine_familyNo_fkey" FOREIGN KEY ("familyNo") REFERENCES "Family"("no") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FamilyLine" ADD CONSTRAINT "FamilyLine_itemNo_fkey" FOREIGN KEY ("itemNo") REFERENCES "Item"("no") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SalesHeader" ADD CONSTRAINT "SalesHeader_locationCode_fkey" FOREIGN KEY ("locationCode") REFERENCES "Location"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SalesLine" ADD CONSTRAINT "SalesLine_documentType_documentNo_fkey" FOREIGN KEY ("documentType", "documentNo") REFERENCES "SalesHeader"("documentType", "no") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SalesLine" ADD CONSTRAINT "SalesLine_itemNo_fkey" FOREIGN KEY ("itemNo") REFERENCES "Item"("no") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SalesLine" ADD CONSTRAINT "SalesLine_locationCode_fkey" FOREIGN KEY ("locationCode") REFERENCES "Location"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductionOrder" ADD CONSTRAINT "ProductionOrder_locationCode_fkey" FOREIGN KEY ("locationCode") REFERENCES "Location"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProdOrderLine" ADD CONSTRAINT "ProdOrderLine_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "ProductionOrder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProdOrderLine" ADD CONSTRAINT "ProdOrderLine_itemNo_fkey" FOREIGN KEY ("itemNo") REFERENCES "Item"("no") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProdOrderLine" ADD CONSTRAINT "ProdOrderLine_locationCode_fkey" FOREIGN KEY ("locationCode") REFERENCES "Location"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProdOrderComponent" ADD CONSTRAINT "ProdOrderComponent_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "ProductionOrder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProdOrderComponent" ADD CONSTRAINT "ProdOrderComponent_orderLineId_fkey" FOREIGN KEY ("orderLineId") REFERENCES "ProdOrderLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProdOrderComponent" ADD CONSTRAINT "ProdOrderComponent_itemNo_fkey" FOREIGN KEY ("itemNo") REFERENCES "Item"("no") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProdOrderRoutingLine" ADD CONSTRAINT "ProdOrderRoutingLine_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "ProductionOrder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProdOrderRoutingLine" ADD CONSTRAINT "ProdOrderRoutingLine_orderLineId_fkey" FOREIGN KEY ("orderLineId") REFERENCES "ProdOrderLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProdOrderRoutingLine" ADD CONSTRAINT "ProdOrderRoutingLine_workCenterNo_fkey" FOREIGN KEY ("workCenterNo") REFERENCES "WorkCenter"("no") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Check constraints (Prisma cannot express them, and its diff ignores them, so they stay put)
ALTER TABLE "NoSeriesLine" ADD CONSTRAINT "NoSeriesLine_incrementBy_check" CHECK ("incrementBy" >= 1);

ALTER TABLE "ManufacturingSetup" ADD CONSTRAINT "ManufacturingSetup_id_check" CHECK ("id" = 1);

ALTER TABLE "Location" ADD CONSTRAINT "Location_inboundHandlingDays_check" CHECK ("inboundHandlingDays" >= 0);

ALTER TABLE "ShopCalendarDay" ADD CONSTRAINT "ShopCalendarDay_weekday_check" CHECK ("weekday" BETWEEN 1 AND 7);
ALTER TABLE "ShopCalendarDay" ADD CONSTRAINT "ShopCalendarDay_time_range_check" CHECK (0 <= "startTime" AND "startTime" < "endTime" AND "endTime" <= 1440);

ALTER TABLE "WorkCenter" ADD CONSTRAINT "WorkCenter_capacity_check" CHECK ("capacity" > 0);
ALTER TABLE "WorkCenter" ADD CONSTRAINT "WorkCenter_efficiency_check" CHECK ("efficiency" > 0);

ALTER TABLE "MachineCenter" ADD CONSTRAINT "MachineCenter_capacity_check" CHECK ("capacity" > 0);
ALTER TABLE "MachineCenter" ADD CONSTRAINT "MachineCenter_efficiency_check" CHECK ("efficiency" > 0);

ALTER TABLE "Item" ADD CONSTRAINT "Item_scrapPercent_check" CHECK ("scrapPercent" BETWEEN 0 AND 100);

ALTER TABLE "ProductionBomLine" ADD CONSTRAINT "ProductionBomLine_quantityPer_check" CHECK ("quantityPer" >= 0);
ALTER TABLE "ProductionBomLine" ADD CONSTRAINT "ProductionBomLine_scrapPercent_check" CHECK ("scrapPercent" BETWEEN 0 AND 100);

ALTER TABLE "RoutingLine" ADD CONSTRAINT "RoutingLine_setupTime_check" CHECK ("setupTime" >= 0);
ALTER TABLE "RoutingLine" ADD CONSTRAINT "RoutingLine_runTime_check" CHECK ("runTime" >= 0);
ALTER TABLE "RoutingLine" ADD CONSTRAINT "RoutingLine_waitTime_check" CHECK ("waitTime" >= 0);
ALTER TABLE "RoutingLine" ADD CONSTRAINT "RoutingLine_moveTime_check" CHECK ("moveTime" >= 0);

ALTER TABLE "FamilyLine" ADD CONSTRAINT "FamilyLine_quantity_check" CHECK ("quantity" > 0);

ALTER TABLE "SalesLine" ADD CONSTRAINT "SalesLine_quantity_check" CHECK ("quantity" >= 0);
ALTER TABLE "SalesLine" ADD CONSTRAINT "SalesLine_outstandingQuantity_check" CHECK ("outstandingQuantity" >= 0);
ALTER TABLE "SalesLine" ADD CONSTRAINT "SalesLine_reservedQuantity_check" CHECK ("reservedQuantity" >= 0);

ALTER TABLE "ProductionOrder" ADD CONSTRAINT "ProductionOrder_quantity_check" CHECK ("quantity" >= 0);

ALTER TABLE "ProdOrderLine" ADD CONSTRAINT "ProdOrderLine_quantity_check" CHECK ("quantity" >= 0);

ALTER TABLE "ProdOrderComponent" ADD CONSTRAINT "ProdOrderComponent_quantityPer_check" CHECK ("quantityPer" >= 0);
ALTER TABLE "ProdOrderComponent" ADD CONSTRAINT "ProdOrderComponent_expectedQuantity_check" CHECK ("expectedQuantity" >= 0);
