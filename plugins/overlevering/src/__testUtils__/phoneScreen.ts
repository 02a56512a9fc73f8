/**
 * Makes the test's browser a phone: every `max-width` media query matches,
 * as on a screen narrower than MUI's `sm` breakpoint. Returns the undo.
 */
export function onPhoneScreen(): () => void {
  const original = window.matchMedia;
  window.matchMedia = (query: string) =>
    ({
      matches: query.includes('max-width'),
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    } as MediaQueryList);
  return () => {
    window.matchMedia = original;
  };
}
