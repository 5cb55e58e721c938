using System.Net.Http.Headers;
using System.Text;

namespace FlowBuilder.Cli.Flows;

/// <summary>Talks to a running FlowBuilder server's REST API. Failures come back as a
/// <see cref="ServerReply"/> with the server's ProblemDetails, or a transport error text.</summary>
internal sealed class ServerClient(Uri server) : IDisposable
{
    public const string DefaultServer = "http://127.0.0.1:5080";

    private readonly HttpClient _http = ServerApiKey.Apply(new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) });

    public Uri Server => server;

    public Task<ServerReply> ImportAsync(string flowJson, bool replace, CancellationToken cancellationToken)
    {
        var content = new StringContent(flowJson, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return SendAsync(new HttpRequestMessage(HttpMethod.Post, $"api/flows/import?replace={(replace ? "true" : "false")}") { Content = content }, cancellationToken);
    }

    public Task<ServerReply> ExportAsync(string flowId, int? version, CancellationToken cancellationToken)
    {
        var query = version is { } number ? $"?version={number}" : "";
        return SendAsync(new HttpRequestMessage(HttpMethod.Get, $"api/flows/{Uri.EscapeDataString(flowId)}/export{query}"), cancellationToken);
    }

    private Task<ServerReply> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        ServerRequests.SendAsync(_http, server, request, cancellationToken);

    /// <summary>Parses <c>--server</c>; null with a message when it is not an http(s) URL.</summary>
    public static ServerClient? Create(string? address, TextWriter error)
    {
        var text = string.IsNullOrWhiteSpace(address) ? DefaultServer : address.Trim();
        if (!text.EndsWith('/')) text += "/";
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            return new ServerClient(uri);
        error.WriteLine($"error: --server '{address}' is not an http:// or https:// URL (e.g. {DefaultServer}).");
        return null;
    }

    public void Dispose() => _http.Dispose();
}
