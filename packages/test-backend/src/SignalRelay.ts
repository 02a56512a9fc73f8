import { membershipOf } from './demoCatalog';

/** A signal as the plugin publishes it through the signals service. */
export interface PublishedSignal {
  recipients:
    | { type: 'broadcast' }
    | { type: 'user'; entityRef: string | string[] };
  channel: string;
  message: unknown;
}

type Listener = (channel: string, message: unknown) => void;

/**
 * Hands what the backend publishes to the browsers of the people it is for,
 * as the signals backend does: a broadcast to everyone, a user signal to the
 * named users and the members of the named groups.
 */
export class SignalRelay {
  private readonly listeners = new Map<Listener, string>();
  private muted = false;

  /**
   * Stops (or resumes) delivery, as a browser whose websocket dropped: what
   * happens meanwhile reaches it only when it asks again.
   */
  setMuted(muted: boolean) {
    this.muted = muted;
  }

  /** Listens as `userRef`; returns the function that stops listening. */
  listen(userRef: string, listener: Listener): () => void {
    this.listeners.set(listener, userRef);
    return () => this.listeners.delete(listener);
  }

  async publish(signal: PublishedSignal): Promise<void> {
    if (this.muted) {
      return;
    }
    for (const [listener, userRef] of [...this.listeners]) {
      if (isFor(signal, userRef)) {
        listener(signal.channel, signal.message);
      }
    }
  }
}

function isFor(signal: PublishedSignal, userRef: string): boolean {
  if (signal.recipients.type === 'broadcast') {
    return true;
  }
  const refs = [signal.recipients.entityRef].flat();
  return membershipOf(userRef).some(ref => refs.includes(ref));
}
