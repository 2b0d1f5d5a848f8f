import { describe, expect, it } from "vitest";
import { batchFrames } from "../../lib/client/protocol";

describe("socket frames", () => {
  it("sends one message as it is, several as a batch, and cuts batches at the limit", () => {
    expect(batchFrames(['{"a":1}'])).toEqual(['{"a":1}']);
    expect(batchFrames(['{"a":1}', '{"b":2}'])).toEqual(['{"op":"batch","messages":[{"a":1},{"b":2}]}']);
    const m = (n: number) => `{"n":${n},"pad":"${"x".repeat(40)}"}`;
    const frames = batchFrames([m(1), m(2), m(3), m(4), m(5)], 120);
    expect(frames.every((f) => f.length <= 120 + 40)).toBe(true);
    const carried = frames.flatMap((f) =>
      f.startsWith('{"op":"batch"') ? (JSON.parse(f) as { messages: unknown[] }).messages : [JSON.parse(f)],
    );
    expect(carried.map((x) => (x as { n: number }).n)).toEqual([1, 2, 3, 4, 5]);
    expect(batchFrames(["x".repeat(500)], 120)).toEqual(["x".repeat(500)]);
    expect(batchFrames([])).toEqual([]);
  });
});
