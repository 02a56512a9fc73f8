/**
 * The `experimental_defaultFormStateBehavior` of react-jsonschema-form under which a form
 * never answers for the user: a choice nobody made stays unanswered (no first option picked
 * for a new cost line's period, no empty lists or objects written), so opening a form or adding
 * a row changes nothing the user did not choose.
 *
 * @public
 */
export const NO_DEFAULT_ANSWERS = Object.freeze({
  constAsDefaults: 'skipOneOf',
  emptyObjectFields: 'skipEmptyDefaults',
} as const);
