import { useCallback, useEffect, useRef, useState } from 'react';
import { isEditable, type Handover } from '@hemit/plugin-overlevering-common';
import {
  fieldErrorsOf,
  isConflict,
  retryAfterOf,
  type FieldError,
  type OverleveringApi,
} from '../../api';
import {
  changedPaths,
  rebaseEdits,
  valueAtPath,
  withValueAtPath,
  type JsonRecord,
} from '../../lib/document';
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
 * The document with each refused field set back to what the backend has, or
 * undefined when that leaves nothing new to save.
 */
function withoutRefused(
  document: JsonRecord,
  base: JsonRecord,
  refused: FieldError[],
): JsonRecord | undefined {
  const paths = refused.map(e => e.path).filter(Boolean);
  if (paths.length === 0 || paths.length < refused.length) return undefined;
  const rest = paths.reduce(
    (doc, path) => withValueAtPath(doc, path, valueAtPath(base, path)),
    document,
  );
  return changedPaths(base, rest).length > 0 ? rest : undefined;
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
    (edits: StoredEdits | undefined) => {
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
    /** Before this time (ms) the backend takes no save: it said to wait. */
    notBefore: 0,
  });
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  /** Takes in a revision the backend now has. */
  const accept = useCallback((saved: Handover) => {
    live.current.revision = saved.revision;
    live.current.base = saved.document;
    onSavedRef.current(saved);
  }, []);

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
      accept(saved);
      setFieldErrors([]);
      setError(undefined);
      current.saving = false;
      if (current.document === sent) {
        writeStored(undefined);
        setState('saved');
        current.again = false;
      } else {
        writeStored({ base: current.base, document: current.document });
        setState('dirty');
        if (current.again) {
          current.again = false;
          return save();
        }
      }
      return saved;
    } catch (e) {
      const wait = retryAfterOf(e);
      if (wait !== undefined) {
        // Too many saves in a short while: nothing is refused for good and
        // nothing is lost (the edits stay here and in the vault); the save
        // comes again, with whatever was typed meanwhile, once the backend
        // takes saves again.
        current.saving = false;
        current.again = false;
        current.notBefore = Date.now() + wait * 1000;
        setState('dirty');
        clearTimeout(timer.current);
        timer.current = setTimeout(() => {
          if (stateRef.current === 'dirty') void save();
        }, wait * 1000);
        return undefined;
      }
      const refused = fieldErrorsOf(e);
      // A refused field must not hold back everything typed after it: save
      // the rest with those fields as the backend has them; the refused
      // values stay in the form, marked, and kept in the browser.
      const rest = withoutRefused(sent, current.base, refused);
      if (rest) {
        try {
          accept(
            await api.saveDocument(id, {
              revision: current.revision,
              document: rest,
            }),
          );
          writeStored({ base: current.base, document: current.document });
        } catch {
          // The first refusal is the one to show.
        }
      }
      current.saving = false;
      // What was typed while this save was refused still has to reach the
      // backend: its own save was asked for and must not be dropped.
      const typedMeanwhile =
        current.again && current.document !== sent && !isConflict(e);
      current.again = false;
      setError(e as Error);
      setFieldErrors(refused);
      setState(isConflict(e) ? 'conflict' : 'error');
      if (typedMeanwhile) {
        timer.current = setTimeout(() => void save(), delayMs);
      }
      return undefined;
    }
  }, [api, id, setState, writeStored, accept, delayMs]);

  const setDocument = useCallback(
    (next: JsonRecord) => {
      live.current.document = next;
      setDocumentState(next);
      writeStored({ base: live.current.base, document: next });
      if (stateRef.current !== 'conflict') setState('dirty');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        // After a conflict the user must choose to reload first.
        if (stateRef.current === 'dirty' || stateRef.current === 'error') {
          void save();
        }
      }, Math.max(delayMs, live.current.notBefore - Date.now()));
    },
    [delayMs, save, setState, writeStored],
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
      writeStored(undefined);
      setState('saved');
      return latest;
    }
    if (!isEditable(latest.status)) {
      setState('conflict');
      return latest;
    }
    writeStored({ base: current.base, document: merged });
    setState('dirty');
    timer.current = setTimeout(() => void save(), delayMs);
    return latest;
  }, [api, id, setState, save, delayMs, writeStored]);

  // Leaving the form (another page of the portal) does not wait for the
  // pause: what is unsaved goes to the backend at once, so another browser
  // sees it and nothing stays only in this one.
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      const unsaved =
        stateRef.current === 'dirty' || stateRef.current === 'error';
      if (unsaved && editable) {
        void saveRef.current();
      }
    },
    [editable],
  );

  // Edits restored from an earlier visit are saved by themselves, as if
  // just typed.
  useEffect(() => {
    if (stateRef.current === 'dirty' && editable) {
      timer.current = setTimeout(() => void saveRef.current(), delayMs);
    }
    // Once, for what the page opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Closing or reloading the tab with edits the backend lacks asks first.
  useEffect(() => {
    if (state === 'saved' || state === 'conflict') return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [state]);

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
