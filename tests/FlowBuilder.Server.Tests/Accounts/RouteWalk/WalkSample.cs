using System.Net.Http.Headers;
using System.Text;

namespace FlowBuilder.Server.Tests.Accounts.RouteWalk;

/// <summary>
/// A request for one endpoint: the URL and body with placeholders ({flow}, {campaign}, …) that <see cref="WalkSeed"/> fills with
/// company A's ids. <see cref="NameKeyed"/>: PUT creates the resource under the name in the URL (upsert), so another company may
/// create its own under the same name and 404 is not the answer to expect.
/// </summary>
internal sealed record WalkSample(string Url, string? Json = null, string? CsvFile = null, bool NameKeyed = false, string? Wav = null, bool MayBeAbsent = false)
{
    public const string Missing = "walk-missing-0000";

    /// <summary>Placeholders that name no resource of A (shared catalogues, the company's own fixed lists, a month).</summary>
    private static readonly HashSet<string> Shared = new(StringComparer.Ordinal) { "period", "list", "template", "tariff" };

    /// <summary>Whether the URL names one of A's resources (so another company must get 404).</summary>
    public bool AddressesA => Placeholders().Any(placeholder => !Shared.Contains(placeholder));

    /// <summary>The placeholders of the URL.</summary>
    public IEnumerable<string> Placeholders() =>
        System.Text.RegularExpressions.Regex.Matches(Url, @"\{(\w+)\}").Select(match => match.Groups[1].Value);

    /// <summary>The URL with A's ids; with <paramref name="missing"/>, every id replaced by one nobody has.</summary>
    public string Resolve(IReadOnlyDictionary<string, string> ids, bool missing = false) =>
        System.Text.RegularExpressions.Regex.Replace(Url, @"\{(\w+)\}", match =>
            missing ? Missing : Uri.EscapeDataString(ids.TryGetValue(match.Groups[1].Value, out var id) ? id : Missing));

    /// <summary>Whether every id the URL needs was seeded (so a permitted GET must succeed).</summary>
    /// <summary>The body as sent, for telling echoes of the request from leaks.</summary>
    public string BodyText(IReadOnlyDictionary<string, string> ids) =>
        Json is null ? "" : System.Text.RegularExpressions.Regex.Replace(Json, @"\{(\w+)\}", match => ids.TryGetValue(match.Groups[1].Value, out var id) ? id : match.Value);

    public bool IsSeeded(IReadOnlyDictionary<string, string> ids) => !MayBeAbsent && Placeholders().All(ids.ContainsKey);

    public HttpContent? Content(IReadOnlyDictionary<string, string> ids, bool missing = false)
    {
        if (CsvFile is not null)
        {
            var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(Encoding.UTF8.GetBytes(CsvFile));
            file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(file, "file", "walk.csv");
            return form;
        }

        if (Wav is not null)
        {
            var audio = new ByteArrayContent(Encoding.ASCII.GetBytes(Wav));
            audio.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
            return audio;
        }

        if (Json is null) return null;
        var text = System.Text.RegularExpressions.Regex.Replace(Json, @"\{(\w+)\}", match =>
            missing ? Missing : ids.TryGetValue(match.Groups[1].Value, out var id) ? id : match.Value);
        return new StringContent(text, Encoding.UTF8, "application/json");
    }
}
