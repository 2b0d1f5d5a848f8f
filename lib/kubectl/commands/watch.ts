/** Reads a `?watch=true` answer: newline-delimited `{"type","object"}` events until Ctrl-C or the end. */
import type { JsonObject } from "../../k8s/object";
import { isJsonObject } from "../../k8s/object";
import { ApiStatusError } from "../api";
import type { Ctx } from "../command";

export interface WatchEvent {
  type: string;
  object: JsonObject;
}

export async function watchStream(
  ctx: Ctx,
  path: string,
  query: Record<string, string>,
  accept: string,
  onEvent: (e: WatchEvent) => void | boolean,
): Promise<void> {
  let res: Response;
  try {
    res = await ctx.api.raw(path, { query, accept });
  } catch (e) {
    if (ctx.io.signal.aborted) return;
    throw e;
  }
  if (res.status !== 200) {
    const body: unknown = await res.json().catch(() => ({}));
    throw new ApiStatusError(
      res.status,
      isJsonObject(body) ? body : { message: `watch failed: ${res.status}` },
    );
  }
  const reader = res.body?.getReader();
  if (!reader) return;
  const onAbort = () => void reader.cancel().catch(() => undefined);
  ctx.io.signal.addEventListener("abort", onAbort, { once: true });
  const decoder = new TextDecoder();
  let buffer = "";
  try {
    while (!ctx.io.signal.aborted) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let nl = buffer.indexOf("\n");
      while (nl >= 0) {
        const line = buffer.slice(0, nl).trim();
        buffer = buffer.slice(nl + 1);
        nl = buffer.indexOf("\n");
        if (!line) continue;
        const parsed: unknown = JSON.parse(line);
        if (!isJsonObject(parsed) || !isJsonObject(parsed.object)) continue;
        const type = String(parsed.type ?? "");
        if (type === "BOOKMARK") continue;
        if (type === "ERROR") throw new ApiStatusError(Number(parsed.object.code ?? 500), parsed.object);
        if (onEvent({ type, object: parsed.object }) === true) return;
      }
    }
  } catch (e) {
    if (ctx.io.signal.aborted) return;
    throw e;
  } finally {
    ctx.io.signal.removeEventListener("abort", onAbort);
    reader.cancel().catch(() => undefined);
  }
}
