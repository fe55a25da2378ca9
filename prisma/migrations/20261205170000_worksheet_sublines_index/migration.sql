-- PL-8: carry-out removes a worksheet line and its make-to-order lines in the transaction that
-- carries the line out (lib/services/planning/carry-out.ts, removeFromWorksheet). That transaction
-- runs its statements with generic plans (lib/services/sql-tx.ts), and a generic plan for
-- `"userId" = $1 AND ("lineNo" = $2 OR "parentLineNo" = $3)` was a sequential scan of every
-- user's worksheet: ~100 ms per line once a worksheet of 100,000 lines existed (the planning
-- benchmark's carry-out of 1,000 lines took 108 s). With this index it is a BitmapOr of the
-- primary key and this index. Only sublines (parentLineNo set) are indexed, so the worksheet's
-- bulk COPY pays little for it.
CREATE INDEX "PlanningWorksheetLine_userId_parentLineNo_idx"
  ON "PlanningWorksheetLine" ("userId", "parentLineNo") WHERE "parentLineNo" IS NOT NULL;
