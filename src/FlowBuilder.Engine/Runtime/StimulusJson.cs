using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Expressions;

namespace FlowBuilder.Engine.Runtime;

/// <summary>Stimuli kept for later are stored with the instance as JSON.</summary>
internal static class StimulusJson
{
    public static string Write(IEnumerable<Stimulus> stimuli) => FlowValues.ToCompactJson(stimuli.Select(s => new Dictionary<string, object?>
    {
        ["name"] = s.Name,
        ["payload"] = FlowValues.Normalize(s.Payload),
        ["correlationKey"] = s.CorrelationKey,
        ["bookmarkId"] = s.BookmarkId,
    }).ToList());

    public static IEnumerable<Stimulus> Read(string json)
    {
        if (FlowValues.FromJsonText(json) is not List<object?> items) yield break;
        foreach (var item in items.OfType<Dictionary<string, object?>>())
        {
            yield return new Stimulus((string)item["name"]!, item.GetValueOrDefault("payload"), item.GetValueOrDefault("correlationKey") as string)
            {
                BookmarkId = item.GetValueOrDefault("bookmarkId") as string,
            };
        }
    }
}
