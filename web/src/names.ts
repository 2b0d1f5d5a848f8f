/** Friendly random cluster names: `brave-otter-42`, valid DNS labels. */

const ADJECTIVES = [
  "brave",
  "calm",
  "eager",
  "fuzzy",
  "gentle",
  "happy",
  "jolly",
  "lucky",
  "mellow",
  "nimble",
  "proud",
  "quiet",
  "rapid",
  "sunny",
  "witty",
  "zesty",
];
const NOUNS = [
  "otter",
  "lynx",
  "heron",
  "panda",
  "koala",
  "falcon",
  "badger",
  "gecko",
  "ibex",
  "marten",
  "walrus",
  "puffin",
  "bison",
  "orca",
  "tapir",
  "yak",
];

export function randomClusterName(random: () => number = Math.random): string {
  const pick = (words: string[]) => words[Math.floor(random() * words.length)]!;
  return `${pick(ADJECTIVES)}-${pick(NOUNS)}-${Math.floor(random() * 90) + 10}`;
}

/** A cluster name the API accepts: a DNS-1123 label. */
export function isClusterName(name: string): boolean {
  return /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(name);
}
