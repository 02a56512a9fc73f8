const booleanJsonSchema = { type: 'boolean', default: true };

/**
 * The `defaultEnabled` config of the tab and the card: a boolean, true when
 * left out. A Standard Schema written out, as Backstage's own optional
 * string schema is, so the plugin needs no schema library of its own.
 */
export const defaultEnabledSchema = {
  '~standard': {
    version: 1 as const,
    vendor: 'overlevering',
    validate: (value: unknown) => {
      if (value === undefined) {
        return { value: true };
      }
      if (typeof value === 'boolean') {
        return { value };
      }
      return {
        issues: [
          {
            message: `defaultEnabled must be true or false, got ${JSON.stringify(
              value,
            )}`,
          },
        ],
      };
    },
    jsonSchema: {
      input: () => booleanJsonSchema,
      output: () => booleanJsonSchema,
    },
    types: undefined as unknown as {
      input: boolean | undefined;
      output: boolean;
    },
  },
};
