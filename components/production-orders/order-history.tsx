import { getTranslations } from "next-intl/server";
import { CardSection, LinesTable } from "@/components/ui/card-section";
import { getOrderHistory } from "@/lib/data/production-orders";
import { getFormat } from "@/lib/i18n/format";

// X-3: who did what to this order, newest first.
export async function OrderHistory({ orderId }: { orderId: number }) {
  const t = await getTranslations("orders");
  const f = await getFormat();
  const entries = await getOrderHistory(orderId);
  const describe = (changes: unknown) =>
    changes && typeof changes === "object"
      ? Object.entries(changes as Record<string, unknown>)
          .map(([k, v]) => (Array.isArray(v) && v.length === 2 ? `${k}: ${v[0] ?? "∅"} → ${v[1] ?? "∅"}` : `${k}: ${String(v)}`))
          .join("; ")
      : "";
  return (
    <CardSection title={t("history")} id="history">
      <LinesTable caption={t("history")} empty={t("noHistory")}
        columns={[{ key: "at", label: t("audit.at") }, { key: "user", label: t("audit.user") }, { key: "action", label: t("audit.action") },
          { key: "numbers", label: t("no") }, { key: "change", label: t("audit.change") }]}
        rows={entries.map((e) => ({ key: String(e.id), cells: {
          at: f.dateTime(e.at), user: e.userEmail, action: t.has(`audit.${e.action}`) ? t(`audit.${e.action}`) : e.action,
          numbers: e.oldNo && e.newNo && (e.oldNo !== e.newNo || e.oldStatus !== e.newStatus)
            ? `${e.oldStatus ? t(`status.${e.oldStatus}`) : ""} ${e.oldNo} → ${e.newStatus ? t(`status.${e.newStatus}`) : ""} ${e.newNo}` : e.newNo ?? e.oldNo ?? "",
          change: <span className="whitespace-normal text-xs">{describe(e.changes)}</span> } }))} />
    </CardSection>
  );
}
