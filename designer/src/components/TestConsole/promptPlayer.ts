// Plays what a simulated caller hears, one prompt after another: spoken prompts through the server's
// text-to-speech (/api/speech) when it is available, else the browser's speech synthesis; Play Audio
// files from the media library. Plain TypeScript, no React.
import { api } from '../../api/client';
import type { SimulatedCallEvent } from '../../api/views';

/** Who speaks `said` prompts: the server's text-to-speech engine or the browser's speech synthesis. */
export type PromptVoice = 'server' | 'browser';

type Clip = { url: string; text?: string } | { text: string };

const browserSpeech = () => (typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined);

/** Which voice can play prompts here: the server's when its text-to-speech answers, the browser's otherwise, or none. */
export async function availablePromptVoice(): Promise<PromptVoice | null> {
  const status = await api.speechStatus().catch(() => null);
  if (status?.available) return 'server';
  return browserSpeech() ? 'browser' : null;
}

export class PromptPlayer {
  private readonly queue: Clip[] = [];
  private heard = 0;
  private playing = false;
  private stopped = false;
  private audio: HTMLAudioElement | null = null;

  constructor(private readonly voice: PromptVoice) {}

  /** Queues the prompts among `events` (the whole transcript so far) that were not queued before. */
  hear(events: SimulatedCallEvent[]) {
    for (; this.heard < events.length; this.heard++) {
      const e = events[this.heard];
      if (!e.text) continue;
      if (e.kind === 'said') this.queue.push(this.voice === 'server' ? { url: api.speech(e.text, e.voice), text: e.text } : { text: e.text });
      else if (e.kind === 'played') this.queue.push({ url: api.media(e.text) });
    }
    void this.drain();
  }

  /** Stops the prompt playing now and drops the rest. */
  stop() {
    this.stopped = true;
    this.queue.length = 0;
    this.audio?.pause();
    this.audio = null;
    if (this.voice === 'browser') browserSpeech()?.cancel();
  }

  private async drain() {
    if (this.playing) return;
    this.playing = true;
    try {
      for (let clip = this.queue.shift(); clip && !this.stopped; clip = this.queue.shift()) {
        // A prompt the server cannot speak (an unknown voice, say) is read by the browser instead.
        if ('url' in clip) {
          if (!(await this.playUrl(clip.url)) && clip.text) await speakInBrowser(clip.text);
        } else await speakInBrowser(clip.text);
      }
    } finally {
      this.playing = false;
    }
  }

  /** Resolves true when the clip played to its end, false when it could not be loaded or played. */
  private playUrl(url: string): Promise<boolean> {
    return new Promise((resolve) => {
      const audio = new Audio(url);
      this.audio = audio;
      audio.onended = () => resolve(true);
      audio.onerror = () => resolve(false);
      audio.onpause = () => this.stopped && resolve(true);
      audio.play().catch(() => resolve(false));
    });
  }
}

function speakInBrowser(text: string): Promise<void> {
  const synth = browserSpeech();
  if (!synth) return Promise.resolve();
  return new Promise((resolve) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.onend = () => resolve();
    utterance.onerror = () => resolve();
    synth.speak(utterance);
  });
}
