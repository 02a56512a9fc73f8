// Web addresses in the export are written as links that name the host they
// lead to, "https://wiki.hemit.no/runbook (wiki.hemit.no)", so that every
// reader of the export sees where a link goes before following it, also when
// the address is made to look like another one
// (`https://wiki.hemit.no@example.com/`).

/** A web address in free text, up to white space or what cannot be in one. */
const WEB_ADDRESS = /https?:\/\/[^\s<>"'`\\]+/g;

/**
 * Punctuation that ends a sentence rather than the address, as GFM reads an
 * address in text; a closing parenthesis only when the address has no
 * opening one to match it.
 */
function trimTrailing(address: string): string {
  let end = address.length;
  for (;;) {
    const last = address[end - 1];
    if (/[.,:;!?*_~]/.test(last)) {
      end -= 1;
    } else if (last === ')') {
      const inside = address.slice(0, end);
      const opened = inside.split('(').length - 1;
      const closed = inside.split(')').length - 1;
      if (closed <= opened) break;
      end -= 1;
    } else {
      break;
    }
  }
  return address.slice(0, end);
}

/** The parsed web address, or undefined when it is not an http(s) URL. */
function webUrl(address: string): URL | undefined {
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:'
      ? url
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `address` as a Markdown link whose text is the address as typed, followed
 * by the host it leads to; the address escaped as text when it is no web
 * address.
 */
export function markdownLink(
  address: string,
  escape: (text: string) => string,
): string {
  const url = webUrl(address);
  if (!url) {
    return escape(address);
  }
  // The parsed form percent-encodes what could end the destination; a `|`
  // is encoded too, so a link in a table cell keeps the row whole, and an
  // `&` is written as the reference Markdown reads back as `&`, so that
  // `&copy;` in a query stays those six characters and never becomes ©.
  const destination = url.href.replace(/\|/g, '%7C').replace(/&/g, '&amp;');
  return `[${escape(address)}](<${destination}>) (${escape(url.host)})`;
}

// Private-use characters stand in for the addresses while the rest of the
// text is escaped; a text that holds them itself is escaped as it is.
const OPEN = '\uE000';
const CLOSE = '\uE001';

/**
 * Free text escaped with `escape`, and each web address in it written as a
 * link that names its host.
 */
export function escapeWithLinks(
  text: string,
  escape: (text: string) => string,
): string {
  if (text.includes(OPEN) || text.includes(CLOSE)) {
    return escape(text);
  }
  const addresses: string[] = [];
  const marked = text.replace(WEB_ADDRESS, found => {
    const address = trimTrailing(found);
    if (!webUrl(address)) {
      return found;
    }
    addresses.push(address);
    return `${OPEN}${addresses.length - 1}${CLOSE}${found.slice(
      address.length,
    )}`;
  });
  return escape(marked).replace(
    new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g'),
    (_, index: string) => markdownLink(addresses[Number(index)], escape),
  );
}
