import { useCallback, useEffect, useRef, useState } from 'react';
import type { Handover } from '@hemit/plugin-overlevering-common';
import {
  fieldErrorsOf,
  isConflict,
  type FieldError,
  type OverleveringApi,
} from '../../api';
import { changedPaths, rebaseEdits, type JsonRecord } from '../../lib/document';
import type { DraftVault } from '../../lib/draftVault';

/** What the user sees of the saving. */
export type SaveState = 'saved' | 'dirty' | 'saving' | 'conflict' | 'error';

/** Unsaved edits as the browser keeps them until the backend has them. */
export interface StoredEdits {
  /** The document the edits started from. */
  base: JsonRecord;
  document: JsonRecord;
}

/**
 * Keeps the form's document, saves it after the user pauses (and on demand),
 * and never loses what was typed: unsaved edits stay sealed in the person's
 * vault in the browser until the backend has them, a stale save (409) keeps
 * them, and reloading lays them over the newest revision.
 */
export function useDocumentAutosave(options: {
  api: OverleveringApi;
  handover: Handover;
  editable: boolean;
  delayMs: number;
  onSaved: (handover: Handover) => void;
  /** Where unsaved edits wait; without it they are only in this page. */
  vault?: DraftVault;
  /** What the vault held for this handover when the page opened. */
  stored?: StoredEdits;
}) {
  const { api, handover, editable, delayMs, onSaved, vault } = options;
  const id = handover.id;
  const stored = useRef(options.stored);
  // Writes to the vault go one after another, so the last one stays.
  const writes = useRef<Promise<void>>(Promise.resolve());
  const writeStored = useCallback(
    (_id: string, edits: StoredEdits | undefined) => {
      if (!vault) return;
      writes.current = writes.current.then(() => vault.keep(id, edits));
    },
    [vault, id],
  );
  const [document, setDocumentState] = useState<JsonRecord>(() =>
    stored.current && editable
      ? rebaseEdits(
          stored.current.base,
          stored.current.document,
          handover.document,
        )
      : handover.document,
  );
  const [state, setStateValue] = useState<SaveState>(
    stored.current && editable ? 'dirty' : 'saved',
  );
  const stateRef = useRef(state);
  const setState = useCallback((next: SaveState) => {
    stateRef.current = next;
    setStateValue(next);
  }, []);
  const [restored] = useState(Boolean(stored.current && editable));
  const [error, setError] = useState<Error>();
  const [fieldErrors, setFieldErrors] = useState<FieldError[]>([]);

  // The saving logic reads these without waiting for a render.
  const live = useRef({
    base: stored.current?.base ?? handover.document,
    revision: handover.revision,
    document,
    saving: false,
    again: false,
  });
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const save = useCallback(async (): Promise<Handover | undefined> => {
    clearTimeout(timer.current);
    const current = live.current;
    if (current.saving) {
      current.again = true;
      return undefined;
    }
    current.saving = true;
    setState('saving');
    const sent = current.document;
    try {
      const saved = await api.saveDocument(id, {
        revision: current.revision,
        document: sent,
      });
      current.revision = saved.revision;
      current.base = saved.document;
      setFieldErrors([]);
      setError(undefined);
      onSavedRef.current(saved);
      current.saving = false;
      if (current.document === sent) {
        writeStored(id, undefined);
        setState('saved');
        current.again = false;
      } else {
        writeStored(id, { base: current.base, document: current.document });
        setState('dirty');
        if (current.again) {
          current.again = false;
          return save();
        }
      }
      return saved;
    } catch (e) {
      current.saving = false;
      current.again = false;
      setError(e as Error);
      setFieldErrors(fieldErrorsOf(e));
      setState(isConflict(e) ? 'conflict' : 'error');
      return undefined;
    }
  }, [api, id, setState, writeStored]);

  const setDocument = useCallback(
    (next: JsonRecord) => {
      live.current.document = next;
      setDocumentState(next);
      writeStored(id, { base: live.current.base, document: next });
      if (stateRef.current !== 'conflict') setState('dirty');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        // After a conflict the user must choose to reload first.
        if (stateRef.current === 'dirty' || stateRef.current === 'error') {
          void save();
        }
      }, delayMs);
    },
    [delayMs, id, save, setState, writeStored],
  );

  /** Loads the newest revision and lays the user's unsaved edits over it. */
  const reloadKeepingEdits = useCallback(async () => {
    const latest = await api.getHandover(id);
    const current = live.current;
    const merged = rebaseEdits(current.base, current.document, latest.document);
    current.base = latest.document;
    current.revision = latest.revision;
    current.document = merged;
    setDocumentState(merged);
    onSavedRef.current(latest);
    setError(undefined);
    clearTimeout(timer.current);
    if (changedPaths(latest.document, merged).length === 0) {
      // Nothing of ours is missing from the newest revision.
      writeStored(id, undefined);
      setState('saved');
      return latest;
    }
    if (latest.status === 'in_review' || latest.status === 'approved') {
      setState('conflict');
      return latest;
    }
    writeStored(id, { base: current.base, document: merged });
    setState('dirty');
    timer.current = setTimeout(() => void save(), delayMs);
    return latest;
  }, [api, id, setState, save, delayMs, writeStored]);

  useEffect(() => () => clearTimeout(timer.current), []);

  return {
    document,
    setDocument,
    save,
    reloadKeepingEdits,
    state,
    restored,
    error,
    fieldErrors,
    revision: () => live.current.revision,
    /** Whether the document has edits the backend does not have. */
    hasEdits: () =>
      changedPaths(live.current.base, live.current.document).length > 0,
  };
}
