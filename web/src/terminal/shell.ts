/**
 * The terminal: xterm.js with a line editor (history on ↑/↓, Ctrl-A/E/U/W), tab completion from
 * the live cache, Ctrl-C (copies a selection, else cancels a running command such as a `-w`),
 * paste (multi-line text goes to the editor panel), and commands run through the session socket.
 * A command is sent once, only while connected; nothing typed offline is ever sent later.
 * Viewers get no prompt.
 */
import { FitAddon } from "@xterm/addon-fit";
import { Terminal } from "@xterm/xterm";
import type { Role } from "../../../lib/session/protocol";
import type { Connection } from "../net/connection";
import type { Session } from "../net/session";
import { commonPrefix, complete, isMutating, KINDS, type NameSource } from "./completion";
import type { EditorPanel } from "./editor-panel";
import { LineEditor } from "./line-editor";

const RED = "\x1b[31m";
const DIM = "\x1b[2m";
const GREEN = "\x1b[32m";
const RESET = "\x1b[0m";
const HISTORY_KEY = "kubeplay.history";

export interface ShellDeps {
  session: Session;
  connection: Connection;
  names: NameSource;
  editor: EditorPanel;
  /** GET an object as JSON through the cluster socket, for `edit`. */
  fetchObject(resource: string, name: string, namespace: string): Promise<unknown>;
  promptLabel(): string;
}

export class Shell {
  readonly term: Terminal;
  private readonly fit = new FitAddon();
  private readonly editor: LineEditor;
  private role: Role | undefined;
  private running: string | undefined;
  private counter = 0;
  private lastTab = "";
  private typing = false;

  constructor(
    container: HTMLElement,
    private readonly deps: ShellDeps,
  ) {
    this.term = new Terminal({
      fontSize: 13,
      fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace",
      cursorBlink: true,
      scrollback: 5000,
      theme: {
        background: "#0f172a",
        foreground: "#e2e8f0",
        cursor: "#38bdf8",
        selectionBackground: "#334155",
      },
    });
    this.term.loadAddon(this.fit);
    this.term.open(container);
    this.term.textarea?.setAttribute(
      "aria-label",
      "Terminal: type kubectl commands. Escape leaves the terminal.",
    );
    this.fitNow();
    new ResizeObserver(() => this.fitNow()).observe(container);
    let saved: string[] = [];
    try {
      saved = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? "[]") as string[];
    } catch {
      // no history
    }
    this.editor = new LineEditor(Array.isArray(saved) ? saved : []);
    this.term.attachCustomKeyEventHandler((e) => this.key(e));
    this.term.onData((data) => this.data(data));
    this.term.writeln(
      `${DIM}kubeplay — a Kubernetes control plane in Durable Objects. Type ${RESET}help${DIM} for tips.${RESET}`,
    );
    this.term.writeln(`${DIM}Joining the cluster…${RESET}`);
    deps.session.on({
      output: (id, text, stream) => {
        if (id !== this.running) return;
        this.print(text, stream === "stderr" ? RED : "");
      },
      done: (id, exitCode) => {
        if (id !== this.running) return;
        this.running = undefined;
        if (exitCode !== 0) this.term.writeln(`${DIM}(exit ${exitCode})${RESET}`);
        this.prompt();
      },
      error: (message) => {
        this.term.write(`\r\x1b[K${RED}${message}${RESET}\r\n`);
        if (this.running) this.running = undefined;
        this.prompt();
      },
    });
    deps.connection.onClose(() => {
      if (!this.running) return;
      this.running = undefined;
      this.term.write(
        `\r\n${RED}The connection was lost while the command ran: it may or may not have completed. It will not be sent again.${RESET}\r\n`,
      );
      this.prompt();
    });
  }

  /** Whether a command is running (its output still belongs to this participant). */
  get busy(): boolean {
    return this.running !== undefined;
  }

  fitNow(): void {
    try {
      this.fit.fit();
    } catch {
      // hidden: fits on the next resize
    }
  }

  focus(): void {
    this.term.focus();
  }

  /** The role decides the prompt: viewers watch without one. */
  setRole(role: Role): void {
    const first = this.role === undefined;
    this.role = role;
    this.deps.editor.setReadOnly(role === "viewer");
    if (role === "viewer") {
      this.term.writeln(
        `${DIM}You joined as a viewer: you see everything live, but cannot run commands.${RESET}`,
      );
      return;
    }
    if (first) this.prompt();
  }

  /** Runs a command line as if typed (the editor panel's Apply button). */
  runLine(line: string): void {
    if (this.role === "viewer" || this.running) return;
    this.term.write(`\r\x1b[K${this.promptText()}${line}\r\n`);
    this.execute(line);
  }

  private key(e: KeyboardEvent): boolean {
    if (e.type !== "keydown") return true;
    if (e.key === "Escape") {
      this.term.blur();
      (document.getElementById("editor") as HTMLElement | null)?.focus();
      return false;
    }
    // Ctrl-C (and Ctrl-Shift-C, as in desktop terminals) with a selection copies it.
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "c" && this.term.hasSelection()) {
      void navigator.clipboard?.writeText(this.term.getSelection()).catch(() => {});
      return false;
    }
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "v") return true; // the browser pastes; onData gets it
    return true;
  }

  private data(data: string): void {
    if (data === "\x03") {
      this.interrupt();
      return;
    }
    if (this.role === undefined || this.role === "viewer" || this.running) return;
    if (data.length > 1 && /[\r\n]/.test(data.replace(/[\r\n]+$/, ""))) {
      this.deps.editor.set(data.replace(/\r\n?/g, "\n"), "pasted text");
      this.term.write(
        `\r\n${DIM}Multi-line text went to the editor panel: run kubectl apply -f - to apply it.${RESET}\r\n`,
      );
      this.redraw();
      return;
    }
    const e = this.editor;
    switch (data) {
      case "\r": {
        this.enter();
        return;
      }
      case "\x7f":
      case "\b":
        e.backspace();
        break;
      case "\x1b[3~":
        e.deleteForward();
        break;
      case "\x1b[D":
        e.left();
        break;
      case "\x1b[C":
        e.right();
        break;
      case "\x1b[A":
        e.up();
        break;
      case "\x1b[B":
        e.down();
        break;
      case "\x1b[H":
      case "\x01":
        e.home();
        break;
      case "\x1b[F":
      case "\x05":
        e.end();
        break;
      case "\x15":
        e.killBefore();
        break;
      case "\x17":
        e.killWord();
        break;
      case "\x0c":
        this.term.clear();
        break;
      case "\t":
        this.tab();
        break;
      default:
        if (data.startsWith("\x1b")) return;
        e.insert([...data.replace(/[\r\n]+/g, " ")].filter((c) => c >= " ").join(""));
    }
    if (data !== "\t") this.lastTab = "";
    this.redraw();
    this.setTyping(e.line.length > 0);
  }

  private tab(): void {
    const before = this.editor.line.slice(0, this.editor.cursor);
    const { start, candidates } = complete(before, this.deps.names);
    if (candidates.length === 0) return;
    const word = before.slice(start);
    if (candidates.length === 1) {
      const done = candidates[0]!;
      this.editor.insert(done.slice(word.length) + (done.endsWith("=") || done.endsWith("/") ? "" : " "));
      return;
    }
    const prefix = commonPrefix(candidates);
    if (prefix.length > word.length) {
      this.editor.insert(prefix.slice(word.length));
      return;
    }
    if (this.lastTab === before) {
      this.term.write(`\r\n${candidates.slice(0, 60).join("  ")}${candidates.length > 60 ? " …" : ""}\r\n`);
    }
    this.lastTab = before;
  }

  private interrupt(): void {
    if (this.running) {
      const id = this.running;
      if (!this.deps.session.trySend({ op: "cancel", id }))
        this.term.write(`${RED} (not connected: cannot cancel)${RESET}`);
      // On its own line: the prompt that follows the command's end clears the line it starts on.
      this.term.write("^C\r\n");
      return;
    }
    if (this.role === undefined || this.role === "viewer") return;
    this.term.write("^C\r\n");
    this.editor.set("");
    this.setTyping(false);
    this.prompt();
  }

  private enter(): void {
    const line = this.editor.submit().trim();
    this.term.write("\r\n");
    this.setTyping(false);
    try {
      localStorage.setItem(HISTORY_KEY, JSON.stringify(this.editor.history));
    } catch {
      // private mode
    }
    if (!line) {
      this.prompt();
      return;
    }
    this.execute(line);
  }

  private execute(line: string): void {
    if (line === "clear") {
      this.term.clear();
      this.prompt();
      return;
    }
    if (line === "help") {
      this.help();
      this.prompt();
      return;
    }
    if (!this.deps.connection.open) {
      this.term.writeln(
        `${RED}Not connected: the command was not sent${isMutating(line) ? " (nothing is queued and replayed later)" : ""}. Press ↑ and Enter to try again once the indicator shows "live".${RESET}`,
      );
      this.prompt();
      return;
    }
    const words = line.split(/\s+/);
    if (words[0] === "kubectl" || words[0] === "k") words.shift();
    if (words[0] === "edit" && words.length >= 2) {
      void this.edit(words.slice(1));
      return;
    }
    let stdin: string | undefined;
    if (/(^|\s)(-f|--filename)(\s+|=)-(\s|$)/.test(line)) {
      stdin = this.deps.editor.value;
      if (!stdin.trim()) {
        this.term.writeln(
          `${RED}The editor panel is empty: paste the YAML there first (it is what -f - reads).${RESET}`,
        );
        this.prompt();
        return;
      }
      this.term.writeln(
        `${DIM}(stdin: the editor panel, ${stdin.trimEnd().split("\n").length} lines)${RESET}`,
      );
    }
    const id = `c${++this.counter}-${Math.random().toString(36).slice(2, 8)}`;
    this.running = id;
    if (
      !this.deps.session.trySend({
        op: "command",
        id,
        command: line,
        ...(stdin !== undefined ? { stdin } : {}),
      })
    ) {
      this.running = undefined;
      this.term.writeln(`${RED}Not connected: the command was not sent.${RESET}`);
      this.prompt();
    }
  }

  /** `edit KIND NAME` / `edit KIND/NAME`: the object opens in the editor panel, to change and apply. */
  private async edit(args: string[]): Promise<void> {
    const positional = args.filter((a) => !a.startsWith("-"));
    const nsFlag = args.findIndex((a) => a === "-n" || a === "--namespace");
    const namespace = nsFlag >= 0 ? (args[nsFlag + 1] ?? "default") : "default";
    let [kind = "", name = ""] = positional;
    if (kind.includes("/")) [kind = "", name = ""] = kind.split("/");
    const resource = KINDS[kind];
    if (!resource || !name) {
      this.term.writeln(`${RED}usage: kubectl edit KIND NAME (e.g. kubectl edit deployment my-app)${RESET}`);
      this.prompt();
      return;
    }
    try {
      const obj = (await this.deps.fetchObject(resource, name, namespace)) as {
        metadata?: Record<string, unknown>;
      };
      const { managedFields: _m, ...metadata } = obj.metadata ?? {};
      const { stringify } = await import("yaml");
      this.deps.editor.set(stringify({ ...obj, metadata }), `editing ${kind}/${name}`);
      this.term.writeln(
        `${GREEN}${kind}/${name} is open in the editor panel: change it, then press Apply.${RESET}`,
      );
    } catch (error) {
      this.term.writeln(
        `${RED}Error from server: ${error instanceof Error ? error.message : String(error)}${RESET}`,
      );
    }
    this.prompt();
  }

  private help(): void {
    const lines = [
      "Commands are kubectl's: kubectl get pods -o wide, kubectl create deployment web --image=nginx --replicas=3,",
      "kubectl scale deployment web --replicas=5, kubectl get pods -w (Ctrl-C stops it), kubectl describe pod NAME.",
      "Tab completes commands, kinds, flags and names. ↑/↓ walk the history. Ctrl-U clears the line.",
      "Multi-line YAML: paste it in the editor panel, then kubectl apply -f - (or press Apply).",
      "kubectl edit KIND NAME opens the object in the editor panel. Escape leaves the terminal.",
    ];
    for (const l of lines) this.term.writeln(`${DIM}${l}${RESET}`);
  }

  private print(text: string, color: string): void {
    const body = text.replace(/\r?\n/g, "\r\n");
    this.term.write(color ? `${color}${body}${RESET}` : body);
  }

  private promptText(): string {
    return `${GREEN}${this.deps.promptLabel()}${RESET} $ `;
  }

  private prompt(): void {
    if (this.role === "viewer" || this.role === undefined) return;
    this.term.write(`\r\x1b[K${this.promptText()}`);
    this.editor.set("");
  }

  private redraw(): void {
    const back = this.editor.line.length - this.editor.cursor;
    this.term.write(`\r\x1b[K${this.promptText()}${this.editor.line}${back > 0 ? `\x1b[${back}D` : ""}`);
  }

  private setTyping(typing: boolean): void {
    if (this.typing === typing) return;
    this.typing = typing;
    this.deps.session.trySend({ op: "presence", typing });
  }
}
