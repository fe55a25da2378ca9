import { beforeAll, describe, it } from "vitest";
import type { z } from "zod";
import { signInAs } from "../../support/session";
import { assertHostile, RUNS } from "./hostile";

export type Action = (input: unknown) => Promise<unknown>;
/** `base`: a valid input (read when the test runs) that the property makes hostile a field at a time. */
export type Case = [name: string, action: Action, schema: z.ZodType, base?: () => Record<string, unknown>];

/** Wraps a useActionState action (prev, input) as a one-argument call. */
export const form =
  (action: (prev: unknown, input: unknown) => Promise<unknown>): Action =>
  (input) =>
    action(undefined, input);

/** One property per action: hostile calls as `role` end in a refusal with nothing written. */
export function hostileSuite(title: string, cases: Case[], role: "planner" | "admin" = "admin", numRuns = RUNS) {
  describe(title, () => {
    beforeAll(() => signInAs(role));
    for (const [name, action, schema, base] of cases) {
      it(`${name} as ${role}: every hostile call is refused or succeeds as valid input, nothing half-written`, async () => {
        // GIVEN a signed-in ${role} WHEN the action gets hostile input THEN it answers with a
        // refusal code (never UNEXPECTED) and the row counts are unchanged (assertHostile)
        await assertHostile(action, schema, numRuns, base?.());
      });
    }
  });
}
