// The instances pages' state: one page of the list (with the flows for the filter), and one instance
// with the flow version it runs (for the read-only canvas).
import { create } from 'zustand';
import { ApiError, api } from '../api/client';
import type { FlowSummary, Instance, InstancePage } from '../api/views';
import { messageOf } from '../components/ProblemList/problems';
import type { FlowDefinition } from '../model/flow';

/** The instance statuses of the engine (FlowBuilder.Engine.Runtime.InstanceStatus). */
export const INSTANCE_STATUSES = ['running', 'suspended', 'completed', 'faulted', 'cancelled'] as const;
export const PAGE_SIZE = 50;

export interface InstanceQuery {
  flowId?: string;
  status?: string;
  skip: number;
}

/** True while the instance can still move (and can be cancelled). */
export const isActive = (status: string) => status === 'running' || status === 'suspended';

type DefinitionState =
  | { kind: 'loading' }
  | { kind: 'loaded'; key: string; definition: FlowDefinition }
  | { kind: 'failed'; key: string; message: string };

interface InstancesState {
  page: InstancePage | null;
  listError: string | null;
  flows: FlowSummary[];
  instance: Instance | null;
  instanceError: { status: number | null; message: string } | null;
  definition: DefinitionState;
  actionError: string | null;
  cancelling: boolean;
  loadList: (query: InstanceQuery) => Promise<void>;
  loadFlows: () => Promise<void>;
  loadInstance: (id: string) => Promise<void>;
  cancel: (id: string) => Promise<void>;
  clearInstance: () => void;
  setActionError: (message: string | null) => void;
}

let listTicket = 0;
let instanceTicket = 0;
let definitionFetching: string | null = null;

export const useInstancesStore = create<InstancesState>()((set, get) => ({
  page: null,
  listError: null,
  flows: [],
  instance: null,
  instanceError: null,
  definition: { kind: 'loading' },
  actionError: null,
  cancelling: false,

  loadList: async (query) => {
    const ticket = ++listTicket;
    try {
      const page = await api.instances({ flowId: query.flowId, status: query.status, skip: query.skip, take: PAGE_SIZE });
      if (ticket === listTicket) set({ page, listError: null });
    } catch (error) {
      if (ticket === listTicket) set({ listError: `Could not load the instances: ${messageOf(error)}` });
    }
  },

  loadFlows: async () => {
    try {
      set({ flows: await api.flows() });
    } catch (error) {
      set({ listError: `Could not load the flows for the filter: ${messageOf(error)}` });
    }
  },

  loadInstance: async (id) => {
    const ticket = ++instanceTicket;
    try {
      const instance = await api.instance(id);
      if (ticket !== instanceTicket) return;
      set({ instance, instanceError: null });
      const key = `${instance.flowId}@${instance.flowVersion}`;
      const current = get().definition;
      if ((current.kind !== 'loading' && current.key === key) || definitionFetching === key) return;
      definitionFetching = key;
      try {
        const version = await api.version(instance.flowId, instance.flowVersion);
        if (ticket !== instanceTicket && get().instance?.id !== id) return;
        set({
          definition: version.definition
            ? { kind: 'loaded', key, definition: version.definition }
            : { kind: 'failed', key, message: `Version ${instance.flowVersion} of '${instance.flowId}' has no definition.` },
        });
      } catch (error) {
        set({ definition: { kind: 'failed', key, message: messageOf(error) } });
      } finally {
        definitionFetching = null;
      }
    } catch (error) {
      if (ticket !== instanceTicket) return;
      set({ instanceError: { status: error instanceof ApiError ? error.status : null, message: messageOf(error) } });
    }
  },

  cancel: async (id) => {
    set({ cancelling: true, actionError: null });
    try {
      await api.cancelInstance(id);
      await get().loadInstance(id);
    } catch (error) {
      set({ actionError: `Cancelling failed: ${messageOf(error)}` });
    } finally {
      set({ cancelling: false });
    }
  },

  clearInstance: () => {
    instanceTicket++;
    set({ instance: null, instanceError: null, definition: { kind: 'loading' }, actionError: null });
  },
  setActionError: (actionError) => set({ actionError }),
}));

// Selectors
export const selectPage = (s: InstancesState) => s.page;
export const selectListError = (s: InstancesState) => s.listError;
export const selectFilterFlows = (s: InstancesState) => s.flows;
export const selectInstance = (s: InstancesState) => s.instance;
export const selectInstanceError = (s: InstancesState) => s.instanceError;
export const selectDefinition = (s: InstancesState) => s.definition;
export const selectActionError = (s: InstancesState) => s.actionError;
export const selectCancelling = (s: InstancesState) => s.cancelling;
