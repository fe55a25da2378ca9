import { db } from "@/lib/db";

// Tell Me's recents (issue 24): the destination a user opened moves to the top of their list;
// each user keeps their latest KEEP, so the list cannot grow without bound. Not audited: it is
// a preference of the user's own, not company data.

export const KEEP_RECENTS = 50;

export async function recordTellMeRecent(userId: string, href: string): Promise<void> {
  await db.$transaction([
    db.$executeRaw`INSERT INTO "TellMeRecent" ("userId", href, "openedAt") VALUES (${userId}, ${href}, now())
                   ON CONFLICT ("userId", href) DO UPDATE SET "openedAt" = excluded."openedAt"`,
    db.$executeRaw`DELETE FROM "TellMeRecent" WHERE "userId" = ${userId} AND href NOT IN
                   (SELECT href FROM "TellMeRecent" WHERE "userId" = ${userId} ORDER BY "openedAt" DESC LIMIT ${KEEP_RECENTS})`,
  ]);
}
