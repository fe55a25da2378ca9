-- PL-2/PL-8: a run is kept alive by the process that runs it (heartbeatAt, stamped every 10 s).
-- A RUNNING run whose heartbeat is older than a minute was abandoned (its server stopped or
-- crashed): it no longer blocks its user's next calculation or carry-out, and reads as FAILED
-- (lib/services/planning/planning-runs.ts).
ALTER TABLE "PlanningRun" ADD COLUMN "heartbeatAt" TIMESTAMPTZ(3) NOT NULL DEFAULT now();
