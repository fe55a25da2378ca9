-- PL-8: Carry Out Action Message is recorded as a run of its user's too (kind CARRY_OUT), so its
-- progress (lines done of total) can be polled and its per-line results read back; the one-running-
-- per-user index (planning_run_one_running) now refuses a calculation and a carry-out at once.
CREATE TYPE "PlanningRunKind" AS ENUM ('CALCULATE', 'CARRY_OUT');

ALTER TABLE "PlanningRun"
  ADD COLUMN "kind" "PlanningRunKind" NOT NULL DEFAULT 'CALCULATE',
  ADD COLUMN "results" JSONB;
