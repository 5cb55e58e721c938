using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Problems;
using FlowBuilder.Telephony.Media.Audio;
using FlowBuilder.Telephony.Media.Library;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Media;

internal static class MediaEndpoints
{
    public static Ok<IReadOnlyList<MediaFileView>> List(CompanyMediaLibraries libraries, ICompanyContext company)
    {
        var library = libraries.For(company.CompanyId);
        IReadOnlyList<MediaFileView> files = library.List().Select(MediaFileView.From).ToList();
        return TypedResults.Ok(files);
    }

    public static async Task<Results<Created<MediaFileView>, ProblemHttpResult>> PutAsync(
        string name, HttpRequest request, CompanyMediaLibraries libraries, ICompanyContext company, CancellationToken cancellationToken)
    {
        var library = libraries.For(company.CompanyId);
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        return Save(library, name, body.GetBuffer().AsSpan(0, (int)body.Length), "body");
    }

    public static async Task<Results<Created<IReadOnlyList<MediaFileView>>, ProblemHttpResult>> UploadAsync(
        HttpRequest request, CompanyMediaLibraries libraries, ICompanyContext company, CancellationToken cancellationToken)
    {
        var library = libraries.For(company.CompanyId);
        if (!request.HasFormContentType)
            return ApiProblems.BadRequest("Send the files as multipart/form-data, or PUT one file's bytes to /api/media/{name}.", ("path", "body"));
        var form = await request.ReadFormAsync(cancellationToken);
        if (form.Files.Count == 0) return ApiProblems.BadRequest("The form holds no file. Attach a WAV file.", ("path", "body"));
        var named = form["name"].FirstOrDefault();
        if (named is not null && form.Files.Count > 1)
            return ApiProblems.BadRequest("The form field 'name' names one file, but the form holds several. Leave 'name' out to keep each file's own name.", ("path", "name"));
        var saved = new List<MediaFileView>();
        foreach (var file in form.Files)
        {
            using var body = new MemoryStream();
            await file.CopyToAsync(body, cancellationToken);
            var result = Save(library, named ?? file.FileName, body.GetBuffer().AsSpan(0, (int)body.Length), file.Name);
            if (result.Result is ProblemHttpResult problem) return problem;
            saved.Add(((Created<MediaFileView>)result.Result).Value!);
        }
        IReadOnlyList<MediaFileView> views = saved;
        return TypedResults.Created("/api/media", views);
    }

    public static Results<PhysicalFileHttpResult, ProblemHttpResult> Download(string name, CompanyMediaLibraries libraries, ICompanyContext company)
    {
        var library = libraries.For(company.CompanyId);
        var path = Find(library, name, out var problem);
        return path is null ? problem! : TypedResults.PhysicalFile(path, "audio/wav", Path.GetFileName(path));
    }

    public static Results<NoContent, ProblemHttpResult> Delete(string name, CompanyMediaLibraries libraries, ICompanyContext company)
    {
        var library = libraries.For(company.CompanyId);
        var path = Find(library, name, out var problem);
        if (path is null) return problem!;
        library.Delete(name);
        return TypedResults.NoContent();
    }

    private static Results<Created<MediaFileView>, ProblemHttpResult> Save(MediaLibrary library, string name, ReadOnlySpan<byte> wav, string field)
    {
        try
        {
            var upload = library.Save(name, wav);
            return TypedResults.Created($"/api/media/{upload.File.Name}", MediaFileView.From(upload));
        }
        catch (MediaNameException error)
        {
            return ApiProblems.BadRequest(error.Message, ("path", "name"));
        }
        catch (WavFormatException error)
        {
            return ApiProblems.Create(StatusCodes.Status415UnsupportedMediaType, "Not a usable WAV file",
                $"{error.Message} Upload a WAV file: PCM 8 or 16-bit or G.711, mono or stereo, 8 to 48 kHz.", ("path", field));
        }
    }

    private static string? Find(MediaLibrary library, string name, out ProblemHttpResult? problem)
    {
        problem = null;
        try
        {
            var path = library.Find(name);
            if (path is null) problem = ApiProblems.NotFound("Media file not found", $"No audio file '{name}' is stored. List them at /api/media.", ("name", name));
            return path;
        }
        catch (MediaNameException error)
        {
            problem = ApiProblems.BadRequest(error.Message, ("path", "name"));
            return null;
        }
    }
}
