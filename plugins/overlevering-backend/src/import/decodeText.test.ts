import { decodeText } from './decodeText';

describe('decodeText', () => {
  const text = 'Tittel;Beløp\nTimebok – ny tjeneste for Ålesund;1 200 €';

  it('reads UTF-8 with and without a byte order mark', () => {
    const bytes = new TextEncoder().encode(text);
    expect(decodeText(bytes)).toBe(text);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toBe(text);
  });

  it('reads Windows-1252 when the bytes are not UTF-8, dashes, euro and quotes included', () => {
    // "Blå – «Ø» ’x’ 5 €" as Excel on a Norwegian Windows saves it.
    const bytes = new Uint8Array([
      0x42, 0x6c, 0xe5, 0x20, 0x96, 0x20, 0xab, 0xd8, 0xbb, 0x20, 0x92, 0x78,
      0x92, 0x20, 0x35, 0x20, 0x80,
    ]);
    expect(decodeText(bytes)).toBe('Blå – «Ø» ’x’ 5 €');
  });

  it('reads UTF-16 with its byte order mark, as Excel saves "Unicode text"', () => {
    const body = Buffer.from('ID\tTittel\n7\tØkonomi', 'utf16le');
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...body]))).toBe(
      'ID\tTittel\n7\tØkonomi',
    );
  });
});
