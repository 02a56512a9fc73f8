/** The words of one field (or section) in one language. @public */
export interface FieldText {
  title: string;
  description?: string;
  /** Shown under the input as help. */
  help?: string;
  placeholder?: string;
  /** Label of the explanation of a yes/no field ("Hvor og hvordan?"). */
  explanation?: string;
  /** Labels of the values of an enum field, by value. */
  options?: Record<string, string>;
}

/** Messages and labels that are not a field's own words. @public */
export interface CommonTexts {
  yes: string;
  no: string;
  answer: string;
  explanation: string;
  notFilled: string;
  /** Quotes a field title in running text. */
  quote: (title: string) => string;
  untitled: string;
  row: (n: number) => string;
  inRows: (column: string, list: string, row: number) => string;
  yearlyTotal: string;
  oneOffTotal: string;
  currency: (amount: number) => string;
  /** A date field's value (`2026-11-28`) as the reader writes dates, e.g. `28.11.2026`. */
  formatDate: (isoDate: string) => string;
  document: string;
  schemaVersion: string;
  messages: {
    required: string;
    wrongType: (expected: string) => string;
    types: Record<
      'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object',
      string
    >;
    entityRef: string;
    yesNo: string;
    date: string;
    uri: string;
    maxLength: (n: number) => string;
    maxItems: (n: number) => string;
    minimum: (n: number) => string;
    maximum: (n: number) => string;
    oneOf: (allowed: string) => string;
    uniqueItems: string;
    unknownField: (name: string) => string;
    invalid: string;
    notObject: string;
    tooLarge: (maxBytes: number) => string;
    tooDeep: (maxDepth: number) => string;
    stringTooLong: (max: number) => string;
    tooManyItems: (max: number) => string;
    forbiddenKey: (key: string) => string;
    notJson: string;
    newerVersion: (version: unknown, supported: number) => string;
    versionRange: (supported: number) => string;
  };
}
