import type { Locale } from '@hemit/overlevering-form-schema';

/** What the backend says, per language, when it refuses a document. @internal */
export interface RefusalTexts {
  /** The lead of a refused document's message, before its problems. */
  documentInvalid: string;
  /** The lead of a refused submit whose seats nobody can be asked for. */
  seatsUnresolvable: string;
  /** A seat whose field must name a user the catalog knows. */
  seatNeedsUser(p: { role: string }): string;
  /** A group seat whose group the catalog does not know. */
  seatGroupMissing(p: { role: string; group: string }): string;
  /** A person seat naming the owner where the owner may not approve. */
  seatIsOwner(p: { role: string }): string;
}

const nb: RefusalTexts = {
  documentInvalid: 'Dokumentet er ikke gyldig',
  seatsUnresolvable: 'Godkjennerrollene kan ikke besettes',
  seatNeedsUser: p => `«${p.role}» må være en bruker som finnes i katalogen`,
  seatGroupMissing: p =>
    `Gruppen ${p.group} for rollen «${p.role}» finnes ikke i katalogen`,
  seatIsOwner: p =>
    `«${p.role}» kan ikke være deg selv: en annen enn leveranseansvarlig må godkjenne`,
};

const en: RefusalTexts = {
  documentInvalid: 'The document is not valid',
  seatsUnresolvable: 'The approver seats cannot be resolved',
  seatNeedsUser: p => `“${p.role}” must be a user that exists in the catalog`,
  seatGroupMissing: p =>
    `The group ${p.group} of the seat “${p.role}” does not exist in the catalog`,
  seatIsOwner: p =>
    `“${p.role}” cannot be yourself: someone other than the delivery owner must approve`,
};

/** The refusal texts in `locale`; bokmål when none is given. @internal */
export function refusalTexts(locale: Locale | undefined): RefusalTexts {
  return locale === 'en' ? en : nb;
}
