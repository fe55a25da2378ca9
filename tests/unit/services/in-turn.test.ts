import { describe, expect, it } from "vitest";
import { inTurn } from "@/lib/services/tx";

// A transaction's reads go one after another (lib/services/tx.ts): pg 9 refuses a query sent on a
// client that is still answering the one before, which is what Promise.all over a transaction's
// queries did.
describe("inTurn", () => {
  it("starts each read only when the one before has answered, and returns the answers in order", async () => {
    const events: string[] = [];
    const read = (name: string, ms: number) => () => {
      events.push(`start ${name}`);
      return new Promise<string>((resolve) =>
        setTimeout(() => {
          events.push(`end ${name}`);
          resolve(name);
        }, ms),
      );
    };
    const answers = await inTurn(read("a", 20), read("b", 1), () => 3);
    expect(answers).toEqual(["a", "b", 3]);
    expect(events).toEqual(["start a", "end a", "start b", "end b"]);
  });

  it("does not start the reads after one that fails", async () => {
    let started = false;
    await expect(
      inTurn(
        () => Promise.reject(new Error("no connection")),
        () => {
          started = true;
          return Promise.resolve(1);
        },
      ),
    ).rejects.toThrow("no connection");
    expect(started).toBe(false);
  });
});
