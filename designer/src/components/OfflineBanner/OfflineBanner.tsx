import { useEffect, useState } from 'react';
import { onReachabilityChange } from '../../api/client';

/** A banner across the top while the server cannot be reached; edits stay in the browser meanwhile. */
export function OfflineBanner() {
  const [offline, setOffline] = useState(false);
  useEffect(() => {
    const stop = onReachabilityChange((reachable) => setOffline(!reachable));
    return () => {
      stop();
    };
  }, []);
  useEffect(() => {
    if (!offline) return;
    // Probe the server until it answers; the next request then clears the banner.
    const timer = setInterval(() => {
      fetch('/health').then((r) => r.ok && setOffline(false)).catch(() => undefined);
    }, 3000);
    return () => clearInterval(timer);
  }, [offline]);
  if (!offline) return null;
  return (
    <div className="banner banner-offline" role="alert" data-testid="offline-banner">
      The FlowBuilder server cannot be reached. Your unsaved changes are kept in this browser and will be saved when it is back.
    </div>
  );
}
