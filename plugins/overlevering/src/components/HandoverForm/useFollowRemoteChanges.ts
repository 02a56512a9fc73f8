import { useEffect } from 'react';
import { useSignal } from '@backstage/plugin-signals-react';
import {
  handoverSignalChannel,
  type Handover,
  type HandoverSignal,
} from '@hemit/plugin-overlevering-common';
import type { useDocumentAutosave } from './useDocumentAutosave';

/**
 * When the handover changes elsewhere (another tab, a submit, a withdrawal),
 * shows the newest revision at once if the user has nothing unsaved; unsaved
 * edits are never replaced (the stale save and its reload handle those).
 */
export function useFollowRemoteChanges(
  handover: Handover,
  autosave: ReturnType<typeof useDocumentAutosave>,
) {
  const { lastSignal } = useSignal<HandoverSignal & Record<string, any>>(
    handoverSignalChannel(handover.id),
  );
  const { state, revision, hasEdits, reloadKeepingEdits } = autosave;
  useEffect(() => {
    if (!lastSignal) return;
    const newer =
      lastSignal.revision > revision() ||
      (lastSignal.revision === revision() &&
        lastSignal.status !== handover.status);
    if (!newer) return;
    if (state === 'saved' && !hasEdits()) {
      // A failed reload leaves what is shown; the next save tells of it.
      reloadKeepingEdits().catch(() => undefined);
    }
    // Only a new signal should trigger this, not a change of save state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lastSignal]);
}
