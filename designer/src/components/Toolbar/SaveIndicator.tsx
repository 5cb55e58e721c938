import { useSaveState } from '../../store/saveController';

const TEXT: Record<string, string> = {
  saved: 'All changes saved',
  pending: 'Unsaved changes…',
  saving: 'Saving…',
  offline: 'Offline — changes kept in this browser',
  conflict: 'Not saved — changed elsewhere',
  error: 'Not saved',
  'read-only': 'Read-only',
};

/** The autosave state, always visible in the toolbar. */
export function SaveIndicator() {
  const state = useSaveState();
  return (
    <span className={`save-indicator save-${state.kind}`} data-testid="save-state" data-state={state.kind} title={state.message}>
      {TEXT[state.kind]}
    </span>
  );
}
