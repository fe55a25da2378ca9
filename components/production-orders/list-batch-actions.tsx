import { getCurrentUser } from "@/lib/auth";
import { can } from "@/lib/domain/auth/permissions";
import { BatchChangeStatus } from "@/components/production-orders/batch-change-status";
import { BatchRefresh } from "@/components/production-orders/batch-refresh";

// Actions on the orders ticked in a list (supervisors and up).
export async function ListBatchActions({ status }: { status: string }) {
  const user = await getCurrentUser();
  if (!user || status === "FINISHED") return null;
  return (
    <div className="flex gap-2">
      {can(user.role, "orders.refresh") && <BatchRefresh status={status} />}
      {can(user.role, "orders.changeStatus") && <BatchChangeStatus status={status} />}
    </div>
  );
}

export async function canBatch(status: string) {
  const user = await getCurrentUser();
  return !!user && status !== "FINISHED" && (can(user.role, "orders.refresh") || can(user.role, "orders.changeStatus"));
}
