/** Link tokens: unguessable, URL-safe, compared without early exit. */
import type { Role } from "./protocol";

export type Tokens = Record<Role, string>;

/** 32 random bytes as base64url (43 characters). */
export function newToken(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function newTokens(): Tokens {
  return { owner: newToken(), editor: newToken(), viewer: newToken() };
}

/** Equality whose time depends only on the lengths. */
export function sameToken(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** The role a token grants, if any. */
export function roleOfToken(tokens: Tokens, token: string): Role | undefined {
  let found: Role | undefined;
  for (const role of ["owner", "editor", "viewer"] as const) if (sameToken(tokens[role], token)) found = role;
  return found;
}

/** The token of a request: `Authorization: Bearer TOKEN`, else `?token=TOKEN`. */
export function tokenOf(request: Request, url: URL): string | undefined {
  const header = request.headers.get("authorization");
  const bearer = header ? /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1] : undefined;
  return bearer ?? url.searchParams.get("token") ?? undefined;
}
