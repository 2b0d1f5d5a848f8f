/**
 * The participants of a session: display names and colours made safe, and the registry of who is
 * here, who is typing and what each one looks at. Pure; the cluster keeps identities in its socket
 * attachments so they survive hibernation.
 */
import type { Participant, Role } from "./protocol";

/** Colours handed out to participants who bring none, in order of arrival. */
export const PALETTE = [
  "#e91e63",
  "#3f51b5",
  "#009688",
  "#ff9800",
  "#9c27b0",
  "#4caf50",
  "#f44336",
  "#00bcd4",
  "#795548",
  "#607d8b",
];

export const MAX_NAME_LENGTH = 32;
const MAX_VIEW_KEYS = 8;
const MAX_VIEW_KEY_LENGTH = 64;
const MAX_VIEW_VALUE_LENGTH = 256;

/** Control, format (bidi overrides, zero-width) and line/paragraph separator characters. */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** A display name: no control characters, single spaces, at most 32 characters; `fallback` if empty. */
export function sanitizeName(raw: unknown, fallback: string): string {
  if (typeof raw !== "string") return fallback;
  const cleaned = raw.replace(UNSAFE, "").replace(/\s+/g, " ").trim();
  const chars = [...cleaned].slice(0, MAX_NAME_LENGTH).join("").trim();
  return chars === "" ? fallback : chars;
}

/** A colour as `#rrggbb`; anything else gets the palette's colour for `index`. */
export function sanitizeColor(raw: unknown, index: number): string {
  if (typeof raw === "string" && /^#[0-9a-fA-F]{6}$/.test(raw)) return raw.toLowerCase();
  return PALETTE[((index % PALETTE.length) + PALETTE.length) % PALETTE.length]!;
}

/** What a participant looks at: a few short string pairs, or undefined when it is not that. */
export function sanitizeView(raw: unknown): Record<string, string> | undefined {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return undefined;
  const view: Record<string, string> = {};
  let n = 0;
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value !== "string" || n >= MAX_VIEW_KEYS) continue;
    view[key.replace(UNSAFE, "").slice(0, MAX_VIEW_KEY_LENGTH)] = value
      .replace(UNSAFE, "")
      .slice(0, MAX_VIEW_VALUE_LENGTH);
    n++;
  }
  return view;
}

/** Who a participant is, as kept in its socket's attachment. */
export interface ParticipantIdentity {
  id: string;
  name: string;
  color: string;
  role: Role;
}

/** The participants present, in order of arrival. */
export class ParticipantRegistry {
  private readonly byId = new Map<string, Participant>();
  /** Counts arrivals, to hand out palette colours in turn. */
  private arrivals = 0;

  get size(): number {
    return this.byId.size;
  }

  /** A new participant from its hello: name and colour made safe. */
  join(id: string, role: Role, hello: { name?: unknown; color?: unknown }): Participant {
    const index = this.arrivals++;
    const participant: Participant = {
      id,
      name: sanitizeName(hello.name, `guest-${id.slice(0, 4)}`),
      color: sanitizeColor(hello.color, index),
      role,
      typing: false,
    };
    this.byId.set(id, participant);
    return participant;
  }

  /** Takes back a participant known from before a hibernation. */
  restore(identity: ParticipantIdentity): Participant {
    const participant: Participant = { ...identity, typing: false };
    this.byId.set(identity.id, participant);
    this.arrivals++;
    return participant;
  }

  leave(id: string): boolean {
    return this.byId.delete(id);
  }

  get(id: string): Participant | undefined {
    return this.byId.get(id);
  }

  /** Applies a presence update; true when something visible changed. */
  update(id: string, update: { typing?: unknown; view?: unknown }): boolean {
    const p = this.byId.get(id);
    if (!p) return false;
    let changed = false;
    if (typeof update.typing === "boolean" && update.typing !== p.typing) {
      p.typing = update.typing;
      changed = true;
    }
    if (update.view !== undefined) {
      const view = sanitizeView(update.view);
      if (JSON.stringify(view) !== JSON.stringify(p.view)) {
        if (view) p.view = view;
        else delete p.view;
        changed = true;
      }
    }
    return changed;
  }

  list(): Participant[] {
    return [...this.byId.values()].map((p) => ({ ...p, ...(p.view ? { view: { ...p.view } } : {}) }));
  }
}

export function identityOf(p: Participant): ParticipantIdentity {
  return { id: p.id, name: p.name, color: p.color, role: p.role };
}
