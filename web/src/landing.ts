/** The landing page: create a new cluster (and get its owner, editor and viewer links) or open one. */
import { h } from "./dom";
import { type ClusterLinks, clusterUrl, linkRows, recentClusters, savedTokens, saveTokens } from "./links";
import { isClusterName, randomClusterName } from "./names";

export function renderLanding(root: HTMLElement): void {
  const nameInput = h("input", {
    id: "new-name",
    value: randomClusterName(),
    "aria-label": "New cluster name",
    autocomplete: "off",
    spellcheck: "false",
  });
  const result = h("div", { class: "result", "aria-live": "polite" });
  const openInput = h("input", {
    id: "open-name",
    placeholder: "cluster name, or a link someone shared",
    "aria-label": "Cluster name or link to open",
    autocomplete: "off",
    spellcheck: "false",
  });
  const openError = h("p", { class: "error", "aria-live": "polite" });

  const create = async (event: Event) => {
    event.preventDefault();
    const name = nameInput.value.trim();
    if (!isClusterName(name)) {
      result.replaceChildren(
        h("p", { class: "error" }, "A name is lowercase letters, digits and dashes (e.g. brave-otter-42)."),
      );
      return;
    }
    result.replaceChildren(h("p", {}, "Creating…"));
    const res = await fetch(`/clusters/${name}/kubeplay/init`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    }).catch(() => undefined);
    if (!res?.ok) {
      const why =
        res?.status === 409
          ? "a cluster by that name exists already — open it below, or pick another name"
          : `the playground answered ${res?.status ?? "nothing"}`;
      result.replaceChildren(h("p", { class: "error" }, `Could not create ${name}: ${why}.`));
      return;
    }
    const body = (await res.json().catch(() => ({}))) as { tokens?: ClusterLinks };
    const tokens = body.tokens ?? {};
    saveTokens(name, tokens);
    result.replaceChildren(
      h("h3", {}, `Cluster ${name} is ready`),
      linksTable(linkRows(name, tokens)),
      h(
        "a",
        { class: "button primary", href: clusterUrl(name, tokens.owner), id: "open-created" },
        `Open ${name} →`,
      ),
    );
    nameInput.value = randomClusterName();
  };

  const open = (event: Event) => {
    event.preventDefault();
    const target = openTarget(openInput.value);
    if (!target) {
      openError.textContent =
        "That is neither a cluster name (lowercase letters, digits and dashes) nor a cluster link.";
      return;
    }
    location.href = target;
  };

  const recent = recentClusters();
  root.replaceChildren(
    h(
      "main",
      { class: "landing" },
      h("h1", {}, h("span", { class: "logo", "aria-hidden": "true" }, "⎈"), " kubeplay"),
      h(
        "p",
        { class: "tagline" },
        "A real Kubernetes control plane — API server, etcd, controllers, scheduler, kubelets — running in Durable Objects. Alone or with a room of thirty.",
      ),
      h(
        "section",
        { class: "card" },
        h("h2", {}, "Create a cluster"),
        h(
          "form",
          { onsubmit: create },
          h("label", { for: "new-name" }, "Name"),
          h(
            "div",
            { class: "row" },
            nameInput,
            h(
              "button",
              {
                type: "button",
                "aria-label": "Another random name",
                onclick: () => (nameInput.value = randomClusterName()),
              },
              h("span", { "aria-hidden": "true" }, "↻"),
            ),
            h("button", { type: "submit", class: "primary", id: "create" }, "Create"),
          ),
        ),
        result,
      ),
      h(
        "section",
        { class: "card" },
        h("h2", {}, "Open a cluster"),
        h(
          "form",
          { onsubmit: open },
          h("label", { for: "open-name" }, "Name or link"),
          h("div", { class: "row" }, openInput, h("button", { type: "submit" }, "Open")),
        ),
        openError,
        recent.length
          ? h(
              "p",
              {},
              "Recent: ",
              recent.flatMap((n) => [h("a", { href: clusterUrl(n, bestToken(n)) }, n), " "]),
            )
          : null,
      ),
    ),
  );
  nameInput.focus();
}

/** The best link this browser keeps for a cluster (its creator keeps all three). */
function bestToken(name: string): string | undefined {
  const saved = savedTokens(name);
  return saved.owner ?? saved.editor ?? saved.viewer;
}

/** Where "Open" goes: a pasted link (`…/c/NAME?token=…`) as it is, a name with the best link known. */
export function openTarget(text: string): string | undefined {
  const value = text.trim();
  if (isClusterName(value)) return clusterUrl(value, bestToken(value));
  try {
    const url = new URL(value, location.origin);
    const match = /^\/c\/([^/]+)\/?$/.exec(url.pathname);
    if (!match || !isClusterName(decodeURIComponent(match[1] ?? ""))) return undefined;
    const name = decodeURIComponent(match[1] ?? "");
    return clusterUrl(name, url.searchParams.get("token") ?? bestToken(name));
  } catch {
    return undefined;
  }
}

export function linksTable(rows: { role: string; url: string }[]): HTMLElement {
  return h(
    "table",
    { class: "links" },
    h(
      "tbody",
      {},
      rows.map(({ role, url }) =>
        h(
          "tr",
          { "data-role": role },
          h("th", { scope: "row" }, role),
          h("td", {}, h("a", { href: url }, url)),
          h(
            "td",
            {},
            h(
              "button",
              { type: "button", onclick: () => void navigator.clipboard?.writeText(url).catch(() => {}) },
              "Copy",
            ),
          ),
        ),
      ),
    ),
  );
}
