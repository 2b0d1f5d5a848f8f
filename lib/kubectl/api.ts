/** kubectl's HTTP calls through `io.fetch`, and its rendering of API errors (cmdutil.CheckErr). */
import { objectAt } from "../k8s/json";
import type { JsonObject, JsonValue, KubeObject } from "../k8s/object";
import { isJsonObject } from "../k8s/object";
import type { KubectlIO } from "./types";

export const TABLE_ACCEPT = "application/json;as=Table;v=v1;g=meta.k8s.io,application/json";

/** An error kubectl prints and exits 1 for; `text` is printed as it is (with `error: ` if plain). */
export class KubectlError extends Error {
  constructor(
    message: string,
    /** Printed as is when true; otherwise prefixed with `error: `. */
    readonly raw = false,
  ) {
    super(message);
  }
}

/** A Status answer of the API server. */
export class ApiStatusError extends Error {
  constructor(
    readonly code: number,
    readonly status: JsonObject,
  ) {
    super(typeof status.message === "string" ? status.message : `the server responded with ${code}`);
  }
  get reason(): string {
    return typeof this.status.reason === "string" ? this.status.reason : "";
  }
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  contentType?: string;
  accept?: string;
  query?: Record<string, string | undefined>;
}

/** The texts of the 299 warnings in a `Warning` header (RFC 7234: `299 - "text"`, comma-separated). */
export function parseWarnings(header: string | null): string[] {
  if (!header) return [];
  const out: string[] = [];
  for (const m of header.matchAll(/(\d{3}) \S+ "((?:[^"\\]|\\.)*)"/g)) {
    if (m[1] === "299") out.push(m[2]!.replace(/\\(.)/g, "$1"));
  }
  return out;
}

export class Api {
  constructor(private readonly io: KubectlIO) {}

  async raw(path: string, options: RequestOptions = {}): Promise<Response> {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(options.query ?? {}))
      if (v !== undefined && v !== "") query.set(k, v);
    const qs = query.toString();
    const headers: Record<string, string> = { accept: options.accept ?? "application/json" };
    const init: RequestInit = { method: options.method ?? "GET", headers, signal: this.io.signal };
    if (options.body !== undefined) {
      init.body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
      headers["content-type"] = options.contentType ?? "application/json";
    }
    const res = await this.io.fetch(qs ? `${path}?${qs}` : path, init);
    this.printWarnings(res.headers.get("warning"));
    return res;
  }

  private readonly warned = new Set<string>();

  /** The server's warnings (`Warning: 299 - "..."` headers), on stderr once each, as kubectl prints them. */
  private printWarnings(header: string | null): void {
    for (const text of parseWarnings(header)) {
      if (this.warned.has(text)) continue;
      this.warned.add(text);
      this.io.write(`Warning: ${text}\n`, "stderr");
    }
  }

  /** A JSON answer; a non-2xx answer throws ApiStatusError. */
  async json(path: string, options: RequestOptions = {}): Promise<JsonObject> {
    const res = await this.raw(path, options);
    const text = await res.text();
    let body: unknown;
    try {
      body = text === "" ? {} : JSON.parse(text);
    } catch {
      body = undefined;
    }
    if (res.status < 200 || res.status > 299) {
      if (isJsonObject(body) && body.kind === "Status") throw new ApiStatusError(res.status, body);
      throw new ApiStatusError(res.status, {
        kind: "Status",
        status: "Failure",
        code: res.status,
        reason: reasonForCode(res.status),
        message: unknownErrorMessage(res.status, text),
      });
    }
    if (!isJsonObject(body))
      throw new KubectlError(`the server answered ${path} with something that is not JSON`);
    return body;
  }

  async object(path: string, options: RequestOptions = {}): Promise<KubeObject> {
    return (await this.json(path, options)) as unknown as KubeObject;
  }
}

function reasonForCode(code: number): string {
  const reasons: Record<number, string> = {
    400: "BadRequest",
    401: "Unauthorized",
    403: "Forbidden",
    404: "NotFound",
    405: "MethodNotAllowed",
    409: "Conflict",
    410: "Gone",
    413: "RequestEntityTooLarge",
    415: "UnsupportedMediaType",
    422: "Invalid",
    429: "TooManyRequests",
    500: "InternalError",
    503: "ServiceUnavailable",
    504: "Timeout",
  };
  return reasons[code] ?? "";
}

function unknownErrorMessage(code: number, text: string): string {
  if (code === 404) return "the server could not find the requested resource";
  const trimmed = text.trim().slice(0, 200);
  return trimmed
    ? `an error on the server ("${trimmed}") has prevented the request from succeeding`
    : `unknown (${code})`;
}

/** The text kubectl prints for an error, as cmdutil.CheckErr does. */
export function errorText(error: unknown): string {
  if (error instanceof ApiStatusError) return statusText(error);
  if (error instanceof KubectlError) return error.raw ? error.message : `error: ${error.message}`;
  if (error instanceof Error && error.name === "AbortError") return "";
  return `error: ${error instanceof Error ? error.message : String(error)}`;
}

function statusText(error: ApiStatusError): string {
  const s = error.status;
  const details = objectAt(s.details);
  if (error.reason === "Invalid") {
    const kind = typeof details.kind === "string" ? details.kind : "";
    const name = typeof details.name === "string" ? details.name : "";
    const causes = Array.isArray(details.causes) ? details.causes.filter(isJsonObject) : [];
    if (kind && causes.length > 0) {
      const lines = causes.map((c) => {
        const field = typeof c.field === "string" && c.field ? `${c.field}: ` : "";
        return `${field}${String(c.message ?? "")}`;
      });
      const title = `The ${capitalKind(kind)} "${name}" is invalid: `;
      return lines.length === 1
        ? `${title}${lines[0]}`
        : `${title}\n${lines.map((l) => `* ${l}`).join("\n")}`;
    }
  }
  const reason = error.reason && error.reason !== "Unknown" ? ` (${error.reason})` : "";
  return `Error from server${reason}: ${error.message}`;
}

/** Invalid errors carry the resource's kind in details ("Deployment" or "deployments"). */
function capitalKind(kind: string): string {
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}

export function str(v: JsonValue | undefined): string {
  return typeof v === "string" ? v : v === undefined || v === null ? "" : String(v);
}
