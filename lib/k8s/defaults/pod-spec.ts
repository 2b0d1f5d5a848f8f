/**
 * PodSpec defaults (pkg/apis/core/v1/defaults.go and the generated defaulters), shared by Pods and
 * the pod templates of workloads. Every default fills a field only when it is unset, so applying
 * them twice changes nothing.
 */
import { isJsonObject, type JsonObject, type JsonValue } from "../object";
import { formatQuantity, quantityFromJson, roundUpToMilli } from "../quantity";

function obj(parent: JsonObject, key: string): JsonObject {
  const v = parent[key];
  if (isJsonObject(v)) return v;
  const fresh: JsonObject = {};
  parent[key] = fresh;
  return fresh;
}

function objects(v: JsonValue | undefined): JsonObject[] {
  return Array.isArray(v) ? v.filter(isJsonObject) : [];
}

function setIfUnset(o: JsonObject, key: string, value: JsonValue): void {
  if (o[key] === undefined || o[key] === null || o[key] === "") o[key] = value;
}

/** The tag of an image reference ("" when it names a digest only, "latest" when it names neither). */
export function imageTag(image: string): string {
  let rest = image;
  const at = rest.indexOf("@");
  const hasDigest = at >= 0;
  if (hasDigest) rest = rest.slice(0, at);
  const slash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > slash) return rest.slice(colon + 1);
  return hasDigest ? "" : "latest";
}

/**
 * SetDefaults_ResourceList plus the quantity's JSON encoding: values are rounded up to milli
 * precision and serialized as Kubernetes writes them ("0.5" → "500m", 1 → "1").
 */
export function defaultResourceList(list: JsonValue | undefined): void {
  if (!isJsonObject(list)) return;
  for (const [name, v] of Object.entries(list)) {
    const q = quantityFromJson(v);
    if (q) list[name] = formatQuantity(roundUpToMilli(q));
  }
}

function defaultProbe(probe: JsonValue | undefined): void {
  if (!isJsonObject(probe)) return;
  setIfUnset(probe, "timeoutSeconds", 1);
  setIfUnset(probe, "periodSeconds", 10);
  setIfUnset(probe, "successThreshold", 1);
  setIfUnset(probe, "failureThreshold", 3);
  defaultHandler(probe);
}

function defaultHandler(handler: JsonObject): void {
  const http = handler.httpGet;
  if (isJsonObject(http)) {
    setIfUnset(http, "path", "/");
    setIfUnset(http, "scheme", "HTTP");
  }
}

function defaultContainer(c: JsonObject, hostNetwork: boolean): void {
  if (!c.imagePullPolicy) {
    const image = typeof c.image === "string" ? c.image : "";
    c.imagePullPolicy = image && imageTag(image) === "latest" ? "Always" : "IfNotPresent";
  }
  setIfUnset(c, "terminationMessagePath", "/dev/termination-log");
  setIfUnset(c, "terminationMessagePolicy", "File");
  const resources = obj(c, "resources");
  defaultResourceList(resources.limits);
  defaultResourceList(resources.requests);
  for (const port of objects(c.ports)) {
    setIfUnset(port, "protocol", "TCP");
    if (hostNetwork && (port.hostPort === undefined || port.hostPort === 0))
      port.hostPort = port.containerPort ?? 0;
  }
  for (const env of objects(c.env)) {
    const from = env.valueFrom;
    if (isJsonObject(from) && isJsonObject(from.fieldRef)) setIfUnset(from.fieldRef, "apiVersion", "v1");
  }
  defaultProbe(c.livenessProbe);
  defaultProbe(c.readinessProbe);
  defaultProbe(c.startupProbe);
  const lifecycle = c.lifecycle;
  if (isJsonObject(lifecycle)) {
    for (const hook of ["postStart", "preStop"]) {
      const h = lifecycle[hook];
      if (isJsonObject(h)) defaultHandler(h);
    }
  }
}

const VOLUME_SOURCES = [
  "hostPath",
  "emptyDir",
  "gcePersistentDisk",
  "awsElasticBlockStore",
  "gitRepo",
  "secret",
  "nfs",
  "iscsi",
  "glusterfs",
  "persistentVolumeClaim",
  "rbd",
  "flexVolume",
  "cinder",
  "cephfs",
  "flocker",
  "downwardAPI",
  "fc",
  "azureFile",
  "configMap",
  "vsphereVolume",
  "quobyte",
  "azureDisk",
  "photonPersistentDisk",
  "projected",
  "portworxVolume",
  "scaleIO",
  "storageos",
  "csi",
  "ephemeral",
  "image",
];

function defaultVolume(v: JsonObject): void {
  if (!VOLUME_SOURCES.some((s) => v[s] !== undefined && v[s] !== null)) v.emptyDir = {};
  for (const source of ["secret", "configMap", "downwardAPI", "projected"]) {
    const s = v[source];
    if (isJsonObject(s)) setIfUnset(s, "defaultMode", 420);
  }
  if (isJsonObject(v.hostPath) && v.hostPath.type === undefined) v.hostPath.type = "";
}

export interface PodSpecDefaultOptions {
  /** Pods (not templates) copy limits into missing requests. */
  pod: boolean;
}

/** Limits stand in for missing requests on a Pod (SetDefaults_Pod). */
function requestsFromLimits(c: JsonObject): void {
  const resources = obj(c, "resources");
  const limits = resources.limits;
  if (!isJsonObject(limits)) return;
  const requests = obj(resources, "requests");
  for (const [name, v] of Object.entries(limits))
    if (requests[name] === undefined && v !== undefined) requests[name] = v;
}

/** Applies PodSpec defaults in place. */
export function defaultPodSpec(spec: JsonObject, opts: PodSpecDefaultOptions): void {
  setIfUnset(spec, "dnsPolicy", "ClusterFirst");
  setIfUnset(spec, "restartPolicy", "Always");
  if (!isJsonObject(spec.securityContext)) spec.securityContext = {};
  if (typeof spec.terminationGracePeriodSeconds !== "number") spec.terminationGracePeriodSeconds = 30;
  setIfUnset(spec, "schedulerName", "default-scheduler");
  if (opts.pod && typeof spec.enableServiceLinks !== "boolean") spec.enableServiceLinks = true;
  const hostNetwork = opts.pod && spec.hostNetwork === true;
  for (const list of ["initContainers", "containers"]) {
    for (const c of objects(spec[list])) {
      defaultContainer(c, hostNetwork);
      if (opts.pod) requestsFromLimits(c);
    }
  }
  for (const v of objects(spec.volumes)) defaultVolume(v);
}

/** Applies the defaults of a workload's pod template (`spec.template`). */
export function defaultPodTemplate(template: JsonValue | undefined): void {
  if (!isJsonObject(template)) return;
  if (isJsonObject(template.spec)) defaultPodSpec(template.spec, { pod: false });
}
