// The campaign page's state: the campaign, its live statistics, timeline and operators (polled every 2 s), and the lifecycle actions.
import { create } from 'zustand';
import { ApiError } from '../api/client';
import { campaignsApi } from '../api/campaignClient';
import type { Campaign, CampaignStatistics, OperatorView, TimelinePoint } from '../api/campaignViews';
import { messageOf } from '../components/ProblemList/problems';
import type { Message } from '../components/MessageArea/MessageArea';
import type { LifecycleAction } from '../model/campaignDisplay';
import { fillTimeline } from '../model/chart';

interface CampaignState {
  campaignId: string | null;
  campaign: Campaign | null;
  notFound: boolean;
  statistics: CampaignStatistics | null;
  timeline: TimelinePoint[];
  operators: OperatorView[];
  message: Message | null;
  acting: boolean;
  open: (campaignId: string) => void;
  load: () => Promise<void>;
  refreshLive: () => Promise<void>;
  act: (action: LifecycleAction) => Promise<void>;
  replace: (campaign: Campaign) => void;
  setMessage: (message: Message | null) => void;
}

const PAST_TENSE: Record<LifecycleAction, string> = {
  start: 'started', pause: 'paused', resume: 'resumed', stop: 'stopped', archive: 'archived',
};

// The timeline chart: the last hour in one-minute buckets.
const TIMELINE_MINUTES = 60;
const TIMELINE_BUCKET_SECONDS = 60;
const emptyBucket = (at: string): TimelinePoint => ({ at, attempts: 0, answered: 0, busy: 0, noAnswer: 0, failed: 0, abandoned: 0, converted: 0 });

// Bumped by every lifecycle action: a poll begun before it must not put the old status back.
let actionTicket = 0;

export const useCampaignStore = create<CampaignState>()((set, get) => ({
  campaignId: null,
  campaign: null,
  notFound: false,
  statistics: null,
  timeline: [],
  operators: [],
  message: null,
  acting: false,

  open: (campaignId) => set({ campaignId, campaign: null, notFound: false, statistics: null, timeline: [], operators: [], message: null }),

  load: async () => {
    const id = get().campaignId;
    if (!id) return;
    try {
      const campaign = await campaignsApi.campaign(id);
      if (get().campaignId === id) set({ campaign });
    } catch (error) {
      if (get().campaignId !== id) return;
      if (error instanceof ApiError && error.status === 404) set({ notFound: true });
      else set({ message: { kind: 'error', text: `Could not load the campaign: ${messageOf(error)}` } });
    }
  },

  refreshLive: async () => {
    const id = get().campaignId;
    if (!id) return;
    const ticket = actionTicket;
    const operatorMode = get().campaign?.mode !== 'autoInformer';
    const [campaign, statistics, timeline, operators] = await Promise.allSettled([
      campaignsApi.campaign(id),
      campaignsApi.statistics(id),
      campaignsApi.timeline(id, TIMELINE_MINUTES, TIMELINE_BUCKET_SECONDS),
      operatorMode ? campaignsApi.operators(id) : Promise.resolve([] as OperatorView[]),
    ]);
    if (get().campaignId !== id) return;
    set({
      ...(campaign.status === 'fulfilled' && ticket === actionTicket ? { campaign: campaign.value } : {}),
      ...(statistics.status === 'fulfilled' ? { statistics: statistics.value } : {}),
      ...(timeline.status === 'fulfilled' ? { timeline: fillTimeline(timeline.value, Date.now(), TIMELINE_MINUTES, TIMELINE_BUCKET_SECONDS, emptyBucket) } : {}),
      ...(operators.status === 'fulfilled' ? { operators: operators.value } : {}),
    });
    const failed = [statistics, timeline].find((r) => r.status === 'rejected') as PromiseRejectedResult | undefined;
    if (failed && !get().message) set({ message: { kind: 'error', text: `Live statistics are not updating: ${messageOf(failed.reason)}` } });
  },

  act: async (action) => {
    const id = get().campaignId;
    if (!id) return;
    set({ acting: true, message: null });
    actionTicket++;
    try {
      const campaign = await campaignsApi.lifecycle(id, action);
      set({ campaign, message: { kind: 'info', text: `The campaign was ${PAST_TENSE[action]}.` } });
      void get().refreshLive();
    } catch (error) {
      set({ message: { kind: 'error', text: `Could not ${action} the campaign: ${messageOf(error)}` } });
      void get().load();
    } finally {
      set({ acting: false });
    }
  },

  replace: (campaign) => set({ campaign }),
  setMessage: (message) => set({ message }),
}));

export const selectCampaign = (s: CampaignState) => s.campaign;
export const selectNotFound = (s: CampaignState) => s.notFound;
export const selectStatistics = (s: CampaignState) => s.statistics;
export const selectTimeline = (s: CampaignState) => s.timeline;
export const selectOperators = (s: CampaignState) => s.operators;
export const selectCampaignMessage = (s: CampaignState) => s.message;
export const selectActing = (s: CampaignState) => s.acting;
