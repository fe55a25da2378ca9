"use server";

import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { searchTellMe, type TellMeGroup } from "@/lib/data/tell-me/search";
import { currentLocale } from "@/lib/i18n/localize-errors";
import { recordTellMeRecent } from "@/lib/services/tell-me/record-recent";
import { tellMeRecentSchema, tellMeSearchSchema } from "@/lib/validation/tell-me";

// Tell Me's public endpoints (issue 24): each checks the session itself; the search answers
// only what the caller's role may open (lib/data/tell-me/search.ts filters by permission).

export async function searchTellMeAction(input: unknown): Promise<ActionResult<TellMeGroup[]>> {
  return runAction("tellMe.search", tellMeSearchSchema, input, async (data, user) => searchTellMe(user, data, await currentLocale()));
}

export async function recordTellMeRecentAction(input: unknown): Promise<ActionResult<null>> {
  return runAction("tellMe.search", tellMeRecentSchema, input, async ({ href }, user) => {
    await recordTellMeRecent(user.id, href);
    return null;
  });
}
