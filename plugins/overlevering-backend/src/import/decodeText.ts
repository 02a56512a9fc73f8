/**
 * Windows-1252's characters for the bytes 0x80–0x9F (WHATWG index), by byte. Node 20.18.3 and
 * later decode `windows-1252` as Latin-1 (nodejs/node#60888), which turns these bytes into
 * invisible control characters: the en dash of "Timebok – ny tjeneste" would vanish. The
 * decoder's output is corrected with this table, which changes nothing where Node is right.
 * The five bytes Windows-1252 leaves unassigned map to themselves, as on the web.
 */
const C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, char => C1[char.charCodeAt(0) - 0x80]);
}

/**
 * Turns the bytes of a CSV export into text. SharePoint and Excel write UTF-8 with or without a
 * byte order mark, but a file saved by Excel as "CSV (semicolon separated)" on a Norwegian
 * Windows is Windows-1252. Bytes that are valid UTF-8 are read as UTF-8; anything else is read as
 * Windows-1252, which decodes every byte, so æ, ø, å and – survive either way. Excel's "Unicode
 * text" (UTF-16 with its byte order mark) is read too.
 *
 * @internal
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return new TextDecoder('utf-16le').decode(bytes);
  }
  try {
    // Strips a UTF-8 byte order mark.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}
