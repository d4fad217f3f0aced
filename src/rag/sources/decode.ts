const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes UTF-8; returns the text and, when the bytes were not valid UTF-8, the byte offset of the first bad one. */
export function decodeUtf8(bytes: Uint8Array): { text: string; invalidAt: number | undefined } {
  try {
    return { text: strict.decode(bytes), invalidAt: undefined };
  } catch {
    return { text: decoder.decode(bytes), invalidAt: firstInvalidByte(bytes) };
  }
}

function firstInvalidByte(bytes: Uint8Array): number {
  // Find the first byte offset whose prefix stops decoding; a binary search over prefixes would
  // be cut by multi-byte sequences, so walk the UTF-8 structure directly.
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += len;
  }
  return bytes.length;
}

/** 1-based line number of a byte offset. */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
