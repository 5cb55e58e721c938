import { useEffect, useRef } from 'react';
import type { SimulatedCallEvent } from '../../api/views';

const TAG: Record<string, string> = { said: 'says', played: 'plays', 'digit-pressed': 'key', 'hung-up': 'end', answered: 'call', ringing: 'call', silence: 'wait', interrupted: 'stop' };

/** What the simulated caller heard and did, line by line. */
export function Transcript({ events }: { events: SimulatedCallEvent[] }) {
  const end = useRef<HTMLLIElement>(null);
  useEffect(() => {
    end.current?.scrollIntoView({ block: 'nearest' });
  }, [events.length]);
  return (
    <ol className="transcript" data-testid="transcript" aria-live="polite">
      {events.map((e, i) => (
        <li key={i} className={`event-${e.kind}`}>
          <span className="tag" aria-hidden>{TAG[e.kind] ?? e.kind}</span>
          {e.kind === 'said' ? <span className="said">{e.text}</span> : <span>{e.line}</span>}
        </li>
      ))}
      <li ref={end} className="end" aria-hidden />
    </ol>
  );
}
