import { useState } from 'react';
import { operatorApi } from '../../api/campaignClient';
import { readOperatorSession, saveOperatorSession, type StoredOperatorSession } from '../../store/operatorSession';
import { OperatorDesk } from './OperatorDesk';
import { OperatorLogin } from './OperatorLogin';

/** The operator's page: sign in with an extension to a campaign, then take its calls. */
export function OperatorPage() {
  const [session, setSession] = useState<StoredOperatorSession | null>(readOperatorSession);
  const [notice, setNotice] = useState<string | null>(null);

  const signIn = (s: StoredOperatorSession) => {
    saveOperatorSession(s);
    setNotice(null);
    setSession(s);
  };
  const signOut = async (reason: string | null) => {
    if (session && reason === null) await operatorApi.logout(session.token).catch(() => undefined);
    saveOperatorSession(null);
    setSession(null);
    setNotice(reason);
  };

  return (
    <div className="page operator-page" data-testid="operator-page">
      {session ? <OperatorDesk key={session.token} session={session} onSignOut={(reason) => void signOut(reason)} />
        : <OperatorLogin notice={notice} onSignedIn={signIn} />}
    </div>
  );
}
