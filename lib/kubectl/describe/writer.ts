/** The prefix writer of kubectl's describers: levels of two-space indentation, `\t` columns. */
import { objectAt } from "../../k8s/json";
import type { JsonValue } from "../../k8s/object";
import { parseTime } from "../../k8s/time";
import { goTabwriter } from "../output/go-tabwriter";

export class DescribeWriter {
  private text = "";
  write(level: number, line: string): void {
    this.text += "  ".repeat(level) + line;
  }
  line(level: number, label: string, value: string): void {
    this.write(level, `${label}:\t${value}\n`);
  }
  toString(): string {
    return goTabwriter(this.text, 0, 2);
  }
}

/** `Mon, 02 Jan 2006 15:04:05 -0700`, kubectl's time in describe. */
export function describeTime(v: JsonValue | undefined): string {
  const ms = parseTime(v);
  if (ms === undefined) return "<unset>";
  const d = new Date(ms);
  const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const p = (n: number) => String(n).padStart(2, "0");
  return `${days[d.getUTCDay()]}, ${p(d.getUTCDate())} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

/** Labels or annotations, one per line after the first, as kubectl's printLabelsMultiline. */
export function multiline(
  w: DescribeWriter,
  level: number,
  title: string,
  map: JsonValue | undefined,
  skip: string[] = [],
  separator = "=",
): void {
  const m = objectAt(map);
  const keys = Object.keys(m)
    .filter((k) => !skip.includes(k))
    .sort();
  if (keys.length === 0) {
    w.line(level, title, "<none>");
    return;
  }
  keys.forEach((k, i) => {
    const text = `${k}${separator}${String(m[k])}`;
    if (i === 0) w.write(level, `${title}:\t${text}\n`);
    else w.write(level, `\t${text}\n`);
  });
}
