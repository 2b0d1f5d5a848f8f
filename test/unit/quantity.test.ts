import { describe, expect, it } from "vitest";
import {
  addQuantities,
  canonicalQuantity,
  compareQuantities,
  formatBytes,
  formatMilliCpu,
  formatQuantity,
  isQuantity,
  milliValue,
  parseQuantity,
  QUANTITY_FORMAT_ERROR,
  QUANTITY_SUFFIX_ERROR,
  type Quantity,
  quantityError,
  quantityFromJson,
  roundUpToMilli,
  value,
} from "../../lib/k8s/quantity";

function q(s: string): Quantity {
  const parsed = parseQuantity(s);
  if (!parsed) throw new Error(`${s} did not parse`);
  return parsed;
}

describe("parseQuantity", () => {
  it("parses exactly, without float rounding", () => {
    const sum = addQuantities(q("0.1"), q("0.2"));
    expect(compareQuantities(sum, q("300m"))).toBe(0);
    expect(milliValue(sum)).toBe(300n);
    expect(q("0.1").nano).toBe(100_000_000n);
  });

  it("handles binary suffixes", () => {
    expect(value(q("1Gi"))).toBe(1073741824n);
    expect(value(q("1Ki"))).toBe(1024n);
    expect(value(q("1.5Gi"))).toBe(1610612736n);
    expect(value(q("1Ei"))).toBe(1152921504606846976n);
  });

  it("handles decimal suffixes and exponents", () => {
    expect(milliValue(q("100m"))).toBe(100n);
    expect(value(q("1e3"))).toBe(1000n);
    expect(milliValue(q("1E-3"))).toBe(1n);
    expect(value(q("100M"))).toBe(100_000_000n);
    expect(value(q("2k"))).toBe(2000n);
    expect(value(q("1E"))).toBe(10n ** 18n);
    expect(q("5n").nano).toBe(5n);
    expect(q("3u").nano).toBe(3000n);
    expect(value(q("1e+3"))).toBe(1000n);
    expect(value(q("+1"))).toBe(1n);
    expect(value(q("-2"))).toBe(-2n);
  });

  it("accepts the lenient forms apimachinery accepts", () => {
    expect(milliValue(q(".5"))).toBe(500n);
    expect(value(q("5."))).toBe(5n);
    expect(value(q("007"))).toBe(7n);
    expect(value(q("1.G"))).toBe(1_000_000_000n);
  });

  it("rejects malformed quantities with the apiserver's message", () => {
    for (const bad of ["1.2.3", "abc", "5Gb", "", "1 Gi", " 1", "1e3e3", "1i", ".5i", "--1"]) {
      expect(parseQuantity(bad), bad).toBeNull();
      expect(isQuantity(bad), bad).toBe(false);
    }
    expect(quantityError("1.2.3")).toBe(QUANTITY_FORMAT_ERROR);
    expect(quantityError("")).toBe(QUANTITY_FORMAT_ERROR);
    expect(QUANTITY_FORMAT_ERROR).toBe(
      "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
    );
    // Well-formed but an unknown suffix.
    expect(quantityError("1GG")).toBe(QUANTITY_SUFFIX_ERROR);
    expect(quantityError("1e")).toBe(QUANTITY_SUFFIX_ERROR);
    expect(quantityError("1Gi")).toBeNull();
  });

  it("rounds sub-nano values up, away from zero", () => {
    expect(q("0.1n").nano).toBe(1n);
    expect(q("-0.1n").nano).toBe(-1n);
    expect(q("1e-30").nano).toBe(1n);
  });

  it("reads bare JSON numbers", () => {
    expect(milliValue(quantityFromJson(0.5) as Quantity)).toBe(500n);
    expect(value(quantityFromJson(2) as Quantity)).toBe(2n);
    expect(quantityFromJson(true)).toBeNull();
  });
});

describe("milliValue and value round up like Kubernetes", () => {
  it("rounds up to the next unit", () => {
    expect(value(q("1500m"))).toBe(2n);
    expect(value(q("1001m"))).toBe(2n);
    expect(value(q("1000m"))).toBe(1n);
    expect(milliValue(q("1.0001"))).toBe(1001n);
    expect(milliValue(q("1u"))).toBe(1n);
    expect(milliValue(q("0"))).toBe(0n);
  });

  it("rounds negatives away from zero", () => {
    expect(value(q("-1500m"))).toBe(-2n);
    expect(milliValue(q("-1u"))).toBe(-1n);
  });
});

describe("compareQuantities", () => {
  it("compares across suffixes", () => {
    expect(compareQuantities(q("1Gi"), q("1G"))).toBe(1);
    expect(compareQuantities(q("1000M"), q("1G"))).toBe(0);
    expect(compareQuantities(q("999m"), q("1"))).toBe(-1);
    expect(compareQuantities(q("1024"), q("1Ki"))).toBe(0);
    expect(compareQuantities(q("-1"), q("0"))).toBe(-1);
  });
});

describe("formatQuantity (canonical form)", () => {
  const cases: [string, string][] = [
    ["1.5", "1500m"],
    ["0.1", "100m"],
    ["1000", "1k"],
    ["1000m", "1"],
    ["1200", "1200"],
    ["1.5Gi", "1536Mi"],
    ["1024Ki", "1Mi"],
    ["2048Mi", "2Gi"],
    ["0.5Gi", "512Mi"],
    ["0.5Ki", "512"],
    ["1Gi", "1Gi"],
    ["100m", "100m"],
    ["1e3", "1e3"],
    ["1E-3", "1E-3"],
    ["1000e-3", "1"],
    ["10e3", "10e3"],
    ["12e6", "12e6"],
    ["0", "0"],
    ["0Gi", "0"],
    ["00", "0"],
    ["-1.5", "-1500m"],
    ["1M", "1M"],
    ["1000000", "1M"],
    ["0.000001", "1u"],
    ["1024", "1024"],
  ];
  for (const [input, expected] of cases) {
    it(`${input} → ${expected}`, () => {
      expect(formatQuantity(q(input))).toBe(expected);
    });
  }

  it("computes the canonical form regardless of the written text", () => {
    expect(canonicalQuantity(q("1E-3"))).toBe("1e-3");
    expect(canonicalQuantity(q("+1"))).toBe("1");
  });

  it("rounds to milli for resource lists", () => {
    expect(formatQuantity(roundUpToMilli(q("0.1m")))).toBe("1m");
    expect(formatQuantity(roundUpToMilli(q("1500m")))).toBe("1500m");
    expect(formatQuantity(roundUpToMilli(q("1.0001")))).toBe("1001m");
  });
});

describe("formatMilliCpu and formatBytes", () => {
  it("prints CPU", () => {
    expect(formatMilliCpu(500n)).toBe("500m");
    expect(formatMilliCpu(2000n)).toBe("2");
    expect(formatMilliCpu(1500n)).toBe("1500m");
    expect(formatMilliCpu(0n)).toBe("0");
    expect(formatMilliCpu(2_000_000n)).toBe("2k");
  });

  it("prints memory with binary suffixes when exact", () => {
    expect(formatBytes(1073741824n)).toBe("1Gi");
    expect(formatBytes(1610612736n)).toBe("1536Mi");
    expect(formatBytes(134217728n)).toBe("128Mi");
    expect(formatBytes(1536n)).toBe("1536");
    expect(formatBytes(1000n)).toBe("1k");
    expect(formatBytes(512n)).toBe("512");
    expect(formatBytes(0n)).toBe("0");
  });
});
