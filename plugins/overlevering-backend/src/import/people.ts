import { normalizeName } from './columnName';

/** A person of the old list as the catalog knows them, or the text that matched nobody. @internal */
export type PersonResolution = { ref: string } | { unresolved: string };

/**
 * Finds the catalog user a person column of the old list names. The list wrote people by
 * display name or e-mail; the import never guesses, so a name that fits nobody, or several,
 * comes back unresolved.
 *
 * @internal
 */
export interface PersonResolver {
  resolvePerson(text: string): PersonResolution;
}

/** A catalog user as the resolver needs them. @internal */
export interface CatalogPerson {
  /** The user's entity ref, e.g. `user:default/kari.nordmann`. */
  ref: string;
  displayName?: string;
  email?: string;
}

/**
 * The forms a person takes in a SharePoint export besides a plain name or e-mail: a claim
 * (`i:0#.f|membership|kari@hemit.no`), `Name <e-mail>`, and `Surname, Given name`.
 */
function readings(text: string): string[] {
  const found = [text];
  const claim = /\|([^|]+@[^|]+)$/.exec(text);
  if (claim) found.push(claim[1]);
  const addressed = /^(.*)<([^<>]+@[^<>]+)>$/.exec(text);
  if (addressed) found.push(addressed[2], addressed[1]);
  const reversed = /^([^,]+),\s*([^,]+)$/.exec(text);
  if (reversed) found.push(`${reversed[2]} ${reversed[1]}`);
  return found.map(normalizeName).filter(Boolean);
}

/**
 * A resolver over a list of catalog users (read once for the whole import): matches an entity
 * ref, an e-mail or a display name, ignoring case and extra spaces. A display name two users
 * share resolves to neither.
 *
 * @internal
 */
export function personResolverFromCatalog(
  people: readonly CatalogPerson[],
): PersonResolver {
  const refs = new Map<string, Set<string>>();
  const add = (key: string | undefined, ref: string) => {
    if (!key) return;
    const normalized = normalizeName(key);
    if (!refs.has(normalized)) refs.set(normalized, new Set());
    refs.get(normalized)!.add(ref);
  };
  for (const person of people) {
    add(person.ref, person.ref);
    add(person.email, person.ref);
    add(person.displayName, person.ref);
  }
  return {
    resolvePerson(text: string): PersonResolution {
      for (const reading of readings(text)) {
        const matches = refs.get(reading);
        if (matches?.size === 1) return { ref: [...matches][0] };
        if (matches && matches.size > 1) break;
      }
      return { unresolved: text.trim() };
    },
  };
}
