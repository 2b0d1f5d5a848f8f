/** A writer of the protobuf wire format: varint, length-delimited and fixed64 fields. */

const encoder = new TextEncoder();

export class ProtoWriter {
  private chunks: Uint8Array[] = [];
  private length = 0;

  private push(bytes: Uint8Array): void {
    this.chunks.push(bytes);
    this.length += bytes.length;
  }

  private varint(value: bigint): void {
    const out: number[] = [];
    let v = BigInt.asUintN(64, value);
    while (v >= 0x80n) {
      out.push(Number(v & 0x7fn) | 0x80);
      v >>= 7n;
    }
    out.push(Number(v));
    this.push(Uint8Array.from(out));
  }

  private key(field: number, wireType: number): void {
    this.varint(BigInt((field << 3) | wireType));
  }

  /** A string field; proto3 leaves out the empty string. */
  string(field: number, value: string | undefined): this {
    if (value === undefined || value === "") return this;
    return this.bytes(field, encoder.encode(value));
  }

  /** A repeated string field: one entry per value, empty strings included. */
  strings(field: number, values: readonly string[] | undefined): this {
    for (const v of values ?? []) this.bytes(field, encoder.encode(v));
    return this;
  }

  bytes(field: number, value: Uint8Array): this {
    this.key(field, 2);
    this.varint(BigInt(value.length));
    this.push(value);
    return this;
  }

  /** A bool field; proto3 leaves out false. */
  bool(field: number, value: boolean | undefined): this {
    if (!value) return this;
    this.key(field, 0);
    this.varint(1n);
    return this;
  }

  /** An int64/int32 field; proto3 leaves out 0. */
  int(field: number, value: number | undefined): this {
    if (!value) return this;
    this.key(field, 0);
    this.varint(BigInt(Math.trunc(value)));
    return this;
  }

  /** A double field; proto3 leaves out 0. */
  double(field: number, value: number | undefined): this {
    if (!value) return this;
    this.key(field, 1);
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, value, true);
    this.push(b);
    return this;
  }

  /** An embedded message field, written even when empty (its presence matters). */
  message(field: number, inner: ProtoWriter): this {
    return this.bytes(field, inner.finish());
  }

  finish(): Uint8Array<ArrayBuffer> {
    const out = new Uint8Array(this.length);
    let pos = 0;
    for (const c of this.chunks) {
      out.set(c, pos);
      pos += c.length;
    }
    return out;
  }
}
