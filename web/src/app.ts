/**
 * The cluster page (`/c/NAME?token=…`): the live view (nodes, pods, queue), the control plane, the
 * side panels (workloads, services, events, feed), the terminal and the editor panel, presence and
 * follow, and the connection indicator. Everything comes from the one socket: watches and the
 * session protocol.
 */
import type { Participant, Role } from "../../lib/session/protocol";
import { byId, h, setText } from "./dom";
import { schedule } from "./frame";
import { myIdentity, saveIdentity } from "./identity";
import { linksTable } from "./landing";
import { clusterUrl, linkRows, rememberCluster, savedTokens } from "./links";
import { ClusterModel } from "./model/cluster-model";
import { Connection, type ConnectionState } from "./net/connection";
import { Session } from "./net/session";
import type { NameSource } from "./terminal/completion";
import { EditorPanel } from "./terminal/editor-panel";
import { ControlPlaneView } from "./views/control-plane";
import { EventsView } from "./views/events";
import { FeedView } from "./views/feed";
import { NodesView } from "./views/nodes";
import type { PanelView } from "./views/panel";
import { PodStory } from "./views/pod-story";
import { PresenceView } from "./views/presence";
import { ServicesView } from "./views/services";
import { WorkloadsView } from "./views/workloads";

const TABS = ["workloads", "services", "events", "feed"] as const;
type Tab = (typeof TABS)[number];

const STATE_TEXT: Record<ConnectionState, [string, string]> = {
  connecting: ["◌", "connecting…"],
  live: ["●", "live"],
  reconnecting: ["⟳", "reconnecting…"],
  offline: ["✕", "offline"],
  denied: ["✕", "no access"],
};

export function renderCluster(root: HTMLElement, name: string, linkToken: string | undefined): void {
  rememberCluster(name);
  // A link's token, else the best one this browser keeps for the cluster (its creator's).
  const saved = savedTokens(name);
  const token = linkToken ?? saved.owner ?? saved.editor ?? saved.viewer;
  document.title = `${name} · kubeplay`;
  const identity = myIdentity();
  const query = token ? `?token=${encodeURIComponent(token)}` : "";
  const wsUrl = `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/clusters/${name}/ws${query}`;
  const connection = new Connection(wsUrl);
  const session = new Session(connection, identity);
  const model = new ClusterModel(connection);

  let role: Role | undefined;
  let tab: Tab = "workloads";
  let you: Participant | undefined;

  // ---- views -----------------------------------------------------------------------------------
  const story = new PodStory(
    model,
    (ns, pod) =>
      `/clusters/${name}/kubeplay/scheduler/explain?namespace=${encodeURIComponent(ns)}&pod=${encodeURIComponent(pod)}${token ? `&token=${encodeURIComponent(token)}` : ""}`,
    () => publishView(),
  );
  const select = (key: string) => {
    story.show(key);
    publishView();
  };
  const nodes = new NodesView(model, select);
  const controlPlane = new ControlPlaneView();
  const panels: Record<Tab, PanelView> = {
    workloads: new WorkloadsView(model, select),
    services: new ServicesView(model),
    events: new EventsView(model),
    feed: new FeedView(),
  };
  const feed = panels.feed as FeedView;
  const presence = new PresenceView(
    (id) => {
      const leader = session.participants.find((p) => p.id === id);
      if (leader) mirror(leader);
    },
    () => {
      // A new hello on the same socket: the room sees the new name at once; reconnections use it.
      if (shell?.busy) {
        alert("A command of yours is running: stop it (Ctrl-C) before changing your name.");
        return;
      }
      const next = prompt("Your name in this cluster", identity.name)?.trim();
      if (!next || next === identity.name) return;
      identity.name = next.slice(0, 32);
      saveIdentity(identity);
      session.trySend({ op: "hello", name: identity.name, color: identity.color });
    },
  );
  const editor = new EditorPanel(() => shell?.runLine("kubectl apply -f -"));

  const stateIcon = h("span", { "aria-hidden": "true" });
  const stateText = h("span", {});
  const indicator = h(
    "div",
    { class: "conn connecting", id: "connection", role: "status", "aria-live": "polite" },
    stateIcon,
    " ",
    stateText,
  );
  const roleBadge = h("span", { class: "role-badge", id: "role" }, "joining…");
  const kubeconfig = h(
    "a",
    {
      class: "button",
      id: "kubeconfig",
      href: `/clusters/${encodeURIComponent(name)}/kubeconfig${query}`,
      download: `${name}.kubeconfig`,
      title: "A kubeconfig for the real kubectl: kubectl --kubeconfig FILE get pods",
    },
    h("span", { "aria-hidden": "true" }, "⤓ "),
    "kubeconfig",
  );
  const deniedNote = h(
    "p",
    { class: "denied-note", id: "denied", role: "alert", hidden: true },
    `${name} is shared by links: open it with the link its owner gave you (…/c/${name}?token=…). `,
    h("a", { href: "/" }, "Back to the start page"),
  );
  const shareDialog = h(
    "dialog",
    { class: "share", "aria-label": "Share this cluster" },
    h("h2", {}, `Share ${name}`),
    h("p", {}, "Anyone with a link joins with its role: owners and editors run commands, viewers watch."),
    linksTable(shareRows(name, token)),
    h("form", { method: "dialog" }, h("button", { type: "submit" }, "Close")),
  );
  const tabButtons = TABS.map((t) =>
    h(
      "button",
      {
        type: "button",
        role: "tab",
        id: `tab-${t}`,
        "aria-controls": `panel-${t}`,
        "aria-selected": String(t === tab),
        onclick: () => showTab(t, true),
      },
      t[0]!.toUpperCase() + t.slice(1),
    ),
  );
  const feedCount = h("span", { class: "count" });
  tabButtons[3]!.append(" ", feedCount);
  const terminalBox = h("div", { class: "terminal", id: "terminal" });
  const viewerNote = h(
    "p",
    { class: "viewer-note", hidden: true },
    "◉ Viewer mode: you see the cluster live, without a prompt. Ask the owner for an editor link to run commands.",
  );

  root.replaceChildren(
    h(
      "header",
      { class: "topbar" },
      h(
        "a",
        { href: "/", class: "brand", "aria-label": "kubeplay home" },
        h("span", { class: "logo", "aria-hidden": "true" }, "⎈"),
        " kubeplay",
      ),
      h("h1", { class: "cluster-name" }, name),
      indicator,
      roleBadge,
      presence.el,
      kubeconfig,
      h("button", { type: "button", onclick: () => shareDialog.showModal() }, "Share"),
    ),
    deniedNote,
    h(
      "main",
      { class: "cluster" },
      h("div", { class: "area-nodes" }, h("h2", { class: "visually-hidden" }, "Nodes"), legend(), nodes.el),
      h("div", { class: "area-cp" }, controlPlane.el),
      h("div", { class: "area-term" }, viewerNote, terminalBox, editor.el),
      h(
        "div",
        { class: "area-side" },
        h("div", { role: "tablist", "aria-label": "Panels", class: "tabs" }, tabButtons),
        TABS.map((t) =>
          h(
            "div",
            { role: "tabpanel", id: `panel-${t}`, "aria-labelledby": `tab-${t}`, hidden: t !== tab },
            panels[t].el,
          ),
        ),
      ),
    ),
    shareDialog,
    story.dialog,
  );
  panels[tab].show(true);

  function showTab(next: Tab, publish: boolean): void {
    tab = next;
    for (const t of TABS) {
      byId(`panel-${t}`).hidden = t !== next;
      byId(`tab-${t}`).setAttribute("aria-selected", String(t === next));
      panels[t].show(t === next);
    }
    if (publish) publishView();
  }

  function publishView(): void {
    const view: Record<string, string> = { tab };
    if (story.open) view.pod = story.open;
    session.setView(view);
  }

  /** Follow: take the leader's tab and selected pod. */
  function mirror(leader: Participant): void {
    const view = leader.view ?? {};
    if (TABS.includes(view.tab as Tab) && view.tab !== tab) showTab(view.tab as Tab, false);
    if (view.pod) story.show(view.pod);
    else story.close();
  }

  // ---- session -----------------------------------------------------------------------------------
  session.on({
    welcome: (me, participants, entries) => {
      you = me;
      role = me.role;
      roleBadge.textContent = `${me.name} · ${me.role}`;
      roleBadge.dataset.role = me.role;
      viewerNote.hidden = me.role !== "viewer";
      document.body.dataset.role = me.role;
      presence.update(participants, me.id);
      feed.reset(entries);
      setText(feedCount, entries.length ? String(entries.length) : "");
      shell?.setRole(me.role);
    },
    presence: (participants) => {
      presence.update(participants, you?.id ?? "");
      const leader = participants.find((p) => p.id === presence.following);
      if (leader) mirror(leader);
    },
    feed: (entry) => {
      feed.add(entry);
      setText(feedCount, String(Number(feedCount.textContent || 0) + 1));
    },
    flow: (steps) => controlPlane.add(steps),
  });

  // ---- connection ------------------------------------------------------------------------------
  connection.onState((state) => {
    const [icon, text] = STATE_TEXT[state];
    indicator.className = `conn ${state}`;
    setText(stateIcon, icon);
    setText(stateText, state === "live" && model.revision ? `${text} · rev ${model.revision}` : text);
    document.body.dataset.connection = state;
    deniedNote.hidden = state !== "denied";
  });
  // A socket refused at the upgrade tells nothing; HTTP says whether we may come in at all.
  connection.onFailedAttempt((attempts) => {
    if (attempts !== 1 && attempts % 5 !== 0) return;
    void fetch(`/clusters/${encodeURIComponent(name)}/kubeplay/settings${query}`)
      .then((res) => {
        if (res.status === 401 && !connection.open) connection.deny();
      })
      .catch(() => {});
  });
  model.onSynced(() => {
    if (connection.state === "live") setText(stateText, `live · rev ${model.revision}`);
    controlPlane.setRevision(model.revision);
  });
  model.on("nodes", () => controlPlane.setNodes(model.list("nodes").map((n) => n.metadata.name ?? "")));
  const showRevision = () => {
    controlPlane.setRevision(model.revision);
    if (connection.state === "live") setText(stateText, `live · rev ${model.revision}`);
  };
  for (const kind of ["pods", "nodes", "deployments", "replicasets"] as const)
    model.on(kind, () => schedule(showRevision));
  model.start();

  // ---- terminal (loaded after the first paint: xterm is the larger part of the bundle) ----------
  const names: NameSource = {
    names: (resource, namespace = "default") => {
      if (resource === "namespaces") return model.list("namespaces").map((n) => n.metadata.name ?? "");
      const watched = ["pods", "nodes", "services", "deployments", "replicasets", "endpoints", "events"];
      if (!watched.includes(resource)) return [];
      return model
        .list(resource as "pods")
        .filter(
          (o) =>
            resource === "nodes" || namespace === "*" || (o.metadata.namespace ?? "default") === namespace,
        )
        .map((o) => o.metadata.name ?? "");
    },
  };
  let shell: import("./terminal/shell").Shell | undefined;
  void import("./terminal/shell").then(({ Shell }) => {
    shell = new Shell(terminalBox, {
      session,
      connection,
      names,
      editor,
      fetchObject: (resource, objName, namespace) =>
        model.client.get(
          resource,
          objName,
          resource === "nodes" || resource === "namespaces" ? undefined : namespace,
        ),
      promptLabel: () => `${identity.name.toLowerCase()}@${name}`,
    });
    if (role) shell.setRole(role);
    (window as unknown as { kubeplay: unknown }).kubeplay = { connection, model, session, shell };
  });
  (window as unknown as { kubeplay: unknown }).kubeplay = { connection, model, session };
}

function legend(): HTMLElement {
  const items: [string, string, string][] = [
    ["pending", "◌", "Pending"],
    ["creating", "◐", "ContainerCreating"],
    ["running", "●", "Running"],
    ["terminating", "◍", "Terminating"],
    ["crash", "↻", "CrashLoopBackOff"],
    ["failed", "✕", "Failed"],
  ];
  return h(
    "ul",
    { class: "legend", "aria-label": "Pod status legend" },
    items.map(([family, icon, label]) =>
      h(
        "li",
        { class: `chip fam-${family}` },
        h("span", { class: "ic", "aria-hidden": "true" }, icon),
        h("span", { class: "st" }, label),
      ),
    ),
  );
}

/** The links this browser knows: all three for the cluster's creator, else the one it came with. */
function shareRows(name: string, token: string | undefined): { role: string; url: string }[] {
  const tokens = savedTokens(name);
  if (Object.keys(tokens).length || !token) return linkRows(name, tokens);
  return [{ role: "this link", url: clusterUrl(name, token) }];
}
