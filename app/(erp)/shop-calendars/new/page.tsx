import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/forbidden";
import { ShopCalendarForm } from "@/components/master-data/forms/shop-calendar-form";
import { PageHeader } from "@/components/ui/page-header";
import { userCan } from "@/lib/auth";

export default async function NewShopCalendarPage() {
  if (!(await userCan("masterData.write"))) return <Forbidden />;
  const tf = await getTranslations("masterDataForms");
  return (
    <>
      <PageHeader title={tf("newTitle", { what: tf("shopCalendar") })} />
      <ShopCalendarForm calendar={null} />
    </>
  );
}
