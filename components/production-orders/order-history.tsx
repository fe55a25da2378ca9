import { getTranslations } from "next-intl/server";
import { CardSection, LinesTable } from "@/components/ui/card-section";
import { getOrderHistory } from "@/lib/data/production-orders";
import { describeChanges, type ChangeWords } from "@/lib/i18n/describe-changes";
import { HISTORY_CAPTIONS as CAPTIONS, HISTORY_CODES as CODES } from "@/lib/i18n/history-captions";
import { getFormat } from "@/lib/i18n/format";

// X-3: who did what to this order, newest first.
export async function OrderHistory({ orderId }: { orderId: number }) {
  const t = await getTranslations("orders");
  const all = await getTranslations();
  const f = await getFormat();
  const entries = await getOrderHistory(orderId);
  const words: ChangeWords = {
    caption: (key) => (CAPTIONS[key] ? all(CAPTIONS[key]) : null),
    code: (key, value) => (CODES[key] && all.has(`${CODES[key]}.${value}`) ? all(`${CODES[key]}.${value}`) : null),
    date: (iso) => f.date(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)),
    dateTime: (iso) => f.dateTime(new Date(/Z$/.test(iso) ? iso : `${iso}Z`)),
    number: (n) => f.number(n, 5),
    yes: all("common.yes"),
    no: all("common.no"),
    order: Object.keys(CAPTIONS),
  };
  const describe = (changes: unknown) => describeChanges(changes, words);
  return (
    <CardSection title={t("history")} id="history">
      <LinesTable
        caption={t("history")}
        empty={t("noHistory")}
        columns={[
          { key: "at", label: t("audit.at") },
          { key: "user", label: t("audit.user") },
          { key: "action", label: t("audit.action") },
          { key: "numbers", label: t("no") },
          { key: "change", label: t("audit.change") },
        ]}
        rows={entries.map((e) => ({
          key: String(e.id),
          cells: {
            at: f.dateTime(e.at),
            user: e.userEmail,
            action: t.has(`audit.${e.action}`) ? t(`audit.${e.action}`) : e.action,
            numbers:
              e.oldNo && e.newNo && (e.oldNo !== e.newNo || e.oldStatus !== e.newStatus)
                ? `${e.oldStatus ? t(`status.${e.oldStatus}`) : ""} ${e.oldNo} → ${e.newStatus ? t(`status.${e.newStatus}`) : ""} ${e.newNo}`
                : (e.newNo ?? e.oldNo ?? ""),
            change: <span className="whitespace-normal text-xs">{describe(e.changes)}</span>,
          },
        }))}
      />
    </CardSection>
  );
}
