/** The web client's entry: the landing page at `/`, a cluster's page at `/c/NAME?token=…`. */
import "@xterm/xterm/css/xterm.css";
import "./styles.css";
import { renderCluster } from "./app";
import { byId } from "./dom";
import { renderLanding } from "./landing";
import { isClusterName } from "./names";

const root = byId("app");
const match = /^\/c\/([^/]+)\/?$/.exec(location.pathname);
const name = match ? decodeURIComponent(match[1]!) : "";
if (match && isClusterName(name)) {
  renderCluster(root, name, new URLSearchParams(location.search).get("token") ?? undefined);
} else {
  renderLanding(root);
}
