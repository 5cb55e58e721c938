using System.Globalization;
using System.Text.Json.Nodes;

namespace FlowBuilder.Testing.Campaigns;

/// <summary>Reading the campaign API's JSON in end-to-end tests: text and time fields, and the limit check on attempts.</summary>
public static class CampaignJson
{
    /// <summary>The most attempts in progress at one instant: the maximum overlap of their [startedAt, endedAt) intervals.</summary>
    public static int MaxOverlap(IEnumerable<JsonNode> attempts)
    {
        var edges = attempts
            .SelectMany(a => new[] { (At: Time(a, "startedAt"), Step: 1), (At: Time(a, "endedAt"), Step: -1) })
            .OrderBy(e => e.At).ThenBy(e => e.Step)
            .ToList();
        int current = 0, max = 0;
        foreach (var edge in edges) max = Math.Max(max, current += edge.Step);
        return max;
    }

    public static DateTimeOffset Time(JsonNode node, string name) =>
        DateTimeOffset.Parse(node[name]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static string Text(JsonNode node, string name) => node[name]?.GetValue<string>() ?? "";
}
