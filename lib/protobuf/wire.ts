/** A reader of the protobuf wire format: varints, fixed 32/64-bit values, length-delimited bytes. */

export interface WireField {
  number: number;
  /** 0 varint, 1 fixed64, 2 length-delimited, 5 fixed32. */
  wireType: number;
  /** Varints as bigint (int64 needs it); fixed values as their raw bytes. */
  varint?: bigint;
  bytes?: Uint8Array;
}

export class WireError extends Error {}

function readVarint(buf: Uint8Array, pos: number): [bigint, number] {
  let result = 0n;
  let shift = 0n;
  for (let i = 0; i < 10; i++) {
    if (pos >= buf.length) throw new WireError("truncated varint");
    const b = buf[pos++]!;
    result |= BigInt(b & 0x7f) << shift;
    if ((b & 0x80) === 0) return [result, pos];
    shift += 7n;
  }
  throw new WireError("varint too long");
}

/** The fields of one message, in wire order (repeated fields appear several times). */
export function readFields(buf: Uint8Array): WireField[] {
  const fields: WireField[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const [key, next] = readVarint(buf, pos);
    pos = next;
    const number = Number(key >> 3n);
    const wireType = Number(key & 7n);
    switch (wireType) {
      case 0: {
        const [v, after] = readVarint(buf, pos);
        pos = after;
        fields.push({ number, wireType, varint: v });
        break;
      }
      case 1:
        if (pos + 8 > buf.length) throw new WireError("truncated fixed64");
        fields.push({ number, wireType, bytes: buf.subarray(pos, pos + 8) });
        pos += 8;
        break;
      case 5:
        if (pos + 4 > buf.length) throw new WireError("truncated fixed32");
        fields.push({ number, wireType, bytes: buf.subarray(pos, pos + 4) });
        pos += 4;
        break;
      case 2: {
        const [len, after] = readVarint(buf, pos);
        const end = after + Number(len);
        if (end > buf.length) throw new WireError("truncated bytes");
        fields.push({ number, wireType, bytes: buf.subarray(after, end) });
        pos = end;
        break;
      }
      default:
        throw new WireError(`unsupported wire type ${wireType}`);
    }
  }
  return fields;
}

/** A varint as a signed 64-bit integer (int32/int64 fields use two's complement). */
export function signed(v: bigint): number {
  return Number(BigInt.asIntN(64, v));
}
