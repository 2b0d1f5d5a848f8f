/**
 * `kubectl get pods`: NAME READY STATUS RESTARTS AGE, wide IP NODE NOMINATED NODE READINESS GATES.
 * STATUS follows printers.go `printPod`: the phase or reason, then init containers (`Init:1/2`,
 * `Init:CrashLoopBackOff`), then containers last to first (waiting or terminated reasons), then
 * Terminating / Unknown for pods being deleted.
 */

import { numberAt, objectAt, objectsAt, stringAt } from "../k8s/json";
import type { JsonObject, KubeObject } from "../k8s/object";
import { parseTime } from "../k8s/time";
import { translateTimestampSince } from "./duration";
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
  return objectsAt(status.conditions).some((c) => c.type === type && c.status === "True");
}

export function podSummary(pod: KubeObject, now: number): PodSummary {
  const spec = objectAt(pod.spec);
  const status = objectAt(pod.status);
  const initSpecs = new Map(objectsAt(spec.initContainers).map((c) => [stringAt(c.name), c]));
  let total = objectsAt(spec.containers).length;
  for (const c of initSpecs.values()) if (isRestartableInit(c)) total++;
  let ready = 0;
  let restarts = 0;
  let restartableInitRestarts = 0;
  let lastRestart = 0;
  let lastRestartableInitRestart = 0;

  const phase = stringAt(status.phase);
  let reason = stringAt(status.reason) || phase;
  for (const c of objectsAt(status.conditions)) {
    if (c.type === "PodScheduled" && c.reason === "SchedulingGated") reason = "SchedulingGated";
  }

  const initStatuses = objectsAt(status.initContainerStatuses);
  let initializing = false;
  for (let i = 0; i < initStatuses.length; i++) {
    const cs = initStatuses[i]!;
    const state = objectAt(cs.state);
    const terminated = state.terminated === undefined ? undefined : objectAt(state.terminated);
    const waiting = state.waiting === undefined ? undefined : objectAt(state.waiting);
    const count = numberAt(cs.restartCount);
    restarts += count;
    const finished = parseTime(objectAt(objectAt(cs.lastState).terminated).finishedAt) ?? 0;
    if (finished > lastRestart) lastRestart = finished;
    const restartable = isRestartableInit(initSpecs.get(stringAt(cs.name)));
    if (restartable) {
      restartableInitRestarts += count;
      if (finished > lastRestartableInitRestart) lastRestartableInitRestart = finished;
    }
    if (terminated && numberAt(terminated.exitCode) === 0) continue;
    if (restartable && cs.started === true) {
      if (cs.ready === true) ready++;
      continue;
    }
    if (terminated) {
      const r = stringAt(terminated.reason);
      if (r === "") {
        reason =
          numberAt(terminated.signal) !== 0
            ? `Init:Signal:${numberAt(terminated.signal)}`
            : `Init:ExitCode:${numberAt(terminated.exitCode)}`;
      } else reason = `Init:${r}`;
    } else if (waiting && stringAt(waiting.reason) !== "" && waiting.reason !== "PodInitializing") {
      reason = `Init:${stringAt(waiting.reason)}`;
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
    const statuses = objectsAt(status.containerStatuses);
    for (let i = statuses.length - 1; i >= 0; i--) {
      const cs = statuses[i]!;
      restarts += numberAt(cs.restartCount);
      const finished = parseTime(objectAt(objectAt(cs.lastState).terminated).finishedAt) ?? 0;
      if (finished > lastRestart) lastRestart = finished;
      const state = objectAt(cs.state);
      const waiting = state.waiting === undefined ? undefined : objectAt(state.waiting);
      const terminated = state.terminated === undefined ? undefined : objectAt(state.terminated);
      if (waiting && stringAt(waiting.reason) !== "") reason = stringAt(waiting.reason);
      else if (terminated && stringAt(terminated.reason) !== "") reason = stringAt(terminated.reason);
      else if (terminated) {
        reason =
          numberAt(terminated.signal) !== 0
            ? `Signal:${numberAt(terminated.signal)}`
            : `ExitCode:${numberAt(terminated.exitCode)}`;
      } else if (cs.ready === true && state.running !== undefined) {
        hasRunning = true;
        ready++;
      }
    }
    if (reason === "Completed" && hasRunning) {
      reason = objectsAt(status.conditions).some((c) => c.type === "Ready") ? "Running" : "NotReady";
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
  const spec = objectAt(pod.spec);
  const status = objectAt(pod.status);
  const summary = podSummary(pod, now);
  const podIPs = objectsAt(status.podIPs);
  const ip = stringAt(podIPs[0]?.ip) || stringAt(status.podIP) || "<none>";
  const gates = objectsAt(spec.readinessGates);
  let readinessGates = "<none>";
  if (gates.length > 0) {
    const conditions = objectsAt(status.conditions);
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
    stringAt(spec.nodeName) || "<none>",
    stringAt(status.nominatedNodeName) || "<none>",
    readinessGates,
  ];
}
