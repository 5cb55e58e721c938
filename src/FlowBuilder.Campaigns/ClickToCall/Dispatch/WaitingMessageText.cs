using System.Globalization;
using System.Text.RegularExpressions;

namespace FlowBuilder.Campaigns.ClickToCall.Dispatch;

/// <summary>Fills the <c>{{input.…}}</c> placeholders of a waiting message's text (<c>{{input.client.phone}}</c>,
/// <c>{{input.campaign.name}}</c>) from the attempt's flow input, before the flow speaks it: the flow receives the text as a
/// value, and a value is not rendered again. A placeholder naming nothing becomes empty.</summary>
internal static partial class WaitingMessageText
{
    public static string Render(string text, IReadOnlyDictionary<string, object?> input) =>
        Placeholder().Replace(text, match =>
        {
            object? value = input;
            foreach (var name in match.Groups["path"].Value.Split('.'))
                value = value is IReadOnlyDictionary<string, object?> map && map.TryGetValue(name, out var next) ? next : null;
            return value switch
            {
                null or IReadOnlyDictionary<string, object?> => "",
                double number => number.ToString(CultureInfo.InvariantCulture),
                bool flag => flag ? "true" : "false",
                _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
            };
        });

    [GeneratedRegex(@"\{\{\s*input\.(?<path>[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*)\s*\}\}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Placeholder();
}
