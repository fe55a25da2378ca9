import { describe, expect, it } from "vitest";
import { createOrderDocumentCache, stringBytes } from "@/lib/api/read/order-document-cache";

// Issue 26: the order document cache is bounded, by entries and by the bytes its documents take,
// and gives way least recently used first. (That it never serves a changed order is proved
// against PostgreSQL: tests/integration/api/order-document-cache.test.ts.)

const doc = (version: number, chars: number, fill = "x") => ({ version, json: fill.repeat(chars) });

describe("API-10 the order document cache's bound", () => {
  it("GIVEN a bound of 3 entries WHEN a 4th is kept THEN the least recently used goes (a read counts as a use)", () => {
    const cache = createOrderDocumentCache({ maxBytes: 1_000_000, maxEntries: 3 });
    cache.set(1, doc(1, 10));
    cache.set(2, doc(1, 10));
    cache.set(3, doc(1, 10));
    expect(cache.get(1)?.version).toBe(1); // 2 is now the least recently used
    cache.set(4, doc(1, 10));
    expect([1, 2, 3, 4].map((id) => cache.get(id) !== undefined)).toEqual([true, false, true, true]);
    expect([cache.size, cache.bytes]).toEqual([3, 30]);
  });

  it("GIVEN a bound of 100 bytes WHEN documents add up past it THEN the oldest go until the new one fits", () => {
    const cache = createOrderDocumentCache({ maxBytes: 100, maxEntries: 100 });
    cache.set(1, doc(1, 40));
    cache.set(2, doc(1, 40));
    cache.set(3, doc(1, 40));
    expect([cache.get(1), cache.get(2)?.version, cache.get(3)?.version]).toEqual([undefined, 1, 1]);
    expect(cache.bytes).toBe(80);
    cache.set(4, doc(1, 100));
    expect([cache.size, cache.bytes, cache.get(4)?.version]).toEqual([1, 100, 1]);
  });

  it("GIVEN a document larger than the bound WHEN kept THEN it is not, and what was there stays", () => {
    const cache = createOrderDocumentCache({ maxBytes: 100, maxEntries: 100 });
    cache.set(1, doc(1, 50));
    cache.set(2, doc(1, 101));
    expect([cache.size, cache.bytes, cache.get(2)]).toEqual([1, 50, undefined]);
  });

  it("GIVEN an order's entry WHEN a newer version is kept THEN it replaces the old one, bytes counted once", () => {
    const cache = createOrderDocumentCache({ maxBytes: 100, maxEntries: 100 });
    cache.set(1, doc(1, 60));
    cache.set(1, doc(2, 70));
    expect([cache.size, cache.bytes, cache.get(1)?.version]).toEqual([1, 70, 2]);
    cache.delete(1);
    expect([cache.size, cache.bytes]).toEqual([0, 0]);
  });

  it("GIVEN text beyond Latin-1 WHEN counted THEN two bytes a character, as V8 stores such a string", () => {
    expect(stringBytes("Fiets é")).toBe(7);
    expect(stringBytes("Fiets €")).toBe(14);
    const cache = createOrderDocumentCache({ maxBytes: 100, maxEntries: 100 });
    cache.set(1, doc(1, 30, "€"));
    expect(cache.bytes).toBe(60);
  });
});
