"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocaleAction } from "@/lib/actions/auth";

export function LanguageSwitch() {
  const t = useTranslations("common");
  const locale = useLocale();
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <label className="text-xs text-slate-600 inline-flex items-center gap-1">
      <span className="sr-only">{t("language")}</span>
      <select
        aria-label={t("language")}
        value={locale}
        disabled={pending}
        onChange={(e) =>
          start(async () => {
            await setLocaleAction(e.target.value);
            router.refresh();
          })
        }
        className="rounded border border-slate-300 bg-white px-1 py-0.5 text-xs"
      >
        <option value="en">{t("english")}</option>
        <option value="nl">{t("dutch")}</option>
      </select>
    </label>
  );
}
