// The flows page's state: the list (server-side search, archived hidden unless asked), the message
// area, and the actions on a flow (create, rename, duplicate, archive, export, import, from template).
import { create } from 'zustand';
import { ApiError, api } from '../api/client';
import type { FlowSummary, FlowTemplate, SavedFlow } from '../api/views';
import type { Message } from '../components/MessageArea/MessageArea';
import { messageOf, problemsOf, type PathProblem } from '../components/ProblemList/problems';
import { emptyFlow, type FlowDefinition } from '../model/flow';

/** Flow ids the designer creates: lower-case letters, digits and dashes, starting with a letter or digit. */
export const FLOW_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** A flow id derived from a name: "Support line (EU)" -> "support-line-eu". */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}

/** The ids of every flow, archived ones included. */
async function takenIds(): Promise<Set<string>> {
  return new Set((await api.flows()).map((f) => f.id));
}

/** True when no flow (archived ones included) has this id. */
export async function isFlowIdFree(id: string): Promise<boolean> {
  return !(await takenIds()).has(id);
}

/** The first free id among `base`, `base-2`, `base-3`, … */
export async function freeFlowId(base: string): Promise<string> {
  const taken = await takenIds();
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export type ImportOutcome =
  | { kind: 'imported'; saved: SavedFlow }
  | { kind: 'exists'; id: string }
  | { kind: 'rejected'; problems: PathProblem[] };

export type TemplatesState =
  | { kind: 'idle' | 'loading' }
  | { kind: 'loaded'; templates: FlowTemplate[] }
  | { kind: 'unavailable' }
  | { kind: 'failed'; message: string };

/** Where an import stands, as its dialogs show it. */
export type ImportState =
  | { kind: 'idle' }
  | { kind: 'malformed'; fileName: string; message: string; line: number | null; column: number | null }
  | { kind: 'confirm-replace'; fileName: string; id: string; text: string }
  | { kind: 'rejected'; fileName: string; problems: PathProblem[] }
  | { kind: 'imported'; id: string; problems: PathProblem[] };

interface FlowsState {
  importState: ImportState;
  setImportState: (state: ImportState) => void;
  flows: FlowSummary[];
  loaded: boolean;
  loading: boolean;
  search: string;
  showArchived: boolean;
  message: Message | null;
  templates: TemplatesState;
  load: () => Promise<void>;
  setSearch: (search: string) => void;
  setShowArchived: (show: boolean) => void;
  setMessage: (message: Message | null) => void;
  /** Runs an action; a failure lands in the message area. Resolves to the action's value, or undefined when it failed. */
  attempt: <T>(what: string, action: () => Promise<T>) => Promise<T | undefined>;
  create: (id: string, name: string) => Promise<string | undefined>;
  rename: (id: string, name: string) => Promise<boolean>;
  duplicate: (id: string) => Promise<string | undefined>;
  setArchived: (id: string, archived: boolean) => Promise<void>;
  exportFlow: (id: string) => Promise<void>;
  importFlow: (text: string, replace: boolean) => Promise<ImportOutcome>;
  loadTemplates: () => Promise<void>;
  createFromTemplate: (templateId: string, id: string, name: string) => Promise<string | undefined>;
}

let loadTicket = 0;

export const useFlowsStore = create<FlowsState>()((set, get) => ({
  flows: [],
  loaded: false,
  loading: false,
  search: '',
  showArchived: false,
  message: null,
  templates: { kind: 'idle' },
  importState: { kind: 'idle' },
  setImportState: (importState) => set({ importState }),

  load: async () => {
    const ticket = ++loadTicket;
    set({ loading: true });
    try {
      const flows = await api.flows(get().search.trim() || undefined);
      if (ticket === loadTicket) set({ flows, loaded: true, loading: false });
    } catch (error) {
      if (ticket === loadTicket) set({ loading: false, message: { kind: 'error', text: `Could not load the flows: ${messageOf(error)}` } });
    }
  },
  setSearch: (search) => set({ search }),
  setShowArchived: (showArchived) => set({ showArchived }),
  setMessage: (message) => set({ message }),

  attempt: async (what, action) => {
    try {
      return await action();
    } catch (error) {
      set({ message: { kind: 'error', text: `${what} failed: ${messageOf(error)}` } });
      return undefined;
    }
  },

  create: (id, name) =>
    get().attempt(`Creating '${id}'`, async () => {
      const saved = await api.createFlow(emptyFlow(id, name));
      return saved.flow.id;
    }),

  rename: async (id, name) => {
    const done = await get().attempt(`Renaming '${id}'`, async () => {
      const stored = await api.flow(id);
      await api.saveFlow({ ...stored.draft, name }, stored.revision);
      return true;
    });
    if (done) {
      set({ message: { kind: 'info', text: `Renamed '${id}' to "${name}".` } });
      await get().load();
    }
    return done === true;
  },

  duplicate: (id) =>
    get().attempt(`Duplicating '${id}'`, async () => {
      const stored = await api.flow(id);
      const copyId = await freeFlowId(`${id}-copy`);
      const copy: FlowDefinition = { ...stored.draft, id: copyId, name: `Copy of ${stored.draft.name}`, version: 0, status: 'draft' };
      const saved = await api.createFlow(copy);
      return saved.flow.id;
    }),

  setArchived: async (id, archived) => {
    const done = await get().attempt(`${archived ? 'Archiving' : 'Unarchiving'} '${id}'`, async () => {
      await (archived ? api.archive(id) : api.unarchive(id));
      return true;
    });
    if (done) {
      set({ message: { kind: 'info', text: `${archived ? 'Archived' : 'Unarchived'} '${id}'.` } });
      await get().load();
    }
  },

  exportFlow: async (id) => {
    await get().attempt(`Exporting '${id}'`, async () => {
      const file: unknown = await api.exportFlow(id);
      const text = typeof file === 'string' ? file : `${JSON.stringify(file, null, 2)}\n`;
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `${id}.flow.json`;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    });
  },

  importFlow: async (text, replace) => {
    try {
      const saved = await api.importFlow(text, replace);
      await get().load();
      return { kind: 'imported', saved };
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.problem.title === 'Flow exists')
        return { kind: 'exists', id: typeof error.problem.flowId === 'string' ? error.problem.flowId : '' };
      if (error instanceof ApiError && (error.status === 400 || error.status === 422 || error.status === 409 || error.status === 413))
        return { kind: 'rejected', problems: problemsOf(error) };
      throw error;
    }
  },

  loadTemplates: async () => {
    set({ templates: { kind: 'loading' } });
    try {
      set({ templates: { kind: 'loaded', templates: await api.templates() } });
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) set({ templates: { kind: 'unavailable' } });
      else set({ templates: { kind: 'failed', message: messageOf(error) } });
    }
  },

  createFromTemplate: (templateId, id, name) =>
    get().attempt(`Creating '${id}' from the template '${templateId}'`, async () => {
      const definition = await api.template(templateId);
      const saved = await api.createFlow({ ...definition, id, name, version: 0, status: 'draft' });
      return saved.flow.id;
    }),
}));

// Selectors (module-level so components re-render only for what they read).
export const selectFlows = (s: FlowsState) => s.flows;
export const selectLoaded = (s: FlowsState) => s.loaded;
export const selectLoading = (s: FlowsState) => s.loading;
export const selectSearch = (s: FlowsState) => s.search;
export const selectShowArchived = (s: FlowsState) => s.showArchived;
export const selectMessage = (s: FlowsState) => s.message;
export const selectTemplates = (s: FlowsState) => s.templates;
export const selectImportState = (s: FlowsState) => s.importState;

/** The flows to show: archived ones only when asked. */
export function visibleFlows(flows: FlowSummary[], showArchived: boolean): FlowSummary[] {
  return showArchived ? flows : flows.filter((f) => f.status !== 'archived');
}
