"use client";

// Placeholder: acts on the orders ticked in the list (checkboxes named "selected", values = order No.).
export function BatchChangeStatus(_props: { status: string }) {
  return null;
}
