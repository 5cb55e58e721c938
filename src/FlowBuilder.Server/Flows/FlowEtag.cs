using Microsoft.Net.Http.Headers;

namespace FlowBuilder.Server.Flows;

/// <summary>The draft revision as an entity tag (<c>"7"</c>), and the expected revision a request names
/// in If-Match, <c>?revision=</c> or its body (in that order of precedence).</summary>
internal static class FlowEtag
{
    public static void Set(HttpResponse response, long revision) => response.Headers.ETag = $"\"{revision}\"";

    public static long? ExpectedRevision(HttpRequest request, long? query, long? body)
    {
        var ifMatch = request.GetTypedHeaders().IfMatch;
        if (ifMatch is { Count: > 0 })
        {
            var tag = ifMatch.FirstOrDefault(t => t != EntityTagHeaderValue.Any);
            if (tag is not null)
            {
                return long.TryParse(tag.Tag.ToString().Trim('"'), out var revision)
                    ? revision
                    : throw new BadHttpRequestException($"If-Match must carry the draft revision as an entity tag, e.g. If-Match: \"3\" (got {tag}).");
            }
        }
        return query ?? body;
    }
}
