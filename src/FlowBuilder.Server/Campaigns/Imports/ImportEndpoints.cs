using CsvHelper;
using FlowBuilder.Campaigns.Import;
using FlowBuilder.Engine.Campaigns.Contacts;
using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Campaigns.Imports;

internal static class ImportEndpoints
{
    public static async Task<Results<Ok<CsvPreviewView>, ProblemHttpResult>> PreviewAsync(string id, HttpRequest request, IContactStore contacts,
        ICompanyContext company, CancellationToken cancellationToken)
    {
        var group = await contacts.GetGroupAsync(company.CompanyId, id, cancellationToken);
        if (group is null) return ContactProblems.GroupNotFound(id);
        if (!MultipartUploads.IsMultipart(request)) return NotMultipart();
        var errors = new Dictionary<string, List<string>>();
        var delimiter = ImportFormOptions.ReadDelimiter(request.Query["delimiter"].FirstOrDefault(), errors);
        if (errors.Count > 0) return ContactProblems.Invalid("Invalid import", errors);
        CsvPreview? preview = null;
        string? failure = null;
        var form = await MultipartUploads.ReadAsync(request, async (file, token) =>
        {
            try
            {
                preview = await ContactImporter.PreviewAsync(file, group, delimiter, 10, token);
            }
            catch (ContactImportException error)
            {
                failure = error.Message;
            }
            return 0;
        }, cancellationToken);
        if (!form.HasFile) return NoFile();
        if (failure is not null) return ContactProblems.Invalid("Unreadable file", "file", failure);
        var p = preview!;
        return TypedResults.Ok(new CsvPreviewView(p.Delimiter.ToString(), p.Encoding, p.Headers, p.SampleRows, p.SuggestedMapping));
    }

    public static async Task<Results<Accepted<ImportView>, ProblemHttpResult>> StartAsync(string id, HttpRequest request, IContactStore contacts,
        ContactImports imports, ICompanyContext company, CancellationToken cancellationToken)
    {
        var group = await contacts.GetGroupAsync(company.CompanyId, id, cancellationToken);
        if (group is null) return ContactProblems.GroupNotFound(id);
        if (!MultipartUploads.IsMultipart(request)) return NotMultipart();
        var (importId, spool) = imports.Reserve();
        var started = false;
        try
        {
            var form = await MultipartUploads.ReadAsync(request, async (file, token) =>
            {
                await using var target = new FileStream(spool, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous);
                await file.CopyToAsync(target, 64 * 1024, token);
                return target.Length;
            }, cancellationToken);
            if (!form.HasFile) return NoFile();
            var errors = new Dictionary<string, List<string>>();
            var options = ImportFormOptions.Read(form, errors);
            if (errors.Count > 0) return ContactProblems.Invalid("Invalid import", errors);
            var job = imports.Start(importId, spool, group, options);
            started = true;
            return TypedResults.Accepted($"/api/imports/{importId}", job.ToView());
        }
        finally
        {
            if (!started) File.Delete(spool);
        }
    }

    public static Results<Ok<ImportView>, ProblemHttpResult> Get(string importId, ContactImports imports, ICompanyContext company) =>
        imports.Find(company.CompanyId, importId) is { } job ? TypedResults.Ok(job.ToView()) : ContactProblems.ImportNotFound(importId);

    public static async Task<IResult> RejectedCsvAsync(string importId, ContactImports imports, ICompanyContext company, HttpResponse response,
        CancellationToken cancellationToken)
    {
        if (imports.Find(company.CompanyId, importId) is not { } job) return ContactProblems.ImportNotFound(importId);
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"{importId}-rejected.csv\"";
        await using (var header = CsvWriter.Create(response.Body, new CsvWriterOptions { NewLine = "\n", ValidateFieldCount = false }, leaveOpen: true))
        {
            header.WriteField("line");
            header.WriteField("reasons");
            foreach (var name in job.Headers) header.WriteField(name);
            await header.EndRecordAsync(cancellationToken);
            await header.FlushAsync(cancellationToken);
        }
        if (File.Exists(job.RejectedPath))
        {
            await using var rows = new FileStream(job.RejectedPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 64 * 1024, FileOptions.Asynchronous);
            await rows.CopyToAsync(response.Body, cancellationToken);
        }
        return Results.Empty;
    }

    public static async Task<IResult> ExportAsync(string id, IContactStore contacts, ICompanyContext company, HttpResponse response, CancellationToken cancellationToken)
    {
        var group = await contacts.GetGroupAsync(company.CompanyId, id, cancellationToken);
        if (group is null) return ContactProblems.GroupNotFound(id);
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"{id}.csv\"";
        await FlowBuilder.Campaigns.Contacts.ContactCsvExporter.WriteAsync(group, contacts.StreamContactsAsync(company.CompanyId, id, cancellationToken), response.Body, cancellationToken);
        return Results.Empty;
    }

    private static ProblemHttpResult NotMultipart() => ApiProblems.BadRequest(
        "Send the CSV as multipart/form-data with the file in a part named 'file' (curl -F file=@contacts.csv).", ("path", "file"));

    private static ProblemHttpResult NoFile() => ContactProblems.Invalid("No file", "file", "The upload has no part named 'file'. Send the CSV as -F file=@contacts.csv.");
}
