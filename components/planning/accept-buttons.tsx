"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { acceptActionMessagesAction } from "@/lib/actions/planning";
import { Button } from "@/components/ui/button";

const ticked = () =>
  [...document.querySelectorAll<HTMLInputElement>('input[name="selected"][data-row-select]:checked')].map((b) => Number(b.value));

// PL-7 Accept Action Message for the ticked lines, or for every line of the worksheet.
export function AcceptButtons() {
  const t = useTranslations("planning");
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  async function run(lineNos: number[] | "all", accept: boolean) {
    setMessage(null);
    if (lineNos !== "all" && lineNos.length === 0) return setMessage(t("noneSelected"));
    const r = await acceptActionMessagesAction({ lineNos, accept });
    if (!r.ok) setMessage(r.message);
    router.refresh();
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button variant="secondary" onClick={() => run("all", true)}>
        {t("acceptAll")}
      </Button>
      <Button variant="secondary" onClick={() => run(ticked(), true)}>
        {t("acceptSelected")}
      </Button>
      <Button variant="secondary" onClick={() => run(ticked(), false)}>
        {t("rejectSelected")}
      </Button>
      <span role="status" className="text-sm text-amber-900">
        {message}
      </span>
    </div>
  );
}

/** One line's Accept Action Message checkbox. */
export function AcceptCheckbox({ lineNo, accepted, label }: { lineNo: number; accepted: boolean; label: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <input
      type="checkbox"
      className="h-4 w-4"
      aria-label={label}
      checked={accepted}
      disabled={busy}
      onChange={async (e) => {
        setBusy(true);
        await acceptActionMessagesAction({ lineNos: [lineNo], accept: e.target.checked });
        setBusy(false);
        router.refresh();
      }}
    />
  );
}
