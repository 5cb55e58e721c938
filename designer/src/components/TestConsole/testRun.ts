// A test run of the open flow: a simulated call (Simulator call channel) or a plain run, followed by
// polling until it ends. Its journal lights the path on the canvas.
import { create } from 'zustand';
import { api } from '../../api/client';
import type { Instance, SimulatedCallEvent } from '../../api/views';
import { useEditor } from '../../store/editorStore';
import { PromptPlayer, type PromptVoice } from './promptPlayer';

export interface TestRunState {
  kind: 'idle' | 'starting' | 'running' | 'ended';
  mode: 'call' | 'run';
  callId: string | null;
  callUp: boolean;
  instanceId: string | null;
  transcript: SimulatedCallEvent[];
  instance: Instance | null;
  error: string | null;
}

const idle: TestRunState = { kind: 'idle', mode: 'call', callId: null, callUp: false, instanceId: null, transcript: [], instance: null, error: null };
export const useTestRun = create<TestRunState>(() => idle);

const POLL_MS = 300;
let poller: ReturnType<typeof setTimeout> | undefined;
let player: PromptPlayer | null = null;

export function resetTestRun() {
  clearTimeout(poller);
  player?.stop();
  player = null;
  useTestRun.setState(idle, true);
  useEditor.getState().setLit(null);
}

export async function startTestRun(options: { mode: 'call' | 'run'; input?: Record<string, unknown>; trigger?: unknown; from?: string; speak: PromptVoice | null }) {
  resetTestRun();
  if (options.mode === 'call' && options.speak) player = new PromptPlayer(options.speak);
  const { settings, meta } = useEditor.getState();
  useTestRun.setState({ kind: 'starting', mode: options.mode });
  try {
    if (options.mode === 'call') {
      const call = await api.ring({ flowId: settings.id, version: meta.publishedVersion ?? undefined, from: options.from || undefined, input: options.input });
      useTestRun.setState({ kind: 'running', callId: call.callId, callUp: call.up, instanceId: call.instanceId, transcript: call.events });
      player?.hear(call.events);
    } else {
      const run = await api.run(settings.id, { input: options.input, trigger: options.trigger, wait: false });
      useTestRun.setState({ kind: 'running', instanceId: run.id });
    }
    poll();
  } catch (e) {
    useTestRun.setState({ kind: 'idle', error: (e as Error).message });
  }
}

function poll() {
  clearTimeout(poller);
  poller = setTimeout(async () => {
    const { callId, instanceId, kind } = useTestRun.getState();
    if (kind !== 'running') return;
    try {
      const [call, instance] = await Promise.all([
        callId ? api.simulatedCall(callId) : Promise.resolve(null),
        instanceId ? api.instance(instanceId) : Promise.resolve(null),
      ]);
      if (useTestRun.getState().instanceId !== instanceId) return;
      if (call) {
        useTestRun.setState({ transcript: call.events, callUp: call.up });
        player?.hear(call.events);
      }
      if (instance) {
        useTestRun.setState({ instance });
        lightPath(instance);
      }
      const finished = instance && ['completed', 'faulted', 'cancelled'].includes(instance.status);
      if (finished && !(call?.up ?? false)) {
        useTestRun.setState({ kind: 'ended' });
        return;
      }
    } catch (e) {
      useTestRun.setState({ error: (e as Error).message });
    }
    poll();
  }, POLL_MS);
}

export function lightPath(instance: Instance) {
  const running = instance.status === 'running' || instance.status === 'suspended';
  useEditor.getState().setLit({
    visited: [...instance.journal.map((e) => e.nodeId), ...(running && instance.currentNodeId ? [instance.currentNodeId] : [])],
    taken: instance.journal.map((e) => `${e.nodeId}:${e.outcome}`),
    current: running ? instance.currentNodeId : null,
    faulted: instance.faultNodeId,
  });
}

export async function pressKey(digits: string) {
  const { callId } = useTestRun.getState();
  if (!callId) return;
  try {
    const call = await api.pressDigits(callId, digits);
    useTestRun.setState({ transcript: call.events, error: null });
  } catch (e) {
    useTestRun.setState({ error: (e as Error).message });
  }
}

export async function hangUp() {
  const { callId } = useTestRun.getState();
  if (!callId) return;
  try {
    const call = await api.hangUp(callId);
    useTestRun.setState({ transcript: call.events, callUp: false });
  } catch (e) {
    useTestRun.setState({ error: (e as Error).message });
  }
}
