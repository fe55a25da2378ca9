"use client";

// Placeholder: the dialog lands with its feature.
export function ReplanDialog(_props: { id: number; version: number; status: string; no: string }) {
  return null;
}
