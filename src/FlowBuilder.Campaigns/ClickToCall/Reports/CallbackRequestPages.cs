using System.Runtime.CompilerServices;
using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Campaigns.ClickToCall.Reports;

/// <summary>Reads every request a query selects, one page at a time, so a report never holds more than a page of them.</summary>
internal static class CallbackRequestPages
{
    public const int PageSize = 500;

    public static async IAsyncEnumerable<IReadOnlyList<CallbackRequest>> ReadAsync(
        ICallbackRequestStore store, CallbackRequestQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var skip = 0; ; skip += PageSize)
        {
            var page = await store.ListAsync(query with { Skip = skip, Take = PageSize }, cancellationToken).ConfigureAwait(false);
            if (page.Items.Count > 0) yield return page.Items;
            if (page.Items.Count < PageSize) yield break;
        }
    }

    public static async IAsyncEnumerable<CallbackRequest> EachAsync(
        ICallbackRequestStore store, CallbackRequestQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in ReadAsync(store, query, cancellationToken).ConfigureAwait(false))
        {
            foreach (var request in page) yield return request;
        }
    }
}
