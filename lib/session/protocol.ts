/**
 * The session protocol: what a participant (a browser) and the cluster say to each other over the
 * cluster WebSocket, beside the watch/call messages of lib/client/protocol.ts which they also use.
 *
 * A participant connects to `/clusters/NAME/ws?token=TOKEN` (the token is optional where the
 * cluster has none, as in local development) and says hello first:
 *
 * Participant → cluster:
 *   {"op":"hello","name":"Ada","color":"#e91e63"}
 *   {"op":"command","id":"c1","command":"get pods -o wide","stdin":"...optional..."}
 *   {"op":"cancel","id":"c1"}                                   (Ctrl-C: stops a -w)
 *   {"op":"presence","typing":true,"view":{"selected":"pod/default/my-app-x"}}
 * Cluster → participant:
 *   {"op":"welcome","you":Participant,"participants":[...],"feed":[FeedEntry...]}
 *   {"op":"presence","participants":[Participant...]}         (on every join, leave, typing change)
 *   {"op":"output","id":"c1","text":"...","stream":"stdout"}   (to the runner only, as it prints)
 *   {"op":"done","id":"c1","exitCode":0}
 *   {"op":"feed","entry":FeedEntry}                            (to everyone, once a command ends)
 *   {"op":"flow","steps":[FlowStep...]}                        (to everyone: the control plane at work)
 *   {"op":"error","message":"..."}                             (a message that could not be taken)
 *
 * A refused command gets `{"op":"error","message":"...","id":"c1"}` then `{"op":"done","id":"c1",
 * "exitCode":1}` and no feed entry (one command at a time, rate limits, a line over 64 KiB, no
 * hello yet). A cancelled command ends with exit code 130. Presence goes out at most every 20 ms.
 * A FlowStep with `count`/`note` is a summary standing for steps left out (over 200 steps/s).
 *
 * Clusters, roles and links (HTTP):
 *   POST /clusters/NAME/kubeplay/init  {components?, nodes?, settings?, open?}
 *     creates the cluster; its creator is the owner and gets
 *     {"name":"NAME","open":false,"tokens":{"owner":"...","editor":"...","viewer":"..."}, ...}.
 *   GET  /clusters/NAME/kubeplay/links → {"tokens":{...}}              (owner only)
 *   POST /clusters/NAME/kubeplay/links {"revoke":"editor"|"viewer"}   (owner only) → {"tokens":{...}}
 *     replaces that link's token; sockets that joined with the old one are closed (code 4001).
 *   POST /clusters/NAME/kubeplay/reset → {"reset":true,"message":"..."}  (owner only)
 *   GET  /clusters/NAME/kubeplay/flow → {"steps":[FlowStep...],"dropped":0,"text":"..."}
 *   POST /clusters/NAME/kubectl {"command":"get pods","stdin"?:"..."} → {"output":"...","exitCode":0}
 *     (400 for a bad body, 413 for a line over 64 KiB, 429 when commands come too fast)
 * A token rides as `Authorization: Bearer TOKEN` (kubectl, scripts) or `?token=TOKEN` (sockets,
 * links). Its role decides what the API server allows: a viewer's writes answer 403 Forbidden;
 * editors may also use the node, fault and speed verbs; only the owner resets and manages links.
 * A missing token on a cluster that needs one, or an unknown (revoked) token, answers 401
 * Unauthorized (HTTP, and the socket upgrade itself).
 *
 * Open and tokened clusters: a cluster created by init needs a token, unless init said
 * `"open": true` — then requests without a token are editors, while tokens keep their roles (the
 * owner's still guards reset and links). A cluster first used without init (local development, a
 * bare `kubectl --server`) has no tokens: everyone is an editor there, owner verbs included.
 */

export type Role = "owner" | "editor" | "viewer";

export interface Participant {
  id: string;
  name: string;
  color: string;
  role: Role;
  typing: boolean;
  /** What the participant looks at, for "follow": free-form, set by the web client. */
  view?: Record<string, string>;
}

/** One command in the shared feed: who ran what and what it printed. */
export interface FeedEntry {
  seq: number;
  participant: { id: string; name: string; color: string };
  command: string;
  output: string;
  exitCode: number;
  /** When it started, ms since the epoch. */
  at: number;
}

/**
 * One step of the control plane at work: a write (who wrote what, at which revision) or the
 * delivery of its watch event to a component. The web client animates these; `flow` prints them.
 */
export interface FlowStep {
  revision: number;
  /** `write` by `from` to the API server; `watch` from the API server to `to`. */
  kind: "write" | "watch";
  /** `participant/Ada`, `kubectl`, `controller-manager`, `scheduler`, `kubelet/node-1`, `apiserver`. */
  from: string;
  to: string;
  /** create, update, patch, delete, bind, status (for writes); ADDED, MODIFIED, DELETED (for watches). */
  verb: string;
  resource: string;
  namespace?: string;
  name: string;
  at: number;
  /** A summary step standing for `count` steps not sent (over the rate bound): `note` says so. */
  count?: number;
  note?: string;
}

export interface HelloMessage {
  op: "hello";
  name?: string;
  color?: string;
}
export interface CommandMessage {
  op: "command";
  id: string;
  command: string;
  stdin?: string;
}
export interface CancelMessage {
  op: "cancel";
  id: string;
}
export interface PresenceUpdate {
  op: "presence";
  typing?: boolean;
  view?: Record<string, string>;
}
export type SessionClientMessage = HelloMessage | CommandMessage | CancelMessage | PresenceUpdate;

export interface WelcomeMessage {
  op: "welcome";
  you: Participant;
  participants: Participant[];
  feed: FeedEntry[];
}
export interface PresenceMessage {
  op: "presence";
  participants: Participant[];
}
export interface OutputMessage {
  op: "output";
  id: string;
  text: string;
  stream: "stdout" | "stderr";
}
export interface DoneMessage {
  op: "done";
  id: string;
  exitCode: number;
}
export interface FeedMessage {
  op: "feed";
  entry: FeedEntry;
}
export interface FlowMessage {
  op: "flow";
  steps: FlowStep[];
}
export interface SessionErrorMessage {
  op: "error";
  message: string;
  /** The command it refuses, when it refuses one (a `done` with exit code 1 follows). */
  id?: string;
}
export type SessionServerMessage =
  | WelcomeMessage
  | PresenceMessage
  | OutputMessage
  | DoneMessage
  | FeedMessage
  | FlowMessage
  | SessionErrorMessage;
