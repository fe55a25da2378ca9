// The documents of GET /production-orders/{id} kept in this server process (issue 26): building
// one (an order with ~250 components) cost PostgreSQL ~2.5 ms of CPU and the app ~1 ms to receive
// and join, on every read of an order that had not changed. An entry is the order's JSON tagged
// with the version it was built from; it is served only when the database says, in the same
// statement that would otherwise build it, that the order still has that version
// (readProductionOrder). That is correct on any number of servers behind the proxy, each with
// its own cache, because of X-2's invariant: every change to an order's header, lines,
// components or routing lines raises ProductionOrder.version, in the change's own transaction
// (proved write path by write path in tests/integration/api/order-document-cache.test.ts). The
// API's ETag is that version already.
//
// Bounded: least recently used entries go first once the documents exceed `maxBytes` (counted as
// V8 holds a string: one byte per character, two when any character is beyond Latin-1) or
// `maxEntries`; a document larger than `maxBytes` on its own is not kept.

export type CachedDocument = { version: number; json: string };

export type DocumentCacheLimits = { maxBytes: number; maxEntries: number };

export const DEFAULT_DOCUMENT_CACHE_LIMITS: DocumentCacheLimits = { maxBytes: 64 * 1024 * 1024, maxEntries: 4096 };

export type OrderDocumentCache = {
  /** The entry of this order (whatever its version), now the most recently used. */
  get(id: number): CachedDocument | undefined;
  /** Keeps the order's document, replacing an older version's; evicts the least recently used past the limits. */
  set(id: number, document: CachedDocument): void;
  delete(id: number): void;
  /** Entries held and their size in bytes (what the limits bound). */
  readonly size: number;
  readonly bytes: number;
};

/** The memory V8 gives a string's characters: Latin-1 strings are stored one byte per character. */
export const stringBytes = (s: string) => (/[\u0100-\uffff]/.test(s) ? 2 * s.length : s.length);

export function createOrderDocumentCache(limits: DocumentCacheLimits = DEFAULT_DOCUMENT_CACHE_LIMITS): OrderDocumentCache {
  // A Map iterates in insertion order: re-inserting on every use keeps the least recently used first.
  const entries = new Map<number, CachedDocument & { bytes: number }>();
  let bytes = 0;
  const remove = (id: number) => {
    const held = entries.get(id);
    if (!held) return;
    entries.delete(id);
    bytes -= held.bytes;
  };
  return {
    get(id) {
      const held = entries.get(id);
      if (!held) return undefined;
      entries.delete(id);
      entries.set(id, held);
      return held;
    },
    set(id, document) {
      remove(id);
      const size = stringBytes(document.json);
      if (size > limits.maxBytes || limits.maxEntries < 1) return;
      for (const [oldest, held] of entries) {
        if (bytes + size <= limits.maxBytes && entries.size < limits.maxEntries) break;
        entries.delete(oldest);
        bytes -= held.bytes;
      }
      entries.set(id, { version: document.version, json: document.json, bytes: size });
      bytes += size;
    },
    delete: remove,
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
  };
}
