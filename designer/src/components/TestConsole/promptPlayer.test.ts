import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SimulatedCallEvent } from '../../api/views';
import { PromptPlayer } from './promptPlayer';

/** Stands in for HTMLAudioElement: records what was started; a test ends or fails it by hand. */
class FakeAudio {
  static started: FakeAudio[] = [];
  onended: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onpause: (() => void) | null = null;
  ended = false;
  constructor(readonly src: string) {}
  play() {
    FakeAudio.started.push(this);
    return Promise.resolve();
  }
  pause() {
    this.onpause?.();
  }
  end() {
    this.ended = true;
    this.onended?.();
  }
}

const event = (kind: string, text: string | null, voice: string | null = null): SimulatedCallEvent =>
  ({ kind, at: '2026-01-01T00:00:00Z', text, voice, seconds: null, by: null, cause: null, line: `${kind} ${text}` });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('PromptPlayer', () => {
  beforeEach(() => {
    FakeAudio.started = [];
    vi.stubGlobal('Audio', FakeAudio);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('plays spoken prompts from the server one after another', async () => {
    const player = new PromptPlayer('server');
    player.hear([event('answered', null), event('said', 'Welcome', 'en-gb'), event('said', 'Press 1')]);
    await settle();
    expect(FakeAudio.started.map((a) => a.src)).toEqual(['/api/speech?text=Welcome&voice=en-gb']);

    FakeAudio.started[0].end();
    await settle();
    expect(FakeAudio.started.map((a) => a.src)).toEqual(['/api/speech?text=Welcome&voice=en-gb', '/api/speech?text=Press%201']);
  });

  it('queues only prompts it has not heard before', async () => {
    const player = new PromptPlayer('server');
    const first = [event('said', 'Hello')];
    player.hear(first);
    player.hear(first);
    await settle();
    FakeAudio.started[0].end();
    await settle();
    expect(FakeAudio.started).toHaveLength(1);
  });

  it('plays Play Audio files from the media library and moves on when one cannot load', async () => {
    const player = new PromptPlayer('server');
    player.hear([event('played', 'missing.wav'), event('played', 'welcome.wav')]);
    await settle();
    FakeAudio.started[0].onerror?.();
    await settle();
    expect(FakeAudio.started.map((a) => a.src)).toEqual(['/api/media/missing.wav', '/api/media/welcome.wav']);
  });

  it('stops the prompt playing and drops the rest when stopped', async () => {
    const player = new PromptPlayer('server');
    player.hear([event('said', 'One'), event('said', 'Two')]);
    await settle();
    player.stop();
    await settle();
    expect(FakeAudio.started).toHaveLength(1);
  });
});
