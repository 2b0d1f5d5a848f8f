/**
 * The playground's addition to `describe pod`: the scheduler's last decision for the pod (which
 * nodes were filtered out and why, the scores), from `GET /kubeplay/scheduler/explain`.
 */
import { objectAt } from "../../k8s/json";
import type { JsonValue } from "../../k8s/object";
import { isJsonObject } from "../../k8s/object";
import type { Ctx } from "../command";
import type { DescribeWriter } from "./writer";

export async function schedulerDecision(ctx: Ctx, namespace: string, pod: string): Promise<JsonValue | null> {
  try {
    const answer = await ctx.api.json("/kubeplay/scheduler/explain", { query: { namespace, pod } });
    return answer.decision ?? null;
  } catch {
    return null;
  }
}

export function writeScheduling(w: DescribeWriter, decision: JsonValue | null): void {
  if (!isJsonObject(decision)) return;
  w.write(0, "Scheduling (kubeplay):\n");
  const node = typeof decision.node === "string" ? decision.node : "";
  w.line(
    1,
    "Decision",
    node ? `bound to ${node}` : `no node fits${decision.message ? `: ${String(decision.message)}` : ""}`,
  );
  w.line(1, "Feasible Nodes", String(decision.feasible ?? 0));
  const filtered = Array.isArray(decision.filtered) ? decision.filtered.filter(isJsonObject) : [];
  if (filtered.length) {
    w.write(1, "Filtered Out:\n");
    w.write(2, "Node\tPlugin\tReasons\n");
    w.write(2, "----\t------\t-------\n");
    for (const f of filtered) {
      const reasons = Array.isArray(f.reasons) ? f.reasons.map(String).join("; ") : "";
      w.write(2, `${String(f.node)}\t${String(f.plugin)}\t${reasons}\n`);
    }
  }
  const scores = Array.isArray(decision.scores) ? decision.scores.filter(isJsonObject) : [];
  if (scores.length) {
    w.write(1, "Scores:\n");
    w.write(2, "Node\tTotal\tBy Plugin\n");
    w.write(2, "----\t-----\t---------\n");
    for (const s of [...scores].sort((a, b) => Number(b.total) - Number(a.total))) {
      const by = objectAt(s.byPlugin);
      const text =
        Object.keys(by)
          .sort()
          .map((k) => `${k}=${String(by[k])}`)
          .join(", ") || "<none>";
      w.write(2, `${String(s.node)}\t${String(s.total)}\t${text}\n`);
    }
  }
}
