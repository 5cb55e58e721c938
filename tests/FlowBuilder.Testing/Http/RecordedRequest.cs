using System.Text;

namespace FlowBuilder.Testing.Http;

/// <summary>One request a <see cref="LoopbackHttpServer"/> got. <see cref="Headers"/> are keyed case-insensitively;
/// a repeated header's values are joined with commas.</summary>
public sealed record RecordedRequest(
    string Method, string Path, string QueryString, string? ContentType, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string PathAndQuery => Path + QueryString;

    /// <summary>The body as UTF-8 text.</summary>
    public string Text => Encoding.UTF8.GetString(Body);

    public string? Header(string name) => Headers.GetValueOrDefault(name);

    public override string ToString() => $"{Method} {PathAndQuery} ({Body.Length} bytes)";
}
