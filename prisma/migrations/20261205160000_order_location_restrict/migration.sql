-- X-2: an order's Location Code (header and lines) changes only through a service that raises the
-- order's version. Prisma's default ON DELETE SET NULL let a location deleted in the moment after
-- deleteLocation's check (an order taking it up meanwhile) clear it silently; RESTRICT refuses
-- that delete instead (withForeignKeyGuard answers "still used by Production Order records").
ALTER TABLE "ProductionOrder" DROP CONSTRAINT "ProductionOrder_locationCode_fkey";
ALTER TABLE "ProductionOrder" ADD CONSTRAINT "ProductionOrder_locationCode_fkey"
  FOREIGN KEY ("locationCode") REFERENCES "Location"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "ProdOrderLine" DROP CONSTRAINT "ProdOrderLine_locationCode_fkey";
ALTER TABLE "ProdOrderLine" ADD CONSTRAINT "ProdOrderLine_locationCode_fkey"
  FOREIGN KEY ("locationCode") REFERENCES "Location"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
