/**
 * Go doc comments as Kubernetes' OpenAPI renders them: the lines of a paragraph joined by spaces,
 * paragraphs separated by a blank line, indented lines (examples) kept on their own lines, lines of
 * generator markers (`+optional`) and one-line TODOs left out, and nothing after a `---` line.
 */
export function openApiDescription(raw: string | undefined): string {
  if (!raw) return "";
  let out = "";
  const dropLast = () => {
    out = out.slice(0, -1);
  };
  for (const full of raw.split("\n")) {
    if (full.trim() === "---") break;
    const line = full.replace(/ +$/, "");
    const leading = line.replace(/^ +/, "");
    if (line === "") {
      dropLast();
      out += "\n\n";
    } else if (leading.startsWith("TODO") || leading.startsWith("+")) {
      // left out, as Kubernetes' generator does
    } else if (line.startsWith(" ") || line.startsWith("\t")) {
      dropLast();
      out += `\n${line}\n`;
    } else {
      out += `${line} `;
    }
  }
  return out.replace(/^\n+/, "").replace(/[\s]+$/, "");
}
