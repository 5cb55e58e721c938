using System.ComponentModel.DataAnnotations;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Activities.Http;

/// <summary>Answers the HTTP caller that started the flow (a synchronous webhook) and goes on.</summary>
[Activity("http.response", Category = "HTTP", DisplayName = "HTTP Response", Replies = true,
    Description = "Sends the answer to the webhook call that started this flow: status, body and headers. The flow goes on after it.")]
public sealed class HttpResponse : Activity<HttpResponse.Inputs>
{
    public sealed record Inputs(
        [property: Range(100, 599), Input(DisplayName = "Status code")] Expression<int>? StatusCode,
        [property: Input(Description = "Body: an object or list is sent as JSON, text as it is.")] Expression<object?>? Body,
        IReadOnlyList<HttpHeader>? Headers,
        [property: Input(DisplayName = "Content type")] Expression<string>? ContentType);

    protected override ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs)
    {
        var status = context.Eval(inputs.StatusCode, 200);
        if (status is < 100 or > 599) return ValueTask.FromResult(Outcome.Fault($"HTTP status {status} is not between 100 and 599."));
        var headers = inputs.Headers?.ToDictionary(h => h.Name, h => context.Eval(h.Value) ?? "", StringComparer.OrdinalIgnoreCase);
        context.Reply(new FlowReply(status, inputs.Body is null ? null : context.Eval(inputs.Body), headers, context.Eval(inputs.ContentType, null!)));
        return ValueTask.FromResult(Outcome.Done);
    }
}
