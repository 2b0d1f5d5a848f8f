import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { kubeconfigYaml, splitPathToken } from "../../lib/apiserver/kubeconfig";
import { withoutNullMembers } from "../../lib/k8s/object";

describe("kubeconfigYaml", () => {
  it("names one cluster, user and context after the cluster, and makes the context current", () => {
    const config = parse(kubeconfigYaml({ cluster: "demo", origin: "https://play.example" }));
    expect(config).toEqual({
      apiVersion: "v1",
      kind: "Config",
      clusters: [{ name: "demo", cluster: { server: "https://play.example/clusters/demo" } }],
      contexts: [{ name: "demo", context: { cluster: "demo", user: "demo", namespace: "default" } }],
      "current-context": "demo",
      users: [{ name: "demo", user: {} }],
      preferences: {},
    });
  });

  it("gives the user the token; over http the server path carries it too", () => {
    const https = parse(kubeconfigYaml({ cluster: "demo", origin: "https://play.example", token: "t-1" }));
    expect(https.users[0].user).toEqual({ token: "t-1" });
    expect(https.clusters[0].cluster.server).toBe("https://play.example/clusters/demo");
    const http = parse(kubeconfigYaml({ cluster: "demo", origin: "http://127.0.0.1:8787", token: "t-1" }));
    expect(http.users[0].user).toEqual({ token: "t-1" });
    expect(http.clusters[0].cluster.server).toBe("http://127.0.0.1:8787/clusters/demo/token/t-1");
  });
});

describe("splitPathToken", () => {
  it("takes the token out of /clusters/NAME/token/TOKEN/...", () => {
    const split = splitPathToken(new URL("http://h/clusters/demo/token/abc_-1/api/v1/pods?watch=true"));
    expect(split?.token).toBe("abc_-1");
    expect(split?.url.pathname).toBe("/clusters/demo/api/v1/pods");
    expect(split?.url.search).toBe("?watch=true");
    expect(splitPathToken(new URL("http://h/clusters/demo/token/abc"))?.url.pathname).toBe("/clusters/demo");
  });

  it("leaves other paths alone", () => {
    expect(splitPathToken(new URL("http://h/clusters/demo/api/v1/pods"))).toBeUndefined();
    expect(splitPathToken(new URL("http://h/clusters/demo/api/v1/namespaces/token/pods"))).toBeUndefined();
  });
});

describe("withoutNullMembers", () => {
  it("drops null members at any depth, as decoding into Go structs does, and keeps array elements", () => {
    expect(
      withoutNullMembers({
        template: {
          metadata: { creationTimestamp: null, labels: { app: "x" } },
          spec: { containers: [{ name: "c", resources: null }] },
        },
        list: [1, null, { a: null }],
      }),
    ).toEqual({
      template: { metadata: { labels: { app: "x" } }, spec: { containers: [{ name: "c" }] } },
      list: [1, null, {}],
    });
  });
});
