/**
 * Text decoding by encoding label (WHATWG Encoding: utf-8, gbk, big5, ...). The engine's type
 * realm has no DOM lib, so TextDecoder is reached through globalThis; every runtime g5plan runs
 * on (browsers, workers, Node with full ICU) has it.
 */
interface Decoder { decode(bytes: Uint8Array): string }
type DecoderClass = new (label?: string, options?: { fatal?: boolean }) => Decoder;

const TD = (globalThis as unknown as { TextDecoder: DecoderClass }).TextDecoder;

/** The decoder for a label, or null when the runtime does not know the encoding. */
export function decoderFor(label: string, fatal = false): Decoder | null {
  try {
    return new TD(label, { fatal });
  } catch {
    return null;
  }
}

/** The text, or null when the bytes are not valid in that encoding. */
export function decodeStrict(bytes: Uint8Array, label: string): string | null {
  try {
    return decoderFor(label, true)?.decode(bytes) ?? null;
  } catch {
    return null;
  }
}

export const decodeUtf8 = (bytes: Uint8Array): string => (decoderFor('utf-8') as Decoder).decode(bytes).replace(/^\ufeff/, '');
