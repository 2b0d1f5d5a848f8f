/** Who I am in a cluster's room: a name and a colour, remembered by this browser. */

const COLORS = ["#e91e63", "#3f51b5", "#009688", "#ff9800", "#9c27b0", "#4caf50", "#795548", "#00bcd4"];
const ANIMALS = ["Otter", "Lynx", "Heron", "Panda", "Koala", "Falcon", "Badger", "Gecko", "Ibex", "Marten"];

export interface Identity {
  name: string;
  color: string;
}

export function myIdentity(): Identity {
  const saved = localStorage.getItem("kubeplay.identity");
  if (saved) {
    try {
      const parsed = JSON.parse(saved) as Partial<Identity>;
      if (typeof parsed.name === "string" && typeof parsed.color === "string")
        return { name: parsed.name, color: parsed.color };
    } catch {
      // a broken entry: make a new identity
    }
  }
  const identity = { name: pick(ANIMALS), color: pick(COLORS) };
  saveIdentity(identity);
  return identity;
}

export function saveIdentity(identity: Identity): void {
  localStorage.setItem("kubeplay.identity", JSON.stringify(identity));
}

function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)]!;
}
