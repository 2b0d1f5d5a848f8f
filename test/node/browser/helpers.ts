/**
 * Browser test helpers: Debian's Chromium driven by playwright-core (never a downloaded browser),
 * clusters created over HTTP, pages opened on them, the terminal typed into like a person does.
 */
import { type Browser, chromium, type Page } from "playwright-core";
import { expect } from "vitest";

/** Debian's Chromium (`.ci/run` installs it). */
export const CHROMIUM = "/usr/bin/chromium";

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox"] });
}

export interface Tokens {
  owner?: string;
  editor?: string;
  viewer?: string;
}

/** Creates a cluster the way the landing page does; answers its name and links' tokens. */
export async function createCluster(base: string, prefix = "web"): Promise<{ name: string; tokens: Tokens }> {
  const name = `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const res = await fetch(`${base}/clusters/${name}/kubeplay/init`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { tokens?: Tokens };
  return { name, tokens: body.tokens ?? {} };
}

/** Opens a cluster's page as a named participant. */
export async function openCluster(
  browser: Browser,
  base: string,
  name: string,
  token: string | undefined,
  who: string,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 950 } });
  await context.addInitScript(
    (identity) => {
      localStorage.setItem("kubeplay.identity", identity);
    },
    JSON.stringify({ name: who, color: "#3f51b5" }),
  );
  const page = await context.newPage();
  page.on("pageerror", (e) => console.error(`[${who}] page error: ${e.message}`));
  await page.goto(`${base}/c/${name}${token ? `?token=${encodeURIComponent(token)}` : ""}`);
  await page.waitForSelector(".node-card", { timeout: 20_000 });
  return page;
}

/** Types a line into the terminal and presses Enter. */
export async function typeCommand(page: Page, line: string): Promise<void> {
  await page.click("#terminal .xterm");
  await page.keyboard.type(line, { delay: 5 });
  await page.keyboard.press("Enter");
}

/** The text the terminal shows (its buffer, as xterm keeps it). */
export function terminalText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const shell = (
      window as unknown as {
        kubeplay?: {
          shell?: {
            term: {
              buffer: {
                active: {
                  length: number;
                  getLine(i: number): { translateToString(trim: boolean): string } | undefined;
                };
              };
            };
          };
        };
      }
    ).kubeplay?.shell;
    const buffer = shell?.term.buffer.active;
    if (!buffer) return "";
    const lines: string[] = [];
    for (let i = 0; i < buffer.length; i++) lines.push(buffer.getLine(i)?.translateToString(true) ?? "");
    return lines.join("\n");
  });
}

/** How many pod chips on the node cards show a status, for pods whose names start with a prefix. */
export function chipsOnNodes(page: Page, prefix: string, status: string): Promise<number> {
  return page.locator(`.node-card .chip[data-pod^="default/${prefix}"][data-status="${status}"]`).count();
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = `test-results/screenshots/${name}.png`;
  await page.screenshot({ path }); // playwright creates the folder
  return path;
}

export async function until<T>(
  what: string,
  probe: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T;
  for (;;) {
    last = await probe();
    if (ok(last)) return last;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export function deployment(name: string, replicas: number): unknown {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          containers: [
            { name: "web", image: "nginx", resources: { requests: { cpu: "50m", memory: "64Mi" } } },
          ],
        },
      },
    },
  };
}

export function authHeaders(token: string | undefined): Record<string, string> {
  return { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) };
}
