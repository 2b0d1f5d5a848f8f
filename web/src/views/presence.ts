/**
 * Who is here: avatars with names, colours and roles (typing shown with a pencil), and the
 * "follow" choice that mirrors another participant's view.
 */
import type { Participant } from "../../../lib/session/protocol";
import { h, setChildren } from "../dom";
import { initials } from "./feed";

export class PresenceView {
  readonly el = h("div", { class: "presence", "aria-label": "People in this cluster" });
  private readonly avatars = h("ul", { class: "avatars" });
  private readonly follow = h("select", { "aria-label": "Follow a participant's view", id: "follow" });
  following = "";
  private you = "";

  constructor(
    onFollow: (participantId: string) => void,
    private readonly onRename?: () => void,
  ) {
    this.follow.addEventListener("change", () => {
      this.following = this.follow.value;
      onFollow(this.following);
    });
    this.el.append(this.avatars, h("label", { class: "follow" }, "Follow ", this.follow));
  }

  update(participants: Participant[], youId: string): void {
    this.you = youId;
    setChildren(
      this.avatars,
      participants.map((p) =>
        h(
          "li",
          { title: `${p.name} (${p.role})${p.id === youId ? " — you" : ""}${p.typing ? " — typing" : ""}` },
          h(
            "span",
            { class: "avatar", style: `background:${p.color}`, "aria-hidden": "true" },
            initials(p.name),
          ),
          h("span", { class: "who" }, `${p.name}${p.id === youId ? " (you)" : ""}`),
          p.id === youId && this.onRename
            ? h(
                "button",
                {
                  type: "button",
                  class: "rename",
                  id: "rename",
                  "aria-label": "Change your name",
                  title: "Change your name",
                  onclick: () => this.onRename?.(),
                },
                "rename",
              )
            : null,
          h("span", { class: "role" }, p.role),
          p.typing ? h("span", { class: "typing", "aria-label": "typing" }, "✎") : null,
        ),
      ),
    );
    const others = participants.filter((p) => p.id !== this.you);
    if (this.following && !others.some((p) => p.id === this.following)) this.following = "";
    setChildren(
      this.follow,
      h("option", { value: "" }, "nobody"),
      others.map((p) => h("option", { value: p.id, selected: p.id === this.following }, p.name)),
    );
  }
}
