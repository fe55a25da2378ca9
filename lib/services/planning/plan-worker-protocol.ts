import type { IsoDate } from "@/lib/domain/calendar/iso-date";

// What crosses the planning worker's thread boundary (plan-worker.mts): the run's parameters in,
// progress and a summary out — never the plan's input or its lines.

export type PlanWorkerData = {
  /** The database the caller's client uses (with pgbouncer=true when it goes through a transaction-mode pooler). */
  connectionString: string;
  userId: string;
  period: { startingDate: IsoDate; endingDate: IsoDate };
  itemFilter: string | null;
};

export type PlanWorkerMessage =
  | { total: number }
  | { progress: number }
  /** `statements`: how many the worker sent (load, write), for the caller's statement count. */
  | { done: { linesCount: number; statements: number } };
