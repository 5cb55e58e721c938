using System.Net.Http.Headers;
using FlowBuilder.Cli.Flows;

namespace FlowBuilder.Cli.Contacts;

/// <summary>The contacts API of a running server: uploads (streamed from the file, no overall timeout), import polling and exports.</summary>
internal sealed class ContactsClient(Uri server) : IDisposable
{
    private readonly HttpClient _http = ServerApiKey.Apply(new HttpClient { BaseAddress = server, Timeout = Timeout.InfiniteTimeSpan });

    public Uri Server => server;

    public async Task<ServerReply> StartImportAsync(string path, string groupId, IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        var content = new StreamContent(file, 64 * 1024);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(content, "file", Path.GetFileName(path));
        return await SendAsync(new HttpRequestMessage(HttpMethod.Post, $"api/groups/{Uri.EscapeDataString(groupId)}/imports") { Content = form }, cancellationToken);
    }

    public Task<ServerReply> GetImportAsync(string importId, CancellationToken cancellationToken) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, $"api/imports/{Uri.EscapeDataString(importId)}"), cancellationToken);

    /// <summary>Writes the group's CSV to <paramref name="destination"/>; the reply's body is empty on success.</summary>
    public async Task<ServerReply> ExportAsync(string groupId, Stream destination, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _http.GetAsync($"api/groups/{Uri.EscapeDataString(groupId)}/export.csv", HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
                return new ServerReply((int)response.StatusCode, response.ReasonPhrase, await response.Content.ReadAsStringAsync(cancellationToken), null);
            await response.Content.CopyToAsync(destination, cancellationToken);
            return new ServerReply((int)response.StatusCode, response.ReasonPhrase, "", null);
        }
        catch (HttpRequestException error)
        {
            return ServerRequests.Unreachable(server, error);
        }
    }

    private Task<ServerReply> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        ServerRequests.SendAsync(_http, server, request, cancellationToken);

    /// <summary>Parses <c>--server</c>; null with a message when it is not an http(s) URL.</summary>
    public static ContactsClient? Create(string? address, TextWriter error)
    {
        using var flows = ServerClient.Create(address, error);
        return flows is null ? null : new ContactsClient(flows.Server);
    }

    public void Dispose() => _http.Dispose();
}
