/**
 * Word wrapping as kubectl's `explain` does it (k8s.io/kubectl/pkg/util/term, after
 * mitchellh/go-wordwrap): breaks at whitespace so that lines stay within `limit` runes, keeps the
 * text's own newlines, never splits a word (a longer word gets a line of its own), and drops the
 * spaces at the point of a break.
 */
export function wordWrap(text: string, limit: number): string {
  let out = "";
  let current = 0;
  let word = "";
  let space = "";
  const len = (s: string) => [...s].length;
  for (const ch of text) {
    if (ch === "\n") {
      if (word === "") {
        if (current + len(space) > limit) current = 0;
        else out += space;
      } else {
        out += space + word;
      }
      space = "";
      word = "";
      out += ch;
      current = 0;
    } else if (/\s/.test(ch) && ch !== "\u00a0") {
      if (space === "" || word !== "") {
        current += len(space) + len(word);
        out += space + word;
        space = "";
        word = "";
      }
      space += ch;
    } else {
      word += ch;
      if (current + len(space) + len(word) > limit && len(word) < limit) {
        out += "\n";
        current = 0;
        space = "";
      }
    }
  }
  if (word === "") {
    if (current + len(space) <= limit) out += space;
  } else out += space + word;
  return out;
}

/** Each line of `text` (blank ones too) after `n` spaces, as Go templates' `indent`. */
export function indentLines(text: string, n: number): string {
  const pad = " ".repeat(n);
  return pad + text.replaceAll("\n", `\n${pad}`);
}
