/** The terminal's line editor: the line, the cursor and the history (arrow keys), without any DOM. */

const HISTORY_KEPT = 200;

export class LineEditor {
  line = "";
  cursor = 0;
  readonly history: string[];
  /** Where ↑/↓ are in the history; history.length means the line being typed. */
  private position: number;
  private draft = "";

  constructor(history: string[] = []) {
    this.history = history.slice(-HISTORY_KEPT);
    this.position = this.history.length;
  }

  insert(text: string): void {
    this.line = this.line.slice(0, this.cursor) + text + this.line.slice(this.cursor);
    this.cursor += text.length;
  }

  backspace(): void {
    if (this.cursor === 0) return;
    this.line = this.line.slice(0, this.cursor - 1) + this.line.slice(this.cursor);
    this.cursor -= 1;
  }

  deleteForward(): void {
    this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + 1);
  }

  left(): void {
    this.cursor = Math.max(0, this.cursor - 1);
  }

  right(): void {
    this.cursor = Math.min(this.line.length, this.cursor + 1);
  }

  home(): void {
    this.cursor = 0;
  }

  end(): void {
    this.cursor = this.line.length;
  }

  /** Ctrl-U: everything before the cursor goes. */
  killBefore(): void {
    this.line = this.line.slice(this.cursor);
    this.cursor = 0;
  }

  /** Ctrl-W: the word before the cursor goes. */
  killWord(): void {
    const before = this.line.slice(0, this.cursor).replace(/\S+\s*$/, "");
    this.line = before + this.line.slice(this.cursor);
    this.cursor = before.length;
  }

  up(): void {
    if (this.position === 0) return;
    if (this.position === this.history.length) this.draft = this.line;
    this.position -= 1;
    this.set(this.history[this.position]!);
  }

  down(): void {
    if (this.position >= this.history.length) return;
    this.position += 1;
    this.set(this.position === this.history.length ? this.draft : this.history[this.position]!);
  }

  /** Enter: the line is taken (and remembered unless blank or a repeat), the editor is empty again. */
  submit(): string {
    const line = this.line;
    const trimmed = line.trim();
    if (trimmed && this.history[this.history.length - 1] !== trimmed) {
      this.history.push(trimmed);
      if (this.history.length > HISTORY_KEPT) this.history.shift();
    }
    this.position = this.history.length;
    this.draft = "";
    this.set("");
    return line;
  }

  set(line: string): void {
    this.line = line;
    this.cursor = line.length;
  }
}
