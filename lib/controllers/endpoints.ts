/**
 * The Endpoints controller as a pure reconcile function, after Kubernetes'
 * pkg/controller/endpoint (endpoints_controller.go syncService) and the repacking of
 * pkg/api/v1/endpoints (RepackSubsets).
 *
 * For one Service key: a Service with a selector owns the Endpoints object of its name, which lists
 * the IPs of the pods its selector picks — ready pods under `addresses`, the others under
 * `notReadyAddresses` — with each service port resolved against the pod (a named `targetPort` is
 * looked up in the pod's container ports). A Service without a selector leaves its Endpoints to
 * whoever writes them; an ExternalName Service has none; a deleted Service takes its Endpoints
 * with it. A sync that finds the Endpoints as they should be writes nothing.
 */

import type { Action } from "../client/actions";
import {
  type ControllerModule,
  enqueueAll,
  enqueueOwnKey,
  inNamespace,
} from "../controller-manager/controller";
import { objectAt, objectsAt, stringMapAt } from "../k8s/json";
import type { JsonObject, KubeObject } from "../k8s/object";
import { jsonEqual, objectKey } from "../k8s/object";
import { isPodReady } from "../k8s/pod";
import { labelSelectorFromSet } from "../k8s/selectors/labels";

export const ENDPOINTS_CONTROLLER = "endpoint-controller";
/** When the controller last saw a change of the pods or the Service behind an Endpoints object. */
export const LAST_CHANGE_TRIGGER_TIME = "endpoints.kubernetes.io/last-change-trigger-time";
/** The label Kubernetes puts on the Endpoints of a headless Service. */
export const HEADLESS_LABEL = "service.kubernetes.io/headless";

interface EndpointAddress extends JsonObject {
  ip: string;
  nodeName: string;
  targetRef: { kind: string; namespace: string; name: string; uid: string };
}

interface EndpointPort extends JsonObject {
  port: number;
  protocol: string;
}

interface Subset {
  addresses: EndpointAddress[];
  notReadyAddresses: EndpointAddress[];
  ports: EndpointPort[];
}

/** Whether a pod belongs in Endpoints at all (endpointsliceutil.ShouldPodBeInEndpoints, no terminating). */
export function shouldPodBeInEndpoints(pod: KubeObject): boolean {
  const status = objectAt(pod.status);
  if (pod.metadata.deletionTimestamp) return false;
  if (typeof status.podIP !== "string" || !status.podIP) return false;
  const phase = status.phase;
  const restartPolicy = objectAt(pod.spec).restartPolicy;
  // A pod that has finished for good serves nothing (Failed, or Succeeded without restarts).
  if (phase === "Failed" || (phase === "Succeeded" && restartPolicy !== "Always")) return false;
  return true;
}

/**
 * The port number a service port reaches on a pod (podutil.FindPort): a number is taken as it is; a
 * name is looked up among the pod's container ports of the same protocol. Undefined: the pod has no
 * such port, and is left out of the subset of that port.
 */
export function findPort(pod: KubeObject, servicePort: JsonObject): number | undefined {
  const target = servicePort.targetPort ?? servicePort.port;
  if (typeof target === "number") return target;
  if (typeof target !== "string") return undefined;
  if (/^\d+$/.test(target)) return Number(target);
  const protocol = servicePort.protocol ?? "TCP";
  for (const container of objectsAt(objectAt(pod.spec).containers)) {
    for (const port of objectsAt(container.ports)) {
      if (
        port.name === target &&
        (port.protocol ?? "TCP") === protocol &&
        typeof port.containerPort === "number"
      )
        return port.containerPort;
    }
  }
  return undefined;
}

function addressOf(pod: KubeObject): EndpointAddress {
  return {
    ip: String(objectAt(pod.status).podIP),
    nodeName: String(objectAt(pod.spec).nodeName ?? ""),
    targetRef: {
      kind: "Pod",
      namespace: pod.metadata.namespace ?? "",
      name: pod.metadata.name ?? "",
      uid: pod.metadata.uid ?? "",
    },
  };
}

function compareAddresses(a: EndpointAddress, b: EndpointAddress): number {
  return a.ip.localeCompare(b.ip) || a.targetRef.uid.localeCompare(b.targetRef.uid);
}

function portsKey(ports: EndpointPort[]): string {
  return JSON.stringify(ports);
}

/**
 * The subsets of a Service's Endpoints (syncService + RepackSubsets): one subset per distinct set of
 * resolved ports, addresses and ports sorted so that the same pods always give the same object.
 */
export function desiredSubsets(service: KubeObject, pods: readonly KubeObject[]): JsonObject[] {
  const spec = objectAt(service.spec);
  const publishNotReady = spec.publishNotReadyAddresses === true;
  const servicePorts = objectsAt(spec.ports);
  const bySet = new Map<string, Subset>();
  for (const pod of pods) {
    if (!shouldPodBeInEndpoints(pod)) continue;
    const ports: EndpointPort[] = [];
    for (const sp of servicePorts) {
      const port = findPort(pod, sp);
      if (port === undefined) continue;
      const ep: EndpointPort = { port, protocol: String(sp.protocol ?? "TCP") };
      if (typeof sp.name === "string" && sp.name) ep.name = sp.name;
      if (typeof sp.appProtocol === "string") ep.appProtocol = sp.appProtocol;
      ports.push(ep);
    }
    // A pod with none of the ports contributes nothing, except to a headless Service without ports.
    if (ports.length === 0 && !(servicePorts.length === 0 && spec.clusterIP === "None")) continue;
    ports.sort((a, b) => String(a.name ?? "").localeCompare(String(b.name ?? "")) || a.port - b.port);
    const key = portsKey(ports);
    let subset = bySet.get(key);
    if (!subset) {
      subset = { addresses: [], notReadyAddresses: [], ports };
      bySet.set(key, subset);
    }
    if (publishNotReady || isPodReady(pod)) subset.addresses.push(addressOf(pod));
    else subset.notReadyAddresses.push(addressOf(pod));
  }
  return [...bySet.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, s]) => {
      const out: JsonObject = {};
      if (s.addresses.length) out.addresses = s.addresses.sort(compareAddresses);
      if (s.notReadyAddresses.length) out.notReadyAddresses = s.notReadyAddresses.sort(compareAddresses);
      if (s.ports.length) out.ports = s.ports;
      return out;
    });
}

function desiredLabels(service: KubeObject): Record<string, string> {
  const labels: Record<string, string> = { ...(service.metadata.labels ?? {}) };
  if (objectAt(service.spec).clusterIP === "None") labels[HEADLESS_LABEL] = "";
  else delete labels[HEADLESS_LABEL];
  return labels;
}

/**
 * One sync of the Service `namespace/name`: `service` is undefined when it is gone, `endpoints` the
 * Endpoints object of that name if one exists, `pods` the pods of the namespace.
 */
export function reconcileEndpoints(
  key: { namespace: string; name: string },
  service: KubeObject | undefined,
  endpoints: KubeObject | undefined,
  pods: readonly KubeObject[],
  now: number,
): Action[] {
  if (!service) {
    return endpoints ? [{ verb: "delete", kind: "Endpoints", namespace: key.namespace, name: key.name }] : [];
  }
  const spec = objectAt(service.spec);
  const selector = stringMapAt(spec, "selector");
  if (spec.type === "ExternalName" || !selector || Object.keys(selector).length === 0) return [];
  const matches = labelSelectorFromSet(selector);
  const selected = pods.filter((p) => matches.matches(p.metadata.labels));
  const subsets = desiredSubsets(service, selected);
  const labels = desiredLabels(service);
  const currentSubsets = objectsAt(endpoints?.subsets);
  if (endpoints && jsonEqual(currentSubsets, subsets) && jsonEqual(endpoints.metadata.labels ?? {}, labels)) {
    return [];
  }
  const annotations: Record<string, string> = { ...(endpoints?.metadata.annotations ?? {}) };
  annotations[LAST_CHANGE_TRIGGER_TIME] = new Date(Math.floor(now / 1000) * 1000)
    .toISOString()
    .replace(".000Z", "Z");
  const object: KubeObject = {
    apiVersion: "v1",
    kind: "Endpoints",
    metadata: {
      name: key.name,
      namespace: key.namespace,
      labels,
      annotations,
      ...(endpoints?.metadata.resourceVersion ? { resourceVersion: endpoints.metadata.resourceVersion } : {}),
    },
  };
  if (subsets.length) object.subsets = subsets;
  return [endpoints ? { verb: "update", object } : { verb: "create", object }];
}

/** The Services of a namespace whose selector picks a pod with these labels (old or new). */
export function servicesSelecting(
  services: Iterable<KubeObject>,
  ...labelSets: (Record<string, string> | undefined)[]
): KubeObject[] {
  const out: KubeObject[] = [];
  for (const svc of services) {
    const selector = stringMapAt(objectAt(svc.spec), "selector");
    if (!selector || Object.keys(selector).length === 0) continue;
    const sel = labelSelectorFromSet(selector);
    if (labelSets.some((labels) => labels && sel.matches(labels))) out.push(svc);
  }
  return out;
}

/**
 * The controller module (pkg/controller/endpoint's endpoints_controller.go): a key per Service; a
 * Service or Endpoints change queues it, and a pod change queues the Services selecting the pod
 * before or after.
 */
export const endpointsController: ControllerModule = {
  name: "endpoints",
  start(ctx) {
    const services = ctx.informer({ resource: "services" }).on(enqueueOwnKey(ctx.queue));
    const endpoints = ctx.informer({ resource: "endpoints" }).on(enqueueOwnKey(ctx.queue));
    // A pod's change is the change of the Services selecting it, before or after.
    const selecting = (pod: KubeObject, old?: KubeObject) => {
      const inNs = inNamespace(services, pod.metadata.namespace);
      for (const svc of servicesSelecting(inNs, pod.metadata.labels, old?.metadata.labels)) {
        ctx.queue.add(objectKey(svc));
      }
    };
    const pods = ctx
      .informer({ resource: "pods" })
      .on({ add: selecting, update: selecting, delete: selecting });
    return {
      resync() {
        enqueueAll(ctx.queue, services);
        enqueueAll(ctx.queue, endpoints);
      },
      reconcile(key, now) {
        const [namespace = "", name = ""] = key.split("/");
        return reconcileEndpoints(
          { namespace, name },
          services.cache.get(key),
          endpoints.cache.get(key),
          inNamespace(pods, namespace),
          now,
        );
      },
    };
  },
};
