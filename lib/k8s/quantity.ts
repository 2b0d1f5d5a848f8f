/**
 * Kubernetes `resource.Quantity`, exact: values are kept as a bigint count of nano-units, the finest
 * scale Kubernetes keeps (k8s.io/apimachinery/pkg/api/resource/quantity.go). Parsing follows the
 * apimachinery scanner character for character, including its leniencies (`1.`, `.5`, `+1`).
 */

export type QuantityFormat = "DecimalSI" | "BinarySI" | "DecimalExponent";

export interface Quantity {
  /** The value times 10^9, rounded up (away from zero) to a whole nano-unit as Kubernetes does. */
  readonly nano: bigint;
  /** The suffix family the quantity was written in; it chooses the canonical output form. */
  readonly format: QuantityFormat;
  /** The text as written, when Kubernetes keeps it as the serialized form (already canonical). */
  readonly text?: string;
}

/** The detail kube-apiserver gives for a malformed quantity. */
export const QUANTITY_FORMAT_ERROR =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
/** The detail for a well-formed number with an unknown suffix (`1GG`, `1e`). */
export const QUANTITY_SUFFIX_ERROR = "unable to parse quantity's suffix";

const NANO = 1_000_000_000n;
const MILLI_IN_NANO = 1_000_000n;
const MAX_INT64 = (1n << 63n) - 1n;
/** Positive decimal exponents beyond this are refused rather than expanded (10^10000 is already absurd). */
const MAX_DECIMAL_EXPONENT = 10_000;

const DECIMAL_SUFFIXES: Record<string, number> = {
  n: -9,
  u: -6,
  m: -3,
  "": 0,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18,
};
const BINARY_SUFFIXES: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const SUFFIX_CHARS = "eEinumkKMGTP";

interface Scanned {
  positive: boolean;
  num: string;
  denom: string;
  suffix: string;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

/** apimachinery's parseQuantityString: sign, numerator (leading zeros dropped), fraction, suffix. */
function scan(str: string): Scanned | null {
  let positive = true;
  let pos = 0;
  const end = str.length;
  if (str[0] === "-") {
    positive = false;
    pos++;
  } else if (str[0] === "+") pos++;

  while (pos < end && str[pos] === "0") pos++;
  if (pos >= end) return { positive, num: "0", denom: "", suffix: "" };

  let i = pos;
  while (i < end && isDigit(str[i])) i++;
  let num = str.slice(pos, i);
  pos = i;
  if (num === "") num = "0";

  let denom = "";
  if (pos < end && str[pos] === ".") {
    pos++;
    i = pos;
    while (i < end && isDigit(str[i])) i++;
    denom = str.slice(pos, i);
    pos = i;
  }

  const suffixStart = pos;
  while (pos < end && SUFFIX_CHARS.includes(str[pos] as string)) pos++;
  if (pos < end && (str[pos] === "-" || str[pos] === "+")) pos++;
  while (pos < end && isDigit(str[pos])) pos++;
  if (pos < end) return null;
  return { positive, num, denom, suffix: str.slice(suffixStart) };
}

interface Suffix {
  base: 2 | 10;
  exponent: number;
  format: QuantityFormat;
}

function interpretSuffix(suffix: string): Suffix | null {
  const dec = DECIMAL_SUFFIXES[suffix];
  if (dec !== undefined) return { base: 10, exponent: dec, format: "DecimalSI" };
  const bin = BINARY_SUFFIXES[suffix];
  if (bin !== undefined) return { base: 2, exponent: bin, format: "BinarySI" };
  if (suffix.length > 1 && (suffix[0] === "e" || suffix[0] === "E")) {
    // strconv.ParseInt(s, 10, 32): an optional sign, then digits, within int32.
    const rest = suffix.slice(1);
    if (!/^[+-]?[0-9]+$/.test(rest)) return null;
    const n = Number(rest);
    if (n > 2147483647 || n < -2147483648) return null;
    return { base: 10, exponent: n, format: "DecimalExponent" };
  }
  return null;
}

/** Divides rounding away from zero, as Kubernetes rounds quantities "up". */
function divAway(n: bigint, d: bigint): bigint {
  const q = n / d;
  if (q * d === n) return q;
  return n < 0n ? q - 1n : q + 1n;
}

function abs(n: bigint): bigint {
  return n < 0n ? -n : n;
}

type ParseResult = { ok: true; quantity: Quantity } | { ok: false; error: string };

function parse(str: string): ParseResult {
  if (str.length === 0) return { ok: false, error: QUANTITY_FORMAT_ERROR };
  if (str === "0") return { ok: true, quantity: { nano: 0n, format: "DecimalSI", text: "0" } };
  const scanned = scan(str);
  if (!scanned) return { ok: false, error: QUANTITY_FORMAT_ERROR };
  const { positive, num, denom } = scanned;
  const suffix = interpretSuffix(scanned.suffix);
  if (!suffix) return { ok: false, error: QUANTITY_SUFFIX_ERROR };

  const digits = BigInt(num + denom);
  let magnitude: bigint;
  let format = suffix.format;
  if (suffix.base === 10) {
    const e = suffix.exponent - denom.length + 9;
    if (e > MAX_DECIMAL_EXPONENT) return { ok: false, error: QUANTITY_FORMAT_ERROR };
    if (e >= 0) magnitude = digits * 10n ** BigInt(e);
    else if (-e > num.length + denom.length + 1) magnitude = digits === 0n ? 0n : 1n;
    else magnitude = divAway(digits, 10n ** BigInt(-e));
  } else {
    magnitude = divAway(digits * (1n << BigInt(suffix.exponent)) * NANO, 10n ** BigInt(denom.length));
    // Binary quantities are capped at the largest int64; tiny ones print as decimal.
    if (magnitude > MAX_INT64 * NANO) magnitude = MAX_INT64 * NANO;
    if (magnitude > 0n && magnitude < NANO) format = "DecimalSI";
  }
  const nano = positive ? magnitude : -magnitude;
  const quantity: Quantity = keepsText(scanned, suffix) ? { nano, format, text: str } : { nano, format };
  return { ok: true, quantity };
}

/**
 * Whether Kubernetes keeps the input text as the quantity's string form (its int64 fast path with a
 * canonical-looking number); otherwise the canonical form is computed.
 */
function keepsText(s: Scanned, suffix: Suffix): boolean {
  const shifted = s.num + s.denom;
  if (suffix.base === 10) {
    if (18 - shifted.length < 0) return false;
    const scale = suffix.exponent - s.denom.length;
    if (scale < -9) return false;
    return scale % 3 === 0 && !shifted.endsWith("000") && shifted[0] !== "0";
  }
  if (s.denom.length > 0) return false;
  const precision = 15 - s.num.length - Math.trunc((suffix.exponent * 3) / 10) - 1;
  if (precision < 0) return false;
  const value = BigInt(s.num);
  if (value * (1n << BigInt(suffix.exponent)) > MAX_INT64) return false;
  return suffix.exponent % 10 === 0 && (value & 7n) !== 0n;
}

/** Parses a quantity string; null when Kubernetes would refuse it. */
export function parseQuantity(s: string): Quantity | null {
  const r = parse(s);
  return r.ok ? r.quantity : null;
}

/** Why a string is not a quantity (the apimachinery error text), or null when it is one. */
export function quantityError(s: string): string | null {
  const r = parse(s);
  return r.ok ? null : r.error;
}

export function isQuantity(s: string): boolean {
  return parse(s).ok;
}

/**
 * A quantity from a JSON value: Kubernetes accepts a string or a bare JSON number (`cpu: 1`).
 * Null when the value is neither or does not parse.
 */
export function quantityFromJson(v: unknown): Quantity | null {
  if (typeof v === "string") return parseQuantity(v);
  if (typeof v === "number" && Number.isFinite(v)) return parseQuantity(String(v));
  return null;
}

/** The value in thousandths, rounded up (away from zero) like Quantity.MilliValue(). */
export function milliValue(q: Quantity): bigint {
  return divAway(q.nano, MILLI_IN_NANO);
}

/** The value in whole units, rounded up (away from zero) like Quantity.Value(). */
export function value(q: Quantity): bigint {
  return divAway(q.nano, NANO);
}

export function compareQuantities(a: Quantity, b: Quantity): -1 | 0 | 1 {
  if (a.nano < b.nano) return -1;
  return a.nano > b.nano ? 1 : 0;
}

export function addQuantities(a: Quantity, b: Quantity): Quantity {
  return { nano: a.nano + b.nano, format: a.format };
}

/** Rounds up (away from zero) to milli precision, as API defaulting does for resource lists. */
export function roundUpToMilli(q: Quantity): Quantity {
  if (q.nano % MILLI_IN_NANO === 0n) return q;
  return { nano: divAway(q.nano, MILLI_IN_NANO) * MILLI_IN_NANO, format: q.format };
}

const DECIMAL_BY_EXPONENT: Record<number, string> = {
  [-9]: "n",
  [-6]: "u",
  [-3]: "m",
  0: "",
  3: "k",
  6: "M",
  9: "G",
  12: "T",
  15: "P",
  18: "E",
};
const BINARY_BY_POWER = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"];

/** The canonical form (CanonicalizeBytes): no fraction digits, the largest suffix that loses nothing. */
export function canonicalQuantity(q: Quantity): string {
  if (q.nano === 0n) return "0";
  let format = q.format;
  if (format === "BinarySI") {
    if (abs(q.nano) < 1024n * NANO || q.nano % NANO !== 0n) format = "DecimalSI";
  }
  if (format === "BinarySI") {
    let units = q.nano / NANO;
    let power = 0;
    while (power < BINARY_BY_POWER.length - 1 && units % 1024n === 0n) {
      units /= 1024n;
      power++;
    }
    return `${units}${BINARY_BY_POWER[power]}`;
  }
  let mantissa = q.nano;
  let exponent = -9;
  while (mantissa % 10n === 0n) {
    mantissa /= 10n;
    exponent++;
  }
  while (exponent % 3 !== 0) {
    mantissa *= 10n;
    exponent--;
  }
  if (format === "DecimalExponent") return exponent === 0 ? `${mantissa}` : `${mantissa}e${exponent}`;
  if (exponent > 18) {
    mantissa *= 10n ** BigInt(exponent - 18);
    exponent = 18;
  }
  return `${mantissa}${DECIMAL_BY_EXPONENT[exponent] ?? ""}`;
}

/** The string Kubernetes serializes the quantity as: the text as written when it is kept, else canonical. */
export function formatQuantity(q: Quantity): string {
  return q.text ?? canonicalQuantity(q);
}

/** CPU in millicores as Kubernetes prints it: 500n → "500m", 2000n → "2", 1500n → "1500m". */
export function formatMilliCpu(milli: bigint): string {
  return canonicalQuantity({ nano: milli * MILLI_IN_NANO, format: "DecimalSI" });
}

/** Bytes as Kubernetes prints a BinarySI quantity: 1073741824n → "1Gi", 1536n → "1536", 1000n → "1k". */
export function formatBytes(bytes: bigint): string {
  return canonicalQuantity({ nano: bytes * NANO, format: "BinarySI" });
}

export function quantityFromMilli(milli: bigint): Quantity {
  return { nano: milli * MILLI_IN_NANO, format: "DecimalSI" };
}

export function quantityFromBytes(bytes: bigint): Quantity {
  return { nano: bytes * NANO, format: "BinarySI" };
}
