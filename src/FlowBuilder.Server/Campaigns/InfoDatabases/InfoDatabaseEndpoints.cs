using System.Text.RegularExpressions;
using FlowBuilder.Campaigns.Contacts;
using FlowBuilder.Campaigns.Import;
using FlowBuilder.Engine.Campaigns.Contacts;
using FlowBuilder.Server.Campaigns.Imports;
using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Campaigns.InfoDatabases;

internal static partial class InfoDatabaseEndpoints
{
    public static async Task<Ok<IReadOnlyList<InfoDatabaseView>>> ListAsync(IInfoDatabaseStore databases, ICompanyContext company, CancellationToken cancellationToken)
    {
        var list = await databases.ListAsync(company.CompanyId, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<InfoDatabaseView>>(list.Select(InfoDatabaseView.From).ToList());
    }

    public static async Task<Results<Created<InfoDatabaseView>, ProblemHttpResult>> CreateAsync(InfoDatabaseRequest request, IInfoDatabaseStore databases,
        ICompanyContext company, TimeProvider time, CancellationToken cancellationToken)
    {
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || !Name().IsMatch(name))
            return ContactProblems.Invalid("Invalid information database", "name",
                $"'{request.Name}' is not a database name: letters, digits and '_', starting with a letter (flows read it as input.contact.info.<name>).");
        if ((await databases.ListAsync(company.CompanyId, cancellationToken)).Any(d => d.Name == name))
            return ApiProblems.Conflict("Name in use", $"There is already an information database named '{name}'.", ("name", name));
        var keyColumn = string.IsNullOrWhiteSpace(request.KeyColumn) ? "phone" : request.KeyColumn.Trim();
        var database = new InfoDatabase(SubscriberGroupRules.NewId(name), company.CompanyId, name, keyColumn) { CreatedAt = time.GetUtcNow() };
        await databases.SaveAsync(database, cancellationToken);
        return TypedResults.Created($"/api/info-databases/{database.Id}", InfoDatabaseView.From(database));
    }

    public static async Task<Results<Ok<InfoImportView>, ProblemHttpResult>> ImportAsync(string id, string? defaultCountry, HttpRequest request,
        IInfoDatabaseStore databases, ICompanyContext company, CancellationToken cancellationToken)
    {
        var database = await databases.GetAsync(company.CompanyId, id, cancellationToken);
        if (database is null) return ContactProblems.InfoDatabaseNotFound(id);
        var country = string.IsNullOrWhiteSpace(defaultCountry) ? "US" : defaultCountry.Trim().ToUpperInvariant();
        if (!ContactPhones.IsKnownCountry(country))
            return ContactProblems.Invalid("Invalid import", "defaultCountry", $"'{country}' is not an ISO 3166 alpha-2 country code (e.g. US, GB, RU).");
        if (!MultipartUploads.IsMultipart(request))
            return ApiProblems.BadRequest("Send the CSV as multipart/form-data with the file in a part named 'file'.", ("path", "file"));
        var records = new InfoCsvRecords(database, country);
        long imported = 0;
        string? failure = null;
        var form = await MultipartUploads.ReadAsync(request, async (file, token) =>
        {
            try
            {
                imported = await databases.UpsertRecordsAsync(company.CompanyId, id, records.ReadAsync(file, token), token);
            }
            catch (ContactImportException error)
            {
                failure = error.Message;
            }
            return 0;
        }, cancellationToken);
        if (!form.HasFile) return ContactProblems.Invalid("No file", "file", "The upload has no part named 'file'. Send the CSV as -F file=@records.csv.");
        if (failure is not null) return ContactProblems.Invalid("Unreadable file", "file", failure);
        return TypedResults.Ok(new InfoImportView(imported, records.RejectedRows, records.Rejected));
    }

    public static async Task<Results<Ok<InfoRecordView>, ProblemHttpResult>> FindAsync(string id, string? phone, string? key, string? defaultCountry,
        IInfoDatabaseStore databases, ICompanyContext company, CancellationToken cancellationToken)
    {
        var database = await databases.GetAsync(company.CompanyId, id, cancellationToken);
        if (database is null) return ContactProblems.InfoDatabaseNotFound(id);
        var lookup = key ?? phone;
        if (string.IsNullOrWhiteSpace(lookup)) return ApiProblems.BadRequest("Give the record's key as ?phone=+15551234567 (or ?key= for another key column).", ("path", "phone"));
        if (phone is not null && ContactPhones.TryNormalize(phone, string.IsNullOrWhiteSpace(defaultCountry) ? "US" : defaultCountry, out var normalized, out _))
            lookup = normalized.E164;
        var record = await databases.FindRecordAsync(company.CompanyId, id, lookup, cancellationToken);
        return record is null
            ? ApiProblems.NotFound("Record not found", $"The information database '{database.Name}' has no record '{lookup}'.", ("key", lookup))
            : TypedResults.Ok(new InfoRecordView(record.Key, record.Data));
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$")]
    private static partial Regex Name();
}
