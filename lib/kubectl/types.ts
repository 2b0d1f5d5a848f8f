/**
 * The contract between the playground's kubectl (lib/kubectl, pure: parse a command line, act
 * through the cluster's Kubernetes API as the real kubectl does, print what kubectl prints) and
 * whoever runs it: the cluster Durable Object for a participant's socket command or
 * `POST /clusters/NAME/kubectl`, or a test.
 */

/** What kubectl may touch, given by whoever runs it. */
export interface KubectlIO {
  /**
   * The cluster's API, called with REST paths below the cluster (`/api/v1/namespaces/default/pods`)
   * exactly as kubectl's HTTP requests: method, headers (`Accept` for Table output, `Content-Type`
   * for patches) and body. The caller's identity and role ride along: a viewer's writes come back
   * 403 Forbidden from the API server itself, and kubectl prints them as kubectl does.
   * A `?watch=true` request answers a newline-delimited stream of watch events.
   */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** Text for the terminal; `stream` tells stdout from stderr (kubectl's errors go to stderr). */
  write(text: string, stream?: "stdout" | "stderr"): void;
  /** What `-f -` reads: YAML or JSON pasted in the terminal or uploaded. */
  stdin?: string;
  /** Aborted by Ctrl-C (`{"op":"cancel"}`): a running `-w`, `rollout status` or `wait` ends. */
  signal: AbortSignal;
  /** The clock used for AGE columns and timeouts (ms since the epoch). */
  now(): number;
  /** The cluster's URL as users reach it, for `cluster-info` and `config view`. */
  serverUrl?: string;
  /** The cluster's name, for `config view`. */
  clusterName?: string;
  /** Who runs the command, for `config view`. */
  user?: string;
  /** The playground's own verbs (nodes, faults, speed, reset, flow), when the runner offers them. */
  playground?: PlaygroundVerbs;
  /**
   * Where discovery may be kept between commands (as kubectl keeps it in ~/.kube/cache): one key
   * per server, usually the cluster's name. Without one, each command discovers afresh.
   */
  discoveryCacheKey?: string;
}

/** The playground verbs beside kubectl's; each returns the text to print or throws an Error. */
export interface PlaygroundVerbs {
  addNode(spec: {
    name?: string;
    cpu?: string;
    memory?: string;
    pods?: number;
    zone?: string;
  }): Promise<string>;
  removeNode(name: string): Promise<string>;
  stopNode(name: string): Promise<string>;
  startNode(name: string): Promise<string>;
  killContainer(namespace: string, pod: string, container?: string): Promise<string>;
  crashComponent(component: string): Promise<string>;
  setSpeed(speed: number): Promise<string>;
  reset(): Promise<string>;
  /** What the control plane did for the last command, step by step. */
  flow(): Promise<string>;
}

/** How a command ended: kubectl's exit code (0 ok, 1 error). */
export type ExitCode = number;
