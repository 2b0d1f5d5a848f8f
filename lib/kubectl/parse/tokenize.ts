/**
 * A shell-like tokenizer for one command line: words split on blanks, 'single quotes' taken
 * literally, "double quotes" with backslash escapes of `"`, `\`, `$` and `` ` ``, and a backslash
 * outside quotes escaping the next character. Unbalanced quotes are an error, not a guess.
 */

/** Lines longer than this are refused before any parsing: a terminal line, not an upload. */
export const MAX_LINE_BYTES = 64 * 1024;

export type TokenizeResult = { ok: true; words: string[] } | { ok: false; error: string };

export function tokenize(line: string): TokenizeResult {
  if (line.length > MAX_LINE_BYTES) {
    return {
      ok: false,
      error: `error: the command line is ${line.length} characters long; the limit is ${MAX_LINE_BYTES} (use -f - with the text as stdin for large manifests)`,
    };
  }
  const words: string[] = [];
  let word = "";
  let inWord = false;
  let quote: "'" | '"' | "" = "";
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quote === "'") {
      if (c === "'") quote = "";
      else word += c;
      continue;
    }
    if (quote === '"') {
      if (c === '"') quote = "";
      else if (c === "\\" && i + 1 < line.length && '"\\$`\n'.includes(line[i + 1] as string)) {
        word += line[++i];
      } else word += c;
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (c === "\\") {
      if (i + 1 >= line.length)
        return { ok: false, error: "error: the command line ends with a lone backslash" };
      const next = line[++i] as string;
      if (next !== "\n") word += next;
      inWord = true;
    } else if (c === " " || c === "\t" || c === "\n" || c === "\r") {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (quote) {
    const name = quote === "'" ? "single" : "double";
    return { ok: false, error: `error: unterminated ${name}-quoted string: add the closing ${quote}` };
  }
  if (inWord) words.push(word);
  return { ok: true, words };
}
