/**
 * The editor panel beside the terminal: multi-line YAML (or JSON) that `kubectl apply -f -` reads
 * as its stdin, and where `kubectl edit KIND NAME` opens an object to change and apply.
 */
import { h } from "../dom";

export class EditorPanel {
  readonly el: HTMLElement;
  readonly textarea: HTMLTextAreaElement;
  private readonly title: HTMLElement;

  constructor(onApply: () => void) {
    this.title = h("span", {}, "stdin for apply -f -");
    this.textarea = h("textarea", {
      id: "editor",
      spellcheck: "false",
      "aria-label": "YAML for kubectl apply -f -",
      placeholder:
        "apiVersion: apps/v1\nkind: Deployment\n…\n\nPaste YAML here, then press Apply (or type kubectl apply -f - in the terminal).",
    });
    this.el = h(
      "section",
      { class: "editor-panel", "aria-label": "Editor" },
      h("div", { class: "row" }, h("h2", {}, "Editor ", this.title)),
      this.textarea,
      h(
        "div",
        { class: "row" },
        h(
          "button",
          { type: "button", class: "primary", id: "editor-apply", onclick: onApply },
          "Apply (kubectl apply -f -)",
        ),
        h("button", { type: "button", onclick: () => this.set("", "stdin for apply -f -") }, "Clear"),
      ),
    );
  }

  get value(): string {
    return this.textarea.value;
  }

  set(text: string, title: string): void {
    this.textarea.value = text;
    this.title.textContent = title;
  }

  setReadOnly(readOnly: boolean): void {
    this.textarea.readOnly = readOnly;
    for (const b of this.el.querySelectorAll("button")) b.disabled = readOnly;
  }
}
