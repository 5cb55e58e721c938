using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Server.ClickToCall.Requests;

/// <summary>Builds request views: legs and comments of a page in one query each, each leg's CDR by call id, campaign names.</summary>
internal sealed class CallbackRequestViews(ICallbackRequestStore requests, IClickToCallCampaignStore campaigns, ICallRecordStore records)
{
    public async Task<IReadOnlyList<CallbackRequestView>> BuildAsync(string companyId, IReadOnlyList<CallbackRequest> page, CancellationToken cancellationToken)
    {
        if (page.Count == 0) return [];
        var ids = page.Select(r => r.Id).ToList();
        var legs = (await requests.ListLegsAsync(ids, cancellationToken)).ToLookup(l => l.RequestId, StringComparer.Ordinal);
        var comments = (await requests.ListCommentsAsync(ids, cancellationToken)).ToLookup(c => c.RequestId, StringComparer.Ordinal);
        var names = new Dictionary<string, string?>(StringComparer.Ordinal);
        var views = new List<CallbackRequestView>(page.Count);
        foreach (var request in page)
        {
            if (!names.TryGetValue(request.CampaignId, out var name))
                names[request.CampaignId] = name = (await campaigns.GetAsync(companyId, request.CampaignId, cancellationToken))?.Name;
            var legViews = new List<CallbackLegView>();
            foreach (var leg in legs[request.Id])
            {
                var record = string.IsNullOrEmpty(leg.CallId) ? null : await records.FindAsync(leg.CallId, cancellationToken);
                legViews.Add(CallbackLegView.From(leg, record is null ? null : CallRecordView.Of(record)));
            }
            views.Add(CallbackRequestView.From(request, name, legViews, comments[request.Id].Select(CallbackCommentView.From).ToList()));
        }
        return views;
    }

    public async Task<CallbackRequestView> BuildAsync(CallbackRequest request, CancellationToken cancellationToken) =>
        (await BuildAsync(request.CompanyId, [request], cancellationToken))[0];
}
