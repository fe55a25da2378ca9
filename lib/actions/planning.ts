"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { readCarryOutRun, type CarryOutRunView } from "@/lib/data/carry-out-run";
import { currentLocale } from "@/lib/i18n/localize-errors";
import { acceptActionMessages } from "@/lib/services/planning/accept-action-messages";
import { startRegenerativePlan } from "@/lib/services/planning/calculate-regenerative-plan";
import { startCarryOut } from "@/lib/services/planning/carry-out";
import { latestPlanningRun, type PlanningRunRow } from "@/lib/services/planning/planning-runs";
import { acceptActionMessagesSchema, calculatePlanSchema, carryOutSchema } from "@/lib/validation/planning";
import { z } from "zod";

// The Planning Worksheet's public endpoints (issue 25): each checks the session and
// "planning.worksheet" itself and works on the caller's own worksheet only (PL-10).

const PATH = "/planning-worksheet";

/** Starts Calculate Regenerative Plan; the page then polls planningProgressAction. */
export async function calculateRegenerativePlanAction(input: unknown): Promise<ActionResult<{ runId: number }>> {
  return runAction("planning.worksheet", calculatePlanSchema, input, async (data, user) => {
    const { runId } = await startRegenerativePlan(
      { startingDate: data.startingDate!, endingDate: data.endingDate!, itemFilter: data.itemFilter },
      user,
    );
    return { runId };
  });
}

export async function planningProgressAction(): Promise<ActionResult<PlanningRunRow | null>> {
  return runAction("planning.worksheet", z.object({}), {}, (_data, user) => latestPlanningRun(db, user.id));
}

export async function acceptActionMessagesAction(input: unknown): Promise<ActionResult<number>> {
  const result = await runAction("planning.worksheet", acceptActionMessagesSchema, input, (data, user) =>
    acceptActionMessages(db, user.id, data),
  );
  if (result.ok) revalidatePath(PATH);
  return result;
}

export type { CarryOutLineView, CarryOutRunView } from "@/lib/data/carry-out-run";

/** Starts Carry Out Action Message; the dialog then polls carryOutProgressAction (runId null: nothing accepted to carry out). */
export async function carryOutActionMessagesAction(input: unknown): Promise<ActionResult<{ runId: number | null }>> {
  return runAction("planning.worksheet", carryOutSchema, input, async (data, user) => ({
    runId: (await startCarryOut(data, user)).runId,
  }));
}

/** The latest carry-out's progress, then each line's result; once it is over the pages it changed are revalidated. */
export async function carryOutProgressAction(): Promise<ActionResult<CarryOutRunView | null>> {
  const locale = await currentLocale();
  const result = await runAction("planning.worksheet", z.object({}), {}, (_data, user) => readCarryOutRun(db, user.id, locale));
  if (result.ok && result.data && result.data.status !== "RUNNING") {
    revalidatePath(PATH);
    revalidatePath("/production-orders", "layout");
  }
  return result;
}
