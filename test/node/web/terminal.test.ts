/** The terminal's pure parts: the line editor (history) and tab completion from the live cache. */
import { describe, expect, test } from "vitest";
import { commonPrefix, complete, isMutating, type NameSource } from "../../../web/src/terminal/completion";
import { LineEditor } from "../../../web/src/terminal/line-editor";

const cache: NameSource = {
  names: (resource, namespace = "default") =>
    namespace === "kube-system"
      ? resource === "pods"
        ? ["coredns-1"]
        : []
      : ({
          pods: ["my-app-5d8f-abcde", "my-app-5d8f-fghij", "web-1"],
          nodes: ["node-1", "node-2"],
          deployments: ["my-app"],
          namespaces: ["default", "kube-system"],
        }[resource] ?? []),
};

describe("completion", () => {
  test("commands, then kinds, then the names the page knows", () => {
    expect(complete("kubectl ge", cache).candidates).toEqual(["get"]);
    expect(complete("kubectl get dep", cache).candidates).toEqual(["deployments"]);
    expect(complete("kubectl get pods my", cache)).toEqual({
      start: 17,
      candidates: ["my-app-5d8f-abcde", "my-app-5d8f-fghij"],
    });
    expect(complete("k describe po/w", cache).candidates).toEqual(["po/web-1"]);
    expect(complete("kubectl cordon n", cache).candidates).toEqual(["node-1", "node-2"]);
    expect(complete("kubectl rollout st", cache).candidates).toEqual(["status"]);
    expect(complete("kubectl rollout status deployments m", cache).candidates).toEqual(["my-app"]);
  });

  test("flags of the command, namespaces after -n, formats after -o", () => {
    expect(complete("kubectl scale deployment my-app --re", cache).candidates).toEqual(["--replicas="]);
    expect(complete("kubectl get pods -n k", cache).candidates).toEqual(["kube-system"]);
    expect(complete("kubectl get pods -o w", cache).candidates).toEqual(["wide"]);
  });

  test("names come from the namespace the line names", () => {
    expect(complete("kubectl get pods -n kube-system c", cache).candidates).toEqual(["coredns-1"]);
    expect(complete("kubectl -n kube-system describe pod c", cache).candidates).toEqual(["coredns-1"]);
    expect(complete("kubectl get pods --namespace=kube-system ", cache).candidates).toEqual(["coredns-1"]);
    expect(complete("kubectl get pods w", cache).candidates).toEqual(["web-1"]);
    expect(complete("kubectl -n k", cache).candidates).toEqual(["kube-system"]);
    expect(complete("kubectl -n kube-system g", cache).candidates).toEqual(["get"]);
  });

  test("the common prefix extends a word as far as all candidates agree", () => {
    expect(commonPrefix(["my-app-5d8f-abcde", "my-app-5d8f-fghij"])).toBe("my-app-5d8f-");
    expect(commonPrefix([])).toBe("");
  });

  test("mutating commands are told from reading ones", () => {
    expect(isMutating("kubectl create deployment x --image=nginx")).toBe(true);
    expect(isMutating("k scale deploy x --replicas=2")).toBe(true);
    expect(isMutating("kubectl rollout undo deployment x")).toBe(true);
    expect(isMutating("kubectl get pods -w")).toBe(false);
    expect(isMutating("kubectl rollout status deployment x")).toBe(false);
  });
});

describe("line editor", () => {
  test("edits at the cursor", () => {
    const e = new LineEditor();
    e.insert("get pods");
    e.home();
    e.insert("kubectl ");
    expect(e.line).toBe("kubectl get pods");
    e.end();
    e.backspace();
    e.killWord();
    expect(e.line).toBe("kubectl get ");
  });

  test("arrows walk the history and come back to the line being typed", () => {
    const e = new LineEditor(["get pods"]);
    e.insert("get nodes");
    expect(e.submit()).toBe("get nodes");
    e.insert("draft");
    e.up();
    expect(e.line).toBe("get nodes");
    e.up();
    expect(e.line).toBe("get pods");
    e.up();
    expect(e.line).toBe("get pods");
    e.down();
    e.down();
    expect(e.line).toBe("draft");
    expect(e.history).toEqual(["get pods", "get nodes"]);
  });
});
