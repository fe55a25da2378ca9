-- CreateTable
CREATE TABLE "TellMeRecent" (
    "userId" VARCHAR(64) NOT NULL,
    "href" VARCHAR(300) NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TellMeRecent_pkey" PRIMARY KEY ("userId","href")
);

-- CreateIndex
CREATE INDEX "TellMeRecent_userId_openedAt_idx" ON "TellMeRecent"("userId", "openedAt");
