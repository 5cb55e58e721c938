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
  if (!offline) return null;
  return (
    <div className="banner banner-offline" role="alert" data-testid="offline-banner">
      The FlowBuilder server cannot be reached. Your unsaved changes are kept in this browser and will be saved when it is back.
    </div>
  );
}
