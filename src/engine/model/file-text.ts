/**
 * What a file's text says about its format before any parser sees it: a binary file (a
 * spreadsheet, a zip, an image) read as text, and where JSON broke (line and column from the
 * parser's character position, so the message does not depend on the browser's wording).
 */

/** Signatures of binary files users pick by mistake, as their first bytes read as text. */
const BINARY_SIGNATURES: [RegExp, string][] = [
  [/^PK\u0003\u0004/, 'a zip archive (an .xlsx spreadsheet, a zipped Shapefile or a KMZ)'],
  [/^\u00D0\u00CF\u0011\u00E0|^\uFFFD\uFFFD\u0011\uFFFD/, 'an old Excel (.xls) or Office file'],
  [/^%PDF/, 'a PDF document'],
  [/^\u0089PNG|^\uFFFDPNG/, 'a PNG image'],
  [/^(II\*\u0000|MM\u0000\*)/, 'a TIFF image'],
];

/** Null for a text file; else what the file seems to be. */
export function binaryKind(text: string): string | null {
  for (const [sig, what] of BINARY_SIGNATURES) if (sig.test(text)) return what;
  // A text file has no NUL characters; replacement characters mean bytes that are not UTF-8.
  const head = text.slice(0, 4096);
  const odd = (head.match(/[\u0000\uFFFD]/g) ?? []).length;
  return odd > 8 || head.includes('\u0000') ? 'a binary file' : null;
}

/**
 * Character offset of the first JSON syntax error (RFC 8259 grammar), for parsers whose message
 * names no position (V8 since Node 20 quotes the text around it instead). Null when none found.
 */
export function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const ws = () => { while (i < text.length && ' \t\n\r'.includes(text[i])) i++; };
  const fail = (): never => { throw i; };
  const lit = (word: string) => { if (text.startsWith(word, i)) i += word.length; else fail(); };
  const str = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') { i++; if (!'"\\/bfnrtu'.includes(text[i] ?? '')) fail(); }
      else if (text.charCodeAt(i) < 0x20) fail();
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const num = () => { const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 64)); if (!m) fail(); i += m![0].length; };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') { i++; ws(); if (text[i] === '}') { i++; return; } for (;;) { ws(); if (text[i] !== '"') fail(); str(); ws(); if (text[i] !== ':') fail(); i++; value(); ws(); if (text[i] === ',') { i++; continue; } if (text[i] === '}') { i++; return; } fail(); } }
    if (c === '[') { i++; ws(); if (text[i] === ']') { i++; return; } for (;;) { value(); ws(); if (text[i] === ',') { i++; continue; } if (text[i] === ']') { i++; return; } fail(); } }
    if (c === '"') return str();
    if (c === 't') return lit('true');
    if (c === 'f') return lit('false');
    if (c === 'n') return lit('null');
    num();
  };
  try { value(); ws(); return i < text.length ? i : null; } catch (at) { return typeof at === 'number' ? at : null; }
}

/** "line L, column C" (1-based) of a character offset. */
export function lineColumn(text: string, at: number): string {
  const before = text.slice(0, at);
  return `line ${before.split('\n').length}, column ${at - before.lastIndexOf('\n')}`;
}

/** The one message for text that is not JSON: where it broke, or the parser's own words when it does not say. */
export function notJsonMessage(text: string, error: Error): string {
  const at = jsonErrorOffset(text);
  return at !== null ? `not valid JSON at ${lineColumn(text, at)}` : `not valid JSON: ${error.message}`;
}
