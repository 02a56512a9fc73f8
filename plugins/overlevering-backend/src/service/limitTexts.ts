import type { Locale } from '@hemit/overlevering-form-schema';

/** What the backend says, per language, when a request goes over a limit. @internal */
export interface LimitTexts {
  /** Too many saves in a short while; `wait` says how long to wait. */
  tooManySaves(p: { wait: string }): string;
  /** Too many new handovers in a short while. */
  tooManyCreates(p: { wait: string }): string;
  /** A request larger than the backend reads. */
  bodyTooLarge(p: { limit: string }): string;
  /** A wait of `seconds`, in words. */
  wait(seconds: number): string;
}

const nb: LimitTexts = {
  tooManySaves: p =>
    `Du har lagret svært mange ganger på kort tid. Prøv igjen om ${p.wait}.`,
  tooManyCreates: p =>
    `Du har opprettet mange overleveringer på kort tid. Prøv igjen om ${p.wait}.`,
  bodyTooLarge: p =>
    `Forespørselen er for stor. Den kan være høyst ${p.limit}.`,
  wait: seconds =>
    seconds < 120
      ? `${seconds} ${seconds === 1 ? 'sekund' : 'sekunder'}`
      : `${Math.ceil(seconds / 60)} minutter`,
};

const en: LimitTexts = {
  tooManySaves: p =>
    `You have saved very many times in a short while. Try again in ${p.wait}.`,
  tooManyCreates: p =>
    `You have created many handovers in a short while. Try again in ${p.wait}.`,
  bodyTooLarge: p => `The request is too large. It can be at most ${p.limit}.`,
  wait: seconds =>
    seconds < 120
      ? `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`
      : `${Math.ceil(seconds / 60)} minutes`,
};

/** The limit texts in `locale`; bokmål when none is given. @internal */
export function limitTexts(locale: Locale | undefined): LimitTexts {
  return locale === 'en' ? en : nb;
}
