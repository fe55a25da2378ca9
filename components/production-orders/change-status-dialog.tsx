"use client";

// Placeholder: the dialog lands with its feature.
export function ChangeStatusDialog(_props: { id: number; version: number; status: string; no: string }) {
  return null;
}
