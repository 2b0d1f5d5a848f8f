import { describe, expect, it } from "vitest";
import { drainBody } from "../../lib/apiserver/drain";

describe("drainBody", () => {
  it("reads what is left of a request body", async () => {
    const request = new Request("http://x/", { method: "POST", body: "y".repeat(100_000) });
    await drainBody(request);
    expect(request.bodyUsed).toBe(true);
  });

  it("does nothing to a request without a body or one already read", async () => {
    await drainBody(new Request("http://x/"));
    const read = new Request("http://x/", { method: "POST", body: "{}" });
    expect(await read.text()).toBe("{}");
    await drainBody(read);
  });

  it("gives up past its limit", async () => {
    const chunks = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(1024)); // never ends
      },
    });
    const request = new Request("http://x/", { method: "POST", body: chunks, duplex: "half" } as RequestInit);
    await drainBody(request, 10_000);
    expect(request.bodyUsed).toBe(true);
  });
});
