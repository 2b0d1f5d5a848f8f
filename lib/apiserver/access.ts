/**
 * Who is asking: link tokens (kept in the cluster's meta table) and the roles they grant, and the
 * secret the cluster's own components prove themselves with.
 *
 * The rule: a cluster created by `POST /kubeplay/init` gets an owner, an editor and a viewer token
 * and answers 401 to requests without one — unless init asked `{"open": true}`, which keeps the
 * tokens (the owner's still guards reset and links) but lets requests without a token in as
 * editors. A cluster first used without init has no tokens: everyone is an editor, and owner verbs
 * are open to all, there being no owner to protect.
 */

import { COMPONENT_SECRET_HEADER } from "../client/protocol";
import type { Role } from "../session/protocol";
import { newToken, newTokens, roleOfToken, type Tokens } from "../session/tokens";

/** Who makes a request: its role, the user name in refusals, and the author of its writes in `flow`. */
export interface Caller {
  /** `component` for the cluster's own control plane: trusted. */
  role: Role | "component";
  /** As RBAC names users in refusals: `owner`, `editor`, `viewer`. */
  user: string;
  /** `participant/Ada`, `kubectl`, `controller-manager`, `kubelet/node-1`. */
  actor: string;
}

/** Where the tokens are kept: the cluster's meta table. */
export interface MetaStore {
  getMeta(key: string): string | undefined;
  setMeta(key: string, value: string): void;
}

export class AccessControl {
  private tokens: Tokens | undefined;
  private open: boolean;
  private secret: string | undefined;

  constructor(private readonly store: MetaStore) {
    const tokens = store.getMeta("tokens");
    this.tokens = tokens ? (JSON.parse(tokens) as Tokens) : undefined;
    this.open = store.getMeta("open") === "true";
    this.secret = store.getMeta("component-secret");
  }

  /** Whether requests without a token get in (as editors). */
  get isOpen(): boolean {
    return this.open || this.tokens === undefined;
  }

  get hasTokens(): boolean {
    return this.tokens !== undefined;
  }

  /** Creates the cluster's tokens (at init). */
  issue(open: boolean): Tokens {
    this.tokens = newTokens();
    this.open = open;
    this.store.setMeta("tokens", JSON.stringify(this.tokens));
    this.store.setMeta("open", String(open));
    return { ...this.tokens };
  }

  links(): Tokens | undefined {
    return this.tokens ? { ...this.tokens } : undefined;
  }

  /** Replaces the editor or viewer token; the old one stops working at once. */
  revoke(role: "editor" | "viewer"): Tokens {
    if (!this.tokens) throw new Error("this cluster has no links");
    this.tokens = { ...this.tokens, [role]: newToken() };
    this.store.setMeta("tokens", JSON.stringify(this.tokens));
    return { ...this.tokens };
  }

  /** The role of a request carrying `token` (or none); undefined means 401 Unauthorized. */
  roleOf(token: string | undefined): Role | undefined {
    if (!this.tokens) return "editor";
    if (token === undefined || token === "") return this.open ? "editor" : undefined;
    return roleOfToken(this.tokens, token);
  }

  /** Whether `role` may use the owner's verbs (reset, links). */
  mayOwn(role: Caller["role"]): boolean {
    return role === "owner" || (this.tokens === undefined && role === "editor");
  }

  /** The secret handed to the cluster's components when started, created on first need. */
  componentSecret(): string {
    if (!this.secret) {
      this.secret = newToken();
      this.store.setMeta("component-secret", this.secret);
    }
    return this.secret;
  }

  /** Whether a socket request comes from one of the cluster's own components. */
  isComponentRequest(request: Request): boolean {
    const given = request.headers.get(COMPONENT_SECRET_HEADER);
    return given !== null && given === this.componentSecret();
  }
}

/** A caller from a role and who it is. */
export function callerOf(role: Role, actor: string): Caller {
  return { role, user: role, actor };
}

/** One of the cluster's own components (`scheduler`, `kubelet/node-1`): trusted. */
export function componentCaller(component: string): Caller {
  return { role: "component", user: `system:${component}`, actor: component };
}
