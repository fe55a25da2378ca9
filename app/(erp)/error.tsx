"use client"; // Next requires error boundaries to be Client Components.

import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

// The friendly face of an unexpected failure: never the message or stack (in production they
// are redacted anyway); the digest lets an administrator find the server log entry.
export default function ErpError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("errors");
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="max-w-xl bg-white rounded border border-slate-200 p-4 space-y-3">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-700">{t("message")}</p>
      {digest && <p className="text-xs text-slate-500">{t("reference", { digest })}</p>}
      <Button type="button" onClick={() => retry()}>
        {t("retry")}
      </Button>
    </div>
  );
}
