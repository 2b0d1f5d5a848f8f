/**
 * Go's text/tabwriter (no flags, padding with spaces) on text with `\t`-terminated cells: a column
 * is aligned over each run of consecutive lines that have a cell in it, as `kubectl describe`
 * (minwidth 0, padding 2) prints.
 */
export function goTabwriter(text: string, minwidth: number, padding: number): string {
  const lines = text.split("\n");
  const trailingNewline = text.endsWith("\n");
  if (trailingNewline) lines.pop();
  const cells = lines.map((l) => l.split("\t"));
  const out: string[] = [];
  const widths: number[] = [];
  const len = (s: string) => [...s].length;

  const writeLines = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const line = cells[i] as string[];
      let s = "";
      line.forEach((cell, j) => {
        if (j < line.length - 1 && j < widths.length)
          s += cell + " ".repeat(Math.max(0, (widths[j] as number) - len(cell)));
        else s += cell;
      });
      out.push(s);
    }
  };

  const format = (line0: number, line1: number) => {
    const column = widths.length;
    let start = line0;
    for (let i = line0; i < line1; i++) {
      if (column >= (cells[i] as string[]).length - 1) continue;
      writeLines(start, i);
      start = i;
      let width = minwidth;
      let j = i;
      for (; j < line1; j++) {
        const line = cells[j] as string[];
        if (column >= line.length - 1) break;
        width = Math.max(width, len(line[column] as string) + padding);
      }
      widths.push(width);
      format(start, j);
      widths.pop();
      start = j;
      i = j - 1;
    }
    writeLines(start, line1);
  };

  format(0, cells.length);
  return out.join("\n") + (trailingNewline ? "\n" : "");
}
