/**
 * kubectl's commands the playground does not offer. They are known by name, so cobra's "Did you
 * mean this?" suggests what kubectl would, and running one says why it is not here.
 */
import { KubectlError } from "../api";
import type { Command } from "../command";

function unavailable(name: string, why: string): Command {
  return {
    name,
    short: `(not available in the playground: ${why})`,
    hidden: true,
    usage: "",
    async run() {
      throw new KubectlError(`"kubectl ${name}" is not available in the playground: ${why}`);
    },
  };
}

const NO_PROCESSES = "the simulated containers run no processes";

export const autoscaleCommand = unavailable(
  "autoscale",
  "there is no HorizontalPodAutoscaler; use kubectl scale",
);
export const certificateCommand = unavailable("certificate", "there are no CertificateSigningRequests");
export const attachCommand = unavailable("attach", NO_PROCESSES);
export const execCommand = unavailable("exec", NO_PROCESSES);
export const portForwardCommand = unavailable("port-forward", "the simulated pods serve no network traffic");
export const proxyCommand = unavailable("proxy", "this terminal already talks to the API server");
export const cpCommand = unavailable("cp", NO_PROCESSES);
export const authCommand = unavailable("auth", "roles are the playground's (viewer, editor, owner)");
export const debugCommand = unavailable("debug", NO_PROCESSES);
export const eventsCommand = unavailable("events", "use kubectl get events");
export const diffCommand = unavailable("diff", "use kubectl apply --dry-run=server");
export const replaceCommand = unavailable("replace", "use kubectl apply -f - or kubectl edit -f -");
export const waitCommand = unavailable("wait", "use kubectl rollout status or kubectl get -w");
export const kustomizeCommand = unavailable("kustomize", "there is no file system");
export const completionCommand = unavailable("completion", "the web terminal completes on its own");
export const apiVersionsCommand = unavailable("api-versions", "use kubectl api-resources");
export const pluginCommand = unavailable("plugin", "there are no plugins");
