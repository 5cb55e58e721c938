import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { campaignsApi } from '../../api/campaignClient';
import type { Extension, SubscriberGroup } from '../../api/campaignViews';
import type { FlowSummary } from '../../api/views';
import { messageOf } from '../../components/ProblemList/problems';

export interface CampaignChoices {
  flows: FlowSummary[];
  groups: SubscriberGroup[];
  extensions: Extension[];
  error: string | null;
}

/** What the campaign form offers: published flows, contact groups and extensions (operators). */
export function useCampaignChoices(): CampaignChoices {
  const [choices, setChoices] = useState<CampaignChoices>({ flows: [], groups: [], extensions: [], error: null });
  useEffect(() => {
    let alive = true;
    const failures: string[] = [];
    const note = (what: string) => (error: unknown) => { failures.push(`${what}: ${messageOf(error)}`); return []; };
    void Promise.all([
      api.flows().catch(note('flows')),
      campaignsApi.groups().catch(note('groups')),
      campaignsApi.extensions().catch(note('extensions')),
    ]).then(([flows, groups, extensions]) => {
      if (!alive) return;
      setChoices({
        flows: (flows as FlowSummary[]).filter((f) => f.publishedVersion !== null && f.status !== 'archived'),
        groups: groups as SubscriberGroup[],
        extensions: extensions as Extension[],
        error: failures.length ? `Could not load ${failures.join('; ')}` : null,
      });
    });
    return () => { alive = false; };
  }, []);
  return choices;
}
