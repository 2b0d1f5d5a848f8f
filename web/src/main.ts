/** The web client's entry: the landing page at `/`, a cluster's page at `/c/NAME?token=…`. */
import "@xterm/xterm/css/xterm.css";
import "./styles.css";
import { renderCluster } from "./app";
import { byId } from "./dom";
import { renderLanding } from "./landing";
import { isClusterName } from "./names";

const root = byId("app");
const params = new URLSearchParams(location.search);
const match = /^\/c\/([^/]+)\/?$/.exec(location.pathname);
// `/c/NAME?token=…`, or the older form `/?cluster=NAME&token=…`
const name = match ? decodeURIComponent(match[1]!) : (params.get("cluster") ?? "");
if (name && isClusterName(name)) {
  renderCluster(root, name, params.get("token") ?? undefined);
} else {
  renderLanding(root);
}
