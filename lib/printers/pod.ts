/**
 * `kubectl get pods`: NAME READY STATUS RESTARTS AGE, wide IP NODE NOMINATED NODE READINESS GATES.
 * STATUS follows printers.go `printPod`: the phase or reason, then init containers (`Init:1/2`,
 * `Init:CrashLoopBackOff`), then containers last to first (waiting or terminated reasons), then
 * Terminating / Unknown for pods being deleted.
 */
import type { JsonObject, KubeObject } from "../k8s/object";
import { parseTime } from "../k8s/time";
import { translateTimestampSince } from "./duration";
import { num, obj, objs, str } from "./fields";
import { AGE_COLUMN, type Cell, column, NAME_COLUMN, type Printer } from "./types";

/** The reason the node lifecycle controller gives pods of an unreachable node. */
const NODE_UNREACHABLE_POD_REASON = "NodeLost";

export const podPrinter: Printer = {
  columns: [
    NAME_COLUMN,
    column("Ready", "string", "The aggregate readiness state of this pod for accepting traffic."),
    column("Status", "string", "The aggregate status of the containers in this pod."),
    column(
      "Restarts",
      "string",
      "The number of times the containers in this pod have been restarted and when the last container in this pod has restarted.",
    ),
    AGE_COLUMN,
    column(
      "IP",
      "string",
      "podIP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated.",
      { priority: 1 },
    ),
    column("Node", "string", "NodeName indicates in which node this pod is scheduled.", { priority: 1 }),
    column(
      "Nominated Node",
      "string",
      "nominatedNodeName is set only when this pod preempts other pods on the node, but it cannot be scheduled right away as preemption victims receive their graceful termination periods.",
      { priority: 1 },
    ),
    column(
      "Readiness Gates",
      "string",
      "If specified, all readiness gates will be evaluated for pod readiness.",
      { priority: 1 },
    ),
  ],
  cells: podCells,
};

/** What kubectl shows for a pod: READY, STATUS and RESTARTS (without AGE). */
export interface PodSummary {
  ready: string;
  status: string;
  restarts: string;
}

function isRestartableInit(container: JsonObject | undefined): boolean {
  return container?.restartPolicy === "Always";
}

function hasCondition(status: JsonObject, type: string): boolean {
  return objs(status.conditions).some((c) => c.type === type && c.status === "True");
}

export function podSummary(pod: KubeObject, now: number): PodSummary {
  const spec = obj(pod.spec);
  const status = obj(pod.status);
  const initSpecs = new Map(objs(spec.initContainers).map((c) => [str(c.name), c]));
  let total = objs(spec.containers).length;
  for (const c of initSpecs.values()) if (isRestartableInit(c)) total++;
  let ready = 0;
  let restarts = 0;
  let restartableInitRestarts = 0;
  let lastRestart = 0;
  let lastRestartableInitRestart = 0;

  const phase = str(status.phase);
  let reason = str(status.reason) || phase;
  for (const c of objs(status.conditions)) {
    if (c.type === "PodScheduled" && c.reason === "SchedulingGated") reason = "SchedulingGated";
  }

  const initStatuses = objs(status.initContainerStatuses);
  let initializing = false;
  for (let i = 0; i < initStatuses.length; i++) {
    const cs = initStatuses[i]!;
    const state = obj(cs.state);
    const terminated = state.terminated === undefined ? undefined : obj(state.terminated);
    const waiting = state.waiting === undefined ? undefined : obj(state.waiting);
    const count = num(cs.restartCount);
    restarts += count;
    const finished = parseTime(obj(obj(cs.lastState).terminated).finishedAt) ?? 0;
    if (finished > lastRestart) lastRestart = finished;
    const restartable = isRestartableInit(initSpecs.get(str(cs.name)));
    if (restartable) {
      restartableInitRestarts += count;
      if (finished > lastRestartableInitRestart) lastRestartableInitRestart = finished;
    }
    if (terminated && num(terminated.exitCode) === 0) continue;
    if (restartable && cs.started === true) {
      if (cs.ready === true) ready++;
      continue;
    }
    if (terminated) {
      const r = str(terminated.reason);
      if (r === "") {
        reason =
          num(terminated.signal) !== 0
            ? `Init:Signal:${num(terminated.signal)}`
            : `Init:ExitCode:${num(terminated.exitCode)}`;
      } else reason = `Init:${r}`;
    } else if (waiting && str(waiting.reason) !== "" && waiting.reason !== "PodInitializing") {
      reason = `Init:${str(waiting.reason)}`;
    } else {
      reason = `Init:${i}/${initSpecs.size}`;
    }
    initializing = true;
    break;
  }

  if (!initializing || hasCondition(status, "Initialized")) {
    restarts = restartableInitRestarts;
    lastRestart = lastRestartableInitRestart;
    let hasRunning = false;
    const statuses = objs(status.containerStatuses);
    for (let i = statuses.length - 1; i >= 0; i--) {
      const cs = statuses[i]!;
      restarts += num(cs.restartCount);
      const finished = parseTime(obj(obj(cs.lastState).terminated).finishedAt) ?? 0;
      if (finished > lastRestart) lastRestart = finished;
      const state = obj(cs.state);
      const waiting = state.waiting === undefined ? undefined : obj(state.waiting);
      const terminated = state.terminated === undefined ? undefined : obj(state.terminated);
      if (waiting && str(waiting.reason) !== "") reason = str(waiting.reason);
      else if (terminated && str(terminated.reason) !== "") reason = str(terminated.reason);
      else if (terminated) {
        reason =
          num(terminated.signal) !== 0
            ? `Signal:${num(terminated.signal)}`
            : `ExitCode:${num(terminated.exitCode)}`;
      } else if (cs.ready === true && state.running !== undefined) {
        hasRunning = true;
        ready++;
      }
    }
    if (reason === "Completed" && hasRunning) {
      reason = objs(status.conditions).some((c) => c.type === "Ready") ? "Running" : "NotReady";
    }
  }

  if (pod.metadata.deletionTimestamp && status.reason === NODE_UNREACHABLE_POD_REASON) {
    reason = "Unknown";
  } else if (pod.metadata.deletionTimestamp && phase !== "Succeeded" && phase !== "Failed") {
    reason = "Terminating";
  }

  const restartText =
    restarts !== 0 && lastRestart !== 0
      ? `${restarts} (${translateTimestampSince(new Date(lastRestart).toISOString(), now)} ago)`
      : String(restarts);
  return { ready: `${ready}/${total}`, status: reason, restarts: restartText };
}

function podCells(pod: KubeObject, now: number): Cell[] {
  const spec = obj(pod.spec);
  const status = obj(pod.status);
  const summary = podSummary(pod, now);
  const podIPs = objs(status.podIPs);
  const ip = str(podIPs[0]?.ip) || str(status.podIP) || "<none>";
  const gates = objs(spec.readinessGates);
  let readinessGates = "<none>";
  if (gates.length > 0) {
    const conditions = objs(status.conditions);
    const trueCount = gates.filter((g) => {
      const c = conditions.find((x) => x.type === g.conditionType);
      return c?.status === "True";
    }).length;
    readinessGates = `${trueCount}/${gates.length}`;
  }
  return [
    pod.metadata.name ?? "",
    summary.ready,
    summary.status,
    summary.restarts,
    translateTimestampSince(pod.metadata.creationTimestamp, now),
    ip,
    str(spec.nodeName) || "<none>",
    str(status.nominatedNodeName) || "<none>",
    readinessGates,
  ];
}
