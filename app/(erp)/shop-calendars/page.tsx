import { getTranslations } from "next-intl/server";
import { NewButton } from "@/components/master-data/forms/record-actions";
import { RecordLink } from "@/components/master-data/record-link";
import { LinesTable } from "@/components/ui/card-section";
import { PageHeader } from "@/components/ui/page-header";
import { listShopCalendars } from "@/lib/data/master-data-forms/records";

// Shop calendars are few; a plain table is enough (no paging or filters).
export default async function ShopCalendarsPage() {
  const tf = await getTranslations("masterDataForms");
  const tc = await getTranslations("common");
  const calendars = await listShopCalendars();
  return (
    <>
      <PageHeader title={tf("shopCalendars")} actions={<NewButton href="/shop-calendars/new" />} />
      <div className="bg-white rounded border border-slate-200 p-3">
        <LinesTable
          caption={tf("shopCalendars")}
          empty={tc("noRecords")}
          columns={[
            { key: "code", label: tf("code") },
            { key: "description", label: tf("description") },
            { key: "centers", label: tf("workCentersUsing"), align: "right" },
          ]}
          rows={calendars.map((c) => ({
            key: c.code,
            cells: {
              code: <RecordLink href={`/shop-calendars/${encodeURIComponent(c.code)}`}>{c.code}</RecordLink>,
              description: c.description,
              centers: c._count.workCenters,
            },
          }))}
        />
      </div>
    </>
  );
}
