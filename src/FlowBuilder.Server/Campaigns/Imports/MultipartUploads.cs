using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace FlowBuilder.Server.Campaigns.Imports;

/// <summary>Reads a multipart/form-data body as it arrives: small form fields into memory, the part named <c>file</c> handed to
/// a callback as a stream (so a 60 MB CSV is copied once, never buffered whole).</summary>
internal static class MultipartUploads
{
    public const string FilePart = "file";
    private const int MaxFieldChars = 64 * 1024;

    public static bool IsMultipart(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
        && !string.IsNullOrEmpty(HeaderUtilities.RemoveQuotes(type.Boundary).Value);

    public static async Task<UploadedForm> ReadAsync(HttpRequest request, Func<Stream, CancellationToken, Task<long>> onFile, CancellationToken cancellationToken)
    {
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value!;
        var reader = new MultipartReader(boundary, request.Body);
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var hasFile = false;
        long bytes = 0;
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
            if (name.Equals(FilePart, StringComparison.OrdinalIgnoreCase) && !hasFile)
            {
                hasFile = true;
                bytes = await onFile(section.Body, cancellationToken);
                // Whatever the callback left unread is skipped by the next ReadNextSectionAsync.
                continue;
            }
            using var text = new StreamReader(section.Body, Encoding.UTF8);
            var buffer = new char[MaxFieldChars];
            var read = await text.ReadBlockAsync(buffer, cancellationToken);
            fields[name] = new string(buffer, 0, read);
        }
        return new UploadedForm(fields, hasFile, bytes);
    }
}
