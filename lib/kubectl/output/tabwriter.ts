/**
 * Go's text/tabwriter as kubectl configures it (minwidth 6, padding 3, padded with spaces): each
 * column is as wide as its widest cell plus 3, at least 6; the last cell of a line is not padded.
 */
export function tabulate(rows: readonly (readonly string[])[], minWidths: readonly number[] = []): string {
  const widths: number[] = [...minWidths];
  for (const row of rows) {
    row.forEach((cell, i) => {
      if (i === row.length - 1) return;
      widths[i] = Math.max(widths[i] ?? 0, Math.max(6, width(cell) + 3));
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === row.length - 1 ? cell : cell + " ".repeat((widths[i] ?? 0) - width(cell))))
        .join(""),
    )
    .map((line) => `${line}\n`)
    .join("");
}

/** Column widths of a block, for lines printed later with the same alignment (watch). */
export function columnWidths(rows: readonly (readonly string[])[]): number[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      if (i === row.length - 1) return;
      widths[i] = Math.max(widths[i] ?? 0, Math.max(6, width(cell) + 3));
    });
  }
  return widths;
}

function width(text: string): number {
  return [...text].length;
}
