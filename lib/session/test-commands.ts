/**
 * Commands for tests of the session plumbing, independent of what kubectl can do: only when the
 * Worker runs under the test configuration (`KUBEPLAY_TEST`), lines starting `kubeplay-test` run
 * here with the same KubectlIO a kubectl command gets.
 *
 *   kubeplay-test sleep MS             waits (exit 0), or stops when cancelled (exit 130)
 *   kubeplay-test fetch METHOD PATH    one request through io.fetch (stdin is the body); prints
 *                                      the status code and body; exit 0 below 400, else 1
 *   kubeplay-test watch PATH           streams `?watch=true` through io.fetch until cancelled
 *   kubeplay-test print N              prints N characters
 *   kubeplay-test verb NAME ARGS...    a playground verb (addNode NAME, setSpeed N, flow, reset, ...)
 */
import type { KubectlIO } from "../kubectl/types";

export const TEST_PREFIX = "kubeplay-test ";

export async function runTestCommand(line: string, io: KubectlIO): Promise<number> {
  const [, command = "", ...args] = line.trim().split(/\s+/);
  switch (command) {
    case "sleep":
      return (await sleep(Number(args[0] ?? 0), io.signal)) ? 0 : 130;
    case "fetch": {
      const [method = "GET", path = "/"] = args;
      const res = await io.fetch(path, {
        method,
        ...(io.stdin !== undefined
          ? { body: io.stdin, headers: { "content-type": "application/json" } }
          : {}),
      });
      io.write(`${res.status} ${await res.text()}\n`);
      return res.status < 400 ? 0 : 1;
    }
    case "watch": {
      const res = await io.fetch(`${args[0] ?? "/"}?watch=true`, { signal: io.signal });
      const reader = res.body!.getReader();
      const decoder = new TextDecoder();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          io.write(decoder.decode(value, { stream: true }));
        }
      } catch {
        // cancelled
      }
      return io.signal.aborted ? 130 : 0;
    }
    case "print":
      io.write("x".repeat(Number(args[0] ?? 0)));
      return 0;
    case "verb": {
      const verbs = io.playground!;
      const [name = "", ...rest] = args;
      try {
        const text = await callVerb(verbs, name, rest);
        io.write(text);
        return 0;
      } catch (error) {
        io.write(`error: ${error instanceof Error ? error.message : String(error)}\n`, "stderr");
        return 1;
      }
    }
    default:
      io.write(`unknown test command ${JSON.stringify(command)}\n`, "stderr");
      return 1;
  }
}

function callVerb(v: NonNullable<KubectlIO["playground"]>, name: string, args: string[]): Promise<string> {
  switch (name) {
    case "addNode":
      return v.addNode({ name: args[0] });
    case "removeNode":
      return v.removeNode(args[0] ?? "");
    case "stopNode":
      return v.stopNode(args[0] ?? "");
    case "startNode":
      return v.startNode(args[0] ?? "");
    case "killContainer":
      return v.killContainer(args[0] ?? "default", args[1] ?? "", args[2]);
    case "crashComponent":
      return v.crashComponent(args[0] ?? "");
    case "setSpeed":
      return v.setSpeed(Number(args[0]));
    case "reset":
      return v.reset();
    case "flow":
      return v.flow();
    default:
      return Promise.reject(new Error(`unknown verb ${name}`));
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const timer = setTimeout(() => resolve(true), ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve(false);
    });
  });
}
