/** kubectl's printers: AGE, tabwriter alignment, server Tables, JSONPath, custom columns, YAML. */
import { describe, expect, it } from "vitest";
import { customColumns } from "../../../lib/kubectl/output/custom-columns";
import { goTabwriter } from "../../../lib/kubectl/output/go-tabwriter";
import { executeJsonPath } from "../../../lib/kubectl/output/jsonpath";
import { type Table, tableLines } from "../../../lib/kubectl/output/table";
import { tabulate } from "../../../lib/kubectl/output/tabwriter";
import { parseManifests, toYaml } from "../../../lib/kubectl/output/yaml";
import { humanDuration } from "../../../lib/printers/duration";
import { kubectl } from "../../kubectl-helpers";

describe("AGE", () => {
  it("formats as apimachinery's HumanDuration", () => {
    const s = 1000;
    expect(humanDuration(-5 * s)).toBe("<invalid>");
    expect(humanDuration(-500)).toBe("0s");
    expect(humanDuration(5 * s)).toBe("5s");
    expect(humanDuration(119 * s)).toBe("119s");
    expect(humanDuration(182 * s)).toBe("3m2s");
    expect(humanDuration(300 * s)).toBe("5m");
    expect(humanDuration(45 * 60 * s)).toBe("45m");
    expect(humanDuration(200 * 60 * s)).toBe("3h20m");
    expect(humanDuration(5 * 3600 * s)).toBe("5h");
    expect(humanDuration(30 * 3600 * s)).toBe("30h");
    expect(humanDuration(52 * 3600 * s)).toBe("2d4h");
    expect(humanDuration(72 * 3600 * s)).toBe("3d");
    expect(humanDuration(40 * 86400 * s)).toBe("40d");
    expect(humanDuration(800 * 86400 * s)).toBe("2y70d");
    expect(humanDuration(3650 * 86400 * s)).toBe("10y");
  });
});

describe("tabwriter", () => {
  it("pads columns to the widest cell plus 3, at least 6, the last cell unpadded", () => {
    expect(
      tabulate([
        ["NAME", "READY", "AGE"],
        ["a", "1/1", "5s"],
        ["long-name-x", "0/1", "3m2s"],
      ]),
    ).toBe("NAME          READY   AGE\na             1/1     5s\nlong-name-x   0/1     3m2s\n");
  });
  it("aligns describe's runs of lines as Go's tabwriter", () => {
    expect(
      goTabwriter(
        "Name:\tx\nNamespace:\tdefault\nContainers:\n  app:\n    Image:\tnginx\n    Port:\t<none>\n",
        0,
        2,
      ),
    ).toBe(
      "Name:       x\nNamespace:  default\nContainers:\n  app:\n    Image:  nginx\n    Port:   <none>\n",
    );
  });
});

const podTable: Table = {
  kind: "Table",
  columnDefinitions: [
    { name: "Name", type: "string", format: "name", priority: 0 },
    { name: "Ready", type: "string", priority: 0 },
    { name: "Status", type: "string", priority: 0 },
    { name: "Restarts", type: "string", priority: 0 },
    { name: "Age", type: "string", priority: 0 },
    { name: "IP", type: "string", priority: 1 },
    { name: "Node", type: "string", priority: 1 },
  ],
  rows: [
    {
      cells: ["web-1", "1/1", "Running", "0", "5m", "10.244.1.2", "node-1"],
      object: {
        kind: "PartialObjectMetadata",
        apiVersion: "meta.k8s.io/v1",
        metadata: { name: "web-1", namespace: "default", labels: { app: "web", tier: "fe" } },
      },
    },
    {
      cells: ["db-0", "0/1", "Pending", "0", "2s", "<none>", "<none>"],
      object: {
        kind: "PartialObjectMetadata",
        apiVersion: "meta.k8s.io/v1",
        metadata: { name: "db-0", namespace: "prod" },
      },
    },
  ],
};

describe("server Tables", () => {
  const render = (options: Parameters<typeof tableLines>[1]) => tabulate(tableLines(podTable, options));
  it("shows priority 0 columns, upper-case headers", () => {
    expect(render({})).toBe(
      "NAME    READY   STATUS    RESTARTS   AGE\nweb-1   1/1     Running   0          5m\ndb-0    0/1     Pending   0          2s\n",
    );
  });
  it("-o wide adds priority > 0 columns", () => {
    expect(render({ wide: true })).toBe(
      "NAME    READY   STATUS    RESTARTS   AGE   IP           NODE\nweb-1   1/1     Running   0          5m    10.244.1.2   node-1\ndb-0    0/1     Pending   0          2s    <none>       <none>\n",
    );
  });
  it("-A, --show-labels, -L, --no-headers, kind prefixes", () => {
    expect(
      render({
        withNamespace: true,
        showLabels: true,
        labelColumns: ["app"],
        noHeaders: true,
        namePrefix: "pod/",
      }),
    ).toBe(
      "default   pod/web-1   1/1   Running   0     5m    web   app=web,tier=fe\nprod      pod/db-0    0/1   Pending   0     2s          <none>\n",
    );
    expect(render({ labelColumns: ["app.kubernetes.io/name"] }).split("\n")[0]).toBe(
      "NAME    READY   STATUS    RESTARTS   AGE   NAME",
    );
  });
  it("kubectl get renders the server's Table and asks for it", async () => {
    let accept = "";
    const r = await kubectl("none", "get pods -o wide", {
      fetch: async (path, init) => {
        if (path.includes("/pods")) {
          accept = new Headers(init?.headers).get("accept") ?? "";
          return Response.json(podTable);
        }
        return new Response("", { status: 404 });
      },
    });
    expect(accept).toBe("application/json;as=Table;v=v1;g=meta.k8s.io,application/json");
    expect(r.stdout).toContain("NAME    READY   STATUS    RESTARTS   AGE   IP           NODE\n");
    expect(r.code).toBe(0);
  });
  it("an empty list says so on stderr", async () => {
    const empty = async () => Response.json({ ...podTable, rows: [] });
    expect((await kubectl("none", "get pods", { fetch: empty })).stderr).toBe(
      "No resources found in default namespace.\n",
    );
    expect((await kubectl("none", "get pods -n dev", { fetch: empty })).stderr).toBe(
      "No resources found in dev namespace.\n",
    );
    expect((await kubectl("none", "get pods -A", { fetch: empty })).stderr).toBe("No resources found\n");
    expect((await kubectl("none", "get nodes", { fetch: empty })).stderr).toBe("No resources found\n");
  });
});

const list = {
  kind: "List",
  items: [
    {
      metadata: { name: "a", labels: { app: "x" } },
      spec: {
        replicas: 2,
        containers: [
          { name: "c1", image: "nginx" },
          { name: "c2", image: "redis" },
        ],
      },
    },
    { metadata: { name: "b" }, spec: { replicas: 1, containers: [{ name: "c1", image: "busybox" }] } },
  ],
};

describe("JSONPath", () => {
  it("selects fields, wildcards, indexes and slices", () => {
    expect(executeJsonPath("{.items[*].metadata.name}", list)).toBe("a b");
    expect(executeJsonPath("{.items[0].spec.containers[1].image}", list)).toBe("redis");
    expect(executeJsonPath("{.items[-1].metadata.name}", list)).toBe("b");
    expect(executeJsonPath("{.items[0:1].metadata.name}", list)).toBe("a");
    expect(executeJsonPath("{..image}", list)).toBe("nginx redis busybox");
    expect(executeJsonPath("{.items[0].metadata.labels}", list)).toBe('{"app":"x"}');
    expect(executeJsonPath("{.items[0].metadata['labels']['app']}", list)).toBe("x");
    expect(executeJsonPath("{.missing}", list)).toBe("");
  });
  it("filters and ranges", () => {
    expect(executeJsonPath('{.items[?(@.metadata.name=="b")].spec.replicas}', list)).toBe("1");
    expect(executeJsonPath("{.items[?(@.spec.replicas>1)].metadata.name}", list)).toBe("a");
    expect(
      executeJsonPath('{range .items[*]}{.metadata.name}{"\\t"}{.spec.replicas}{"\\n"}{end}', list),
    ).toBe("a\t2\nb\t1\n");
    expect(executeJsonPath("name: {.items[0].metadata.name}!", list)).toBe("name: a!");
  });
  it("reports bad templates", () => {
    expect(() => executeJsonPath("{.items[0", list)).toThrow();
    expect(() => executeJsonPath("{range .items[*]}{.x}", list)).toThrow("unclosed range");
  });
  it("custom columns", () => {
    expect(
      customColumns(
        "NAME:.metadata.name,IMAGES:.spec.containers[*].image,APP:.metadata.labels.app",
        list.items,
        false,
      ),
    ).toBe("NAME   IMAGES        APP\na      nginx,redis   x\nb      busybox       <none>\n");
  });
});

describe("YAML", () => {
  it("prints as kubectl: keys sorted, lists not indented, ambiguous strings quoted", () => {
    expect(toYaml({ b: [{ z: 1, a: {} }], a: "2026-11-22T02:15:25Z", c: "yes", d: "123" })).toBe(
      'a: "2026-11-22T02:15:25Z"\nb:\n- a: {}\n  z: 1\nc: "yes"\nd: "123"\n',
    );
  });
  it("reads multi-document manifests and flattens Lists", () => {
    const docs = parseManifests("a: 1\n---\nkind: List\nitems:\n- b: 2\n- c: 3\n---\n", "STDIN");
    expect(docs).toEqual([{ a: 1 }, { b: 2 }, { c: 3 }]);
  });
  it("refuses YAML bombs", () => {
    const bomb = `a: &a ["x","x","x","x","x","x","x","x","x"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
`;
    const started = Date.now();
    expect(() => parseManifests(bomb, "STDIN")).toThrow(/error parsing STDIN/);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
