/**
 * The web client's terminal and sharing in real headless Chromium: tab completion from the live
 * cache, history, Ctrl-C stopping a `-w`, the editor panel (`apply -f -`, `edit`, pasted YAML),
 * follow, keyboard-only use in a narrow window, a command typed while offline never sent later,
 * a link-less visit to a tokened cluster, and the kubeconfig link.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import {
  authHeaders,
  chipsOnNodes,
  createCluster,
  deployment,
  launch,
  openCluster,
  screenshot,
  terminalText,
  typeCommand,
  until,
} from "./helpers";

const base = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/** The terminal's line with the prompt the cursor is on. */
function promptLine(page: Page): Promise<string> {
  return terminalText(page).then((t) => {
    const lines = t.split("\n").filter((l) => l.includes(" $ "));
    return lines[lines.length - 1] ?? "";
  });
}

async function waitForPrompt(page: Page): Promise<void> {
  await until(
    "the prompt",
    () => promptLine(page),
    (l) => /\$ $/.test(l),
  );
}

test("tab completes commands, kinds, flags and live object names; ↑ recalls; Ctrl-C stops a watch", async () => {
  const { name, tokens } = await createCluster(base, "tab");
  const headers = authHeaders(tokens.owner);
  const deployments = `${base}/clusters/${name}/apis/apps/v1/namespaces/default/deployments`;
  expect(
    (await fetch(deployments, { method: "POST", headers, body: JSON.stringify(deployment("zebra-app", 1)) }))
      .status,
  ).toBe(201);
  const page = await openCluster(browser, base, name, tokens.owner, "Tabby");
  await until(
    "the zebra-app deployment in the page's cache",
    () => page.locator("#panel-workloads").textContent(),
    (t) => (t ?? "").includes("deployment/zebra-app"),
  );
  await waitForPrompt(page);
  await page.click("#terminal .xterm");
  // command, kind, object name from the cache, flag
  await page.keyboard.type("kubectl sca", { delay: 5 });
  await page.keyboard.press("Tab");
  await page.keyboard.type("deploym", { delay: 5 });
  await page.keyboard.press("Tab");
  await page.keyboard.type("zeb", { delay: 5 });
  await page.keyboard.press("Tab");
  await page.keyboard.type("--repl", { delay: 5 });
  await page.keyboard.press("Tab");
  await until(
    "the completed line",
    () => promptLine(page),
    (l) => l.endsWith("$ kubectl scale deployments zebra-app --replicas="),
  );
  await page.keyboard.type("2", { delay: 5 });
  await page.keyboard.press("Enter");
  await until(
    "the scale's answer",
    () => terminalText(page),
    (t) => t.includes("deployment.apps/zebra-app scaled"),
  );
  await waitForPrompt(page);
  await screenshot(page, "tab-completion");

  // ↑ brings the last command back
  await page.keyboard.press("ArrowUp");
  await until(
    "the recalled line",
    () => promptLine(page),
    (l) => l.endsWith("$ kubectl scale deployments zebra-app --replicas=2"),
  );
  await page.keyboard.press("Control+U");

  // Ctrl-C with a selection copies it (and stops nothing)
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.evaluate(() =>
    (
      window as unknown as { kubeplay: { shell: { term: { selectAll(): void } } } }
    ).kubeplay.shell.term.selectAll(),
  );
  await page.keyboard.press("Control+C");
  await until(
    "the selection in the clipboard",
    () => page.evaluate(() => navigator.clipboard.readText()),
    (t) => t.includes("deployment.apps/zebra-app scaled"),
  );
  await page.evaluate(() =>
    (
      window as unknown as { kubeplay: { shell: { term: { clearSelection(): void } } } }
    ).kubeplay.shell.term.clearSelection(),
  );

  // a watch runs until Ctrl-C; the prompt comes back and the feed records exit 130
  await page.keyboard.type("kubectl get pods -w", { delay: 5 });
  await page.keyboard.press("Enter");
  await until(
    "the watch's table",
    () => terminalText(page),
    (t) => /NAME\s+READY\s+STATUS/.test(t.slice(t.lastIndexOf("get pods -w"))),
  );
  expect(await promptLine(page)).toContain("get pods -w"); // still running: no new prompt yet
  await page.keyboard.press("Control+C");
  await until(
    "^C after the watch",
    () => terminalText(page),
    (t) => t.slice(t.lastIndexOf("get pods -w")).includes("^C"),
  );
  await waitForPrompt(page);
  await page.click("#tab-feed");
  // The watch ended (it is in everyone's feed, with what it printed).
  await until(
    "the stopped watch in the feed",
    () => page.locator("#panel-feed li", { hasText: "kubectl get pods -w" }).count(),
    (n) => n === 1,
  );
  await page.context().close();
});

test("the editor panel: Apply sends its YAML as apply -f -, edit opens an object, pasted YAML lands there", async () => {
  const { name, tokens } = await createCluster(base, "editor");
  const page = await openCluster(browser, base, name, tokens.owner, "Eddie");
  await waitForPrompt(page);
  const yaml = [
    "apiVersion: apps/v1",
    "kind: Deployment",
    "metadata:",
    "  name: yaml-app",
    "spec:",
    "  replicas: 1",
    "  selector:",
    "    matchLabels: {app: yaml-app}",
    "  template:",
    "    metadata:",
    "      labels: {app: yaml-app}",
    "    spec:",
    "      containers:",
    "      - name: web",
    "        image: nginx",
  ].join("\n");
  await page.fill("#editor", yaml);
  await page.click("#editor-apply");
  await until(
    "apply's answer",
    () => terminalText(page),
    (t) => t.includes("deployment.apps/yaml-app created"),
  );
  await until(
    "one yaml-app pod Running",
    () => chipsOnNodes(page, "yaml-app-", "Running"),
    (n) => n === 1,
    45_000,
  );

  await typeCommand(page, "kubectl edit deployment yaml-app");
  await until(
    "the object in the editor",
    () => page.inputValue("#editor"),
    (v) => v.includes("name: yaml-app") && v.includes("replicas: 1") && v.includes("resourceVersion"),
  );
  expect(await page.locator(".editor-panel h2").textContent()).toContain("editing deployment/yaml-app");
  const edited = (await page.inputValue("#editor")).replace(/^( {2}replicas:) 1$/m, "$1 2");
  await page.fill("#editor", edited);
  await screenshot(page, "editor-panel");
  await page.click("#editor-apply");
  await until(
    "apply's answer to the edit",
    () => terminalText(page),
    (t) => t.includes("deployment.apps/yaml-app configured"),
  );
  await until(
    "two yaml-app pods Running",
    () => chipsOnNodes(page, "yaml-app-", "Running"),
    (n) => n === 2,
    45_000,
  );

  // Multi-line text pasted into the terminal goes to the editor, not line by line to the cluster.
  await page.evaluate(
    (text) =>
      (
        window as unknown as { kubeplay: { shell: { term: { paste(t: string): void } } } }
      ).kubeplay.shell.term.paste(text),
    "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: pasted\ndata:\n  a: b\n",
  );
  await until(
    "the pasted text in the editor",
    () => page.inputValue("#editor"),
    (v) => v.startsWith("apiVersion: v1\nkind: ConfigMap"),
  );
  expect(await terminalText(page)).toContain("Multi-line text went to the editor panel");
  await typeCommand(page, "kubectl apply -f -");
  await until(
    "the pasted ConfigMap applied",
    () => terminalText(page),
    (t) => t.includes("configmap/pasted created"),
  );
  await page.context().close();
});

test("follow mirrors what another participant looks at: their panel and the pod they opened", async () => {
  const { name, tokens } = await createCluster(base, "follow");
  const headers = authHeaders(tokens.owner);
  expect(
    (
      await fetch(`${base}/clusters/${name}/apis/apps/v1/namespaces/default/deployments`, {
        method: "POST",
        headers,
        body: JSON.stringify(deployment("lead", 2)),
      })
    ).status,
  ).toBe(201);
  const ada = await openCluster(browser, base, name, tokens.owner, "Ada");
  const bob = await openCluster(browser, base, name, tokens.viewer, "Bob");
  await until(
    "Ada in Bob's follow list",
    () => bob.locator("#follow option").allTextContents(),
    (names) => names.includes("Ada"),
  );
  await bob.selectOption("#follow", { label: "Ada" });

  await ada.click("#tab-events");
  await until(
    "Bob's events panel shown",
    () => bob.locator("#panel-events").isVisible(),
    (v) => v,
  );
  expect(await bob.locator("#tab-events").getAttribute("aria-selected")).toBe("true");

  await until(
    "two lead pods Running on Ada's page",
    () => chipsOnNodes(ada, "lead-", "Running"),
    (n) => n === 2,
    45_000,
  );
  const chip = ada.locator('.node-card .chip[data-pod^="default/lead-"]').first();
  const pod = (await chip.getAttribute("data-pod")) ?? "";
  await chip.click();
  await until(
    "the pod's story open on Bob's page",
    () => bob.locator("dialog.pod-story[open] h2").first().textContent(),
    (t) => t === `pod/${pod.slice("default/".length)}`,
  );
  await screenshot(bob, "follow");
  await ada.keyboard.press("Escape");
  await until(
    "the story closed on Bob's page too",
    () => bob.locator("dialog.pod-story[open]").count(),
    (n) => n === 0,
  );
  // Bob takes another name: everyone sees it at once.
  bob.once("dialog", (dialog) => void dialog.accept("Robert"));
  await bob.click("#rename");
  await until(
    "the new name on Ada's page",
    () => ada.locator(".avatars").textContent(),
    (t) => (t ?? "").includes("Robert") && !(t ?? "").includes("Bob"),
  );
  // The event stream Bob was shown tells the pods' lives.
  await until(
    "scheduling and start events in Bob's event stream",
    () => bob.locator("#panel-events").textContent(),
    (t) => (t ?? "").includes("Scheduled") && (t ?? "").includes("Started"),
  );
  // Unfollowed, Bob's page is his own again.
  await bob.selectOption("#follow", { value: "" });
  await typeCommand(ada, "kubectl expose deployment lead --port=80");
  await ada.click("#tab-services");
  await until(
    "service/lead with its two ready endpoints on Ada's page",
    () => ada.locator("#panel-services li.svc").textContent(),
    (t) => (t ?? "").includes("service/lead") && ((t ?? "").match(/✓ 10\./g) ?? []).length === 2,
  );
  await new Promise((r) => setTimeout(r, 800));
  expect(await bob.locator("#tab-events").getAttribute("aria-selected")).toBe("true");
  await ada.context().close();
  await bob.context().close();
});

test("keyboard only, in a narrow window: reach a pod, open its story, use the terminal; status is never colour alone", async () => {
  const { name, tokens } = await createCluster(base, "keys");
  const headers = authHeaders(tokens.owner);
  expect(
    (
      await fetch(`${base}/clusters/${name}/apis/apps/v1/namespaces/default/deployments`, {
        method: "POST",
        headers,
        body: JSON.stringify(deployment("kb", 2)),
      })
    ).status,
  ).toBe(201);
  const page = await openCluster(browser, base, name, tokens.owner, "Kay");
  await page.setViewportSize({ width: 380, height: 800 });
  await until(
    "two kb pods Running",
    () => chipsOnNodes(page, "kb-", "Running"),
    (n) => n === 2,
    45_000,
  );
  // Nothing sticks out sideways, even while control-plane messages fly.
  await page.evaluate(() => window.scrollTo(0, 0));
  for (let i = 0; i < 5; i++) {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await new Promise((r) => setTimeout(r, 100));
  }

  // Tab through the page from the top until a pod chip has the focus, then open it with Enter.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  let focused = "";
  for (let i = 0; i < 60 && !focused.startsWith("default/kb-"); i++) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => document.activeElement?.getAttribute("data-pod") ?? "");
  }
  expect(focused).toMatch(/^default\/kb-/);
  const label = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
  expect(label).toMatch(/^pod kb-.*: Running, 1\/1 ready$/);
  // Status in words and a shape, not only a colour: the text as rendered (CSS could hide it).
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is checked
  const chipText = await page.locator(`.node-card .chip[data-pod="${focused}"]`).innerText();
  expect(chipText).toContain("Running");
  expect(chipText).toContain("●");
  await page.keyboard.press("Enter");
  await page.waitForSelector("dialog.pod-story[open]");
  expect(await page.locator("dialog.pod-story[open] h2").first().textContent()).toBe(
    `pod/${focused.slice("default/".length)}`,
  );
  // Its story says where the scheduler put it and why: one row per node, the chosen one marked.
  await until(
    "the scheduler's decision table",
    () => page.locator("dialog.pod-story[open] table.explain tbody tr").count(),
    (n) => n === 3,
  );
  expect(await page.locator("dialog.pod-story[open] table.explain tr.chosen").count()).toBe(1);
  expect(await page.locator("dialog.pod-story[open]").textContent()).toContain(
    "deployment/kb → replicaset/kb-",
  );
  await screenshot(page, "narrow-pod-story");
  await page.keyboard.press("Escape");
  await until(
    "the story closed",
    () => page.locator("dialog.pod-story[open]").count(),
    (n) => n === 0,
  );

  // On to the terminal by keyboard; type a command; Escape leaves the terminal for the editor.
  let inTerminal = false;
  for (let i = 0; i < 80 && !inTerminal; i++) {
    await page.keyboard.press("Tab");
    inTerminal = await page.evaluate(() => !!document.activeElement?.closest("#terminal"));
  }
  expect(inTerminal).toBe(true);
  await page.keyboard.type("kubectl get deployments", { delay: 5 });
  await page.keyboard.press("Enter");
  await until(
    "the command's output",
    () => terminalText(page),
    (t) => /kb\s+2\/2/.test(t),
  );
  await page.keyboard.press("Escape");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("editor");
  await screenshot(page, "narrow");
  await page.context().close();
});

test("a command typed while the connection is down is refused and never sent after the reconnect", async () => {
  const { name, tokens } = await createCluster(base, "offline");
  const page = await openCluster(browser, base, name, tokens.owner, "Olga");
  await waitForPrompt(page);
  await page.context().setOffline(true);
  await page.evaluate(() =>
    (window as unknown as { kubeplay: { connection: { drop(): void } } }).kubeplay.connection.drop(),
  );
  await until(
    "the page to say it is not connected",
    () => page.locator("#connection").textContent(),
    (t) => !(t ?? "").includes("live"),
  );
  await typeCommand(page, "kubectl create deployment ghost --image=nginx");
  await until(
    "the refusal",
    () => terminalText(page),
    (t) => t.includes("Not connected: the command was not sent"),
  );
  await page.context().setOffline(false);
  await expect.poll(() => page.locator("#connection").textContent(), { timeout: 20_000 }).toContain("live");
  await new Promise((r) => setTimeout(r, 1500));
  const res = await fetch(`${base}/clusters/${name}/apis/apps/v1/namespaces/default/deployments/ghost`, {
    headers: authHeaders(tokens.owner),
  });
  expect(res.status).toBe(404);
  await page.click("#tab-feed");
  expect(await page.locator("#panel-feed").textContent()).not.toContain("ghost");
  await page.context().close();
});

test("a visit without a link to a cluster that needs one says so (no endless reconnecting); the kubeconfig link carries the token", async () => {
  const { name, tokens } = await createCluster(base, "denied");
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${base}/c/${name}`);
  await page.waitForSelector("#denied:not([hidden])", { timeout: 20_000 });
  expect(await page.locator("#connection").textContent()).toContain("no access");
  await context.close();

  const owner = await openCluster(browser, base, name, tokens.owner, "Owen");
  const href = (await owner.getAttribute("#kubeconfig", "href")) ?? "";
  expect(href).toBe(`/clusters/${name}/kubeconfig?token=${encodeURIComponent(tokens.owner ?? "")}`);
  const res = await fetch(`${base}${href}`);
  // The endpoint comes with the kubectl work; once served, it is a kubeconfig for this cluster.
  if (res.status !== 404) {
    expect(res.status).toBe(200);
    const kubeconfig = await res.text();
    expect(kubeconfig).toContain(`/clusters/${name}`);
    expect(kubeconfig).toContain(tokens.owner ?? "");
  }
  await owner.context().close();
});
