import { InputError } from '@backstage/errors';
import { detectSeparator, readCsv } from './readCsv';

const cells = (text: string) => readCsv(text).map(record => record.cells);

describe('readCsv', () => {
  it('detects ; and , from the header, ignoring separators inside quotes', () => {
    expect(detectSeparator('ID;Tittel;Status\n1,2,3,4')).toBe(';');
    expect(detectSeparator('ID,Tittel,Status\n1;2;3;4')).toBe(',');
    expect(detectSeparator('"Beløp; NOK","Kostnad; per år",ID\n')).toBe(',');
    expect(detectSeparator('"A,B,C";ID\n')).toBe(';');
    expect(detectSeparator('ID\tTittel\n')).toBe('\t');
  });

  it('keeps line breaks, separators and doubled quotes inside quoted cells', () => {
    expect(
      cells(
        'ID;Hva er bestilt;Tittel\r\n' +
          '15;"Integrasjon mot ""Mine pasientreiser"";\r\nalle HF";"Pasientflyt"\r\n',
      ),
    ).toEqual([
      ['ID', 'Hva er bestilt', 'Tittel'],
      ['15', 'Integrasjon mot "Mine pasientreiser";\nalle HF', 'Pasientflyt'],
    ]);
  });

  it('numbers each record by the line of the file it starts on', () => {
    const records = readCsv(
      'ID,Tekst\n1,"to\nlinjer"\n\n2,en\r\n3,"a\r\nb\r\nc"\n4,x',
    );
    expect(records.map(record => [record.line, record.cells[0]])).toEqual([
      [1, 'ID'],
      [2, '1'],
      [4, ''],
      [5, '2'],
      [6, '3'],
      [9, '4'],
    ]);
  });

  it('follows Excel’s sep= hint and counts it as line 1', () => {
    const records = readCsv('sep=,\r\nID,Tittel;med semikolon\r\n1,A;B\r\n');
    expect(records).toEqual([
      { line: 2, cells: ['ID', 'Tittel;med semikolon'] },
      { line: 3, cells: ['1', 'A;B'] },
    ]);
  });

  it('reads lines ending in CR alone, and a last line without a line break', () => {
    expect(cells('ID;Tittel\r1;Timebok\r2;PACS')).toEqual([
      ['ID', 'Tittel'],
      ['1', 'Timebok'],
      ['2', 'PACS'],
    ]);
  });

  it('takes text after a closing quote and a quote inside a cell literally, as Excel does', () => {
    expect(cells('ID;Skjerm\n1;24" skjerm\n2; "A" B')).toEqual([
      ['ID', 'Skjerm'],
      ['1', '24" skjerm'],
      ['2', 'A B'],
    ]);
  });

  it('refuses a quote that never closes, naming the line where it opened', () => {
    const read = () =>
      readCsv('ID;Tekst\n1;ok\n2;"begynner her\nog slutter aldri\n');
    expect(read).toThrow(InputError);
    expect(read).toThrow(/^Linje 3: et anførselstegn/);
    expect(() => readCsv('ID,Text\n1,"open', 'en')).toThrow(
      /^Line 2: a quotation mark/,
    );
  });
});
