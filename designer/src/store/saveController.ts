// Autosave of the open draft: a change is kept in the browser at once and sent to the server after a
// short pause, with the revision it was made on. The server refuses a stale revision (409): then the
// editor stops saving and asks the person what to do; it never overwrites silently.
import { create } from 'zustand';
import { ApiError, ServerUnreachableError, api, onReachabilityChange } from '../api/client';
import { useEditor } from './editorStore';
import { forgetUnsaved, keepUnsaved } from './unsavedEdits';

export type SaveStateKind = 'saved' | 'pending' | 'saving' | 'offline' | 'conflict' | 'error' | 'read-only';

export interface SaveState {
  kind: SaveStateKind;
  message?: string;
  /** The revision the server has, when it refused ours as stale. */
  theirRevision?: number;
  savedAt?: number;
}

export const useSaveState = create<SaveState>(() => ({ kind: 'saved' }));

const AUTOSAVE_DELAY_MS = 800;
let timer: ReturnType<typeof setTimeout> | undefined;
let inFlight: Promise<boolean> | null = null;
let savedChangeCount = 0;
let activeFlowId: string | null = null;

/** Starts saving the open flow on every change; returns the function that stops it. */
export function startAutosave(flowId: string, initialState: SaveState = { kind: 'saved' }): () => void {
  activeFlowId = flowId;
  savedChangeCount = initialState.kind === 'saved' ? useEditor.getState().changeCount : -1;
  useSaveState.setState(initialState, true);
  const stopWatching = useEditor.subscribe((s, previous) => {
    if (s.changeCount === previous.changeCount || s.readOnly) return;
    keepUnsaved(flowId, { baseRevision: s.meta.revision, definition: s.definition(), at: new Date().toISOString() });
    const kind = useSaveState.getState().kind;
    if (kind === 'conflict') return;
    if (kind !== 'offline') useSaveState.setState({ kind: 'pending', message: undefined });
    schedule();
  });
  const stopReachability = onReachabilityChange((reachable) => {
    if (reachable && useSaveState.getState().kind === 'offline') schedule(0);
  });
  const onUnload = (e: BeforeUnloadEvent) => {
    if (['pending', 'saving', 'offline', 'conflict', 'error'].includes(useSaveState.getState().kind)) e.preventDefault();
  };
  window.addEventListener('beforeunload', onUnload);
  if (initialState.kind === 'pending') schedule(0);
  return () => {
    clearTimeout(timer);
    stopWatching();
    stopReachability();
    window.removeEventListener('beforeunload', onUnload);
    activeFlowId = null;
  };
}

function schedule(delay = AUTOSAVE_DELAY_MS) {
  clearTimeout(timer);
  timer = setTimeout(() => void saveNow(), delay);
}

/** Saves now if anything is unsaved; resolves true when the server has the current draft. */
export async function saveNow(options: { overwrite?: boolean } = {}): Promise<boolean> {
  clearTimeout(timer);
  if (inFlight) await inFlight;
  const flowId = activeFlowId;
  const editor = useEditor.getState();
  if (!flowId || editor.readOnly) return false;
  const state = useSaveState.getState();
  if (state.kind === 'conflict' && !options.overwrite) return false;
  const changeCount = editor.changeCount;
  if (changeCount === savedChangeCount && state.kind === 'saved') return true;
  const revision = options.overwrite && state.theirRevision !== undefined ? state.theirRevision : editor.meta.revision;
  useSaveState.setState({ kind: 'saving', message: undefined });
  inFlight = (async () => {
    try {
      const saved = await api.saveFlow(editor.definition(), revision);
      useEditor.getState().setMeta({ revision: saved.flow.revision, status: saved.flow.status, publishedVersion: saved.flow.publishedVersion, latestVersion: saved.flow.latestVersion });
      useEditor.getState().setServerProblems(saved.problems);
      savedChangeCount = changeCount;
      if (useEditor.getState().changeCount === changeCount) {
        forgetUnsaved(flowId);
        useSaveState.setState({ kind: 'saved', savedAt: Date.now(), message: undefined, theirRevision: undefined }, true);
      } else {
        keepUnsaved(flowId, { baseRevision: saved.flow.revision, definition: useEditor.getState().definition(), at: new Date().toISOString() });
        useSaveState.setState({ kind: 'pending' });
        schedule();
      }
      return true;
    } catch (error) {
      if (error instanceof ServerUnreachableError) {
        useSaveState.setState({ kind: 'offline', message: error.message });
      } else if (error instanceof ApiError && (error.status === 409 || error.status === 412)) {
        const theirs = typeof error.problem.actualRevision === 'number' ? error.problem.actualRevision : undefined;
        useSaveState.setState({
          kind: 'conflict', theirRevision: theirs,
          message: `Not saved: this draft was changed in another tab or by someone else${theirs ? ` (it is now at revision ${theirs})` : ''}. Your edits are kept in this browser. Reload to see the other changes, or overwrite them with yours.`,
        });
      } else {
        useSaveState.setState({ kind: 'error', message: `Not saved: ${(error as Error).message}` });
      }
      return false;
    } finally {
      inFlight = null;
    }
  })();
  return inFlight;
}

/** The person chose to replace the other draft with theirs. */
export function overwriteWithMine(): Promise<boolean> {
  return saveNow({ overwrite: true });
}
