// Edits not yet accepted by the server, kept in the browser (localStorage) so a closed tab, a reload
// or an unreachable server loses nothing.
import type { FlowDefinition } from '../model/flow';

export interface UnsavedEdits {
  /** The server revision the edits were made on. */
  baseRevision: number;
  definition: FlowDefinition;
  at: string;
}

const key = (flowId: string) => `flowbuilder:unsaved:${flowId}`;

export function keepUnsaved(flowId: string, edits: UnsavedEdits) {
  try {
    localStorage.setItem(key(flowId), JSON.stringify(edits));
  } catch {
    // Storage full or disabled: the edits still live in memory.
  }
}

export function readUnsaved(flowId: string): UnsavedEdits | null {
  try {
    const text = localStorage.getItem(key(flowId));
    return text ? (JSON.parse(text) as UnsavedEdits) : null;
  } catch {
    return null;
  }
}

export function forgetUnsaved(flowId: string) {
  try {
    localStorage.removeItem(key(flowId));
  } catch {
    // Nothing to forget.
  }
}
