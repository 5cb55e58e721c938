using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authorization;
using FlowBuilder.Server.Campaigns.DoNotCall;
using FlowBuilder.Server.Campaigns.Groups;
using FlowBuilder.Server.Campaigns.Imports;
using FlowBuilder.Server.Campaigns.InfoDatabases;

namespace FlowBuilder.Server.Campaigns;

internal static class ContactsApi
{
    /// <summary>The import runner and its spool folder (see <see cref="ContactImportFolder"/>).</summary>
    public static WebApplicationBuilder AddFlowBuilderContacts(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(ContactImportFolder.From(builder.Configuration, builder.Environment.ContentRootPath));
        builder.Services.AddSingleton<ContactImports>();
        return builder;
    }

    /// <summary>Subscriber groups and their contacts, CSV imports and exports, information databases and the do-not-call list.</summary>
    public static IEndpointRouteBuilder MapContactsApi(this IEndpointRouteBuilder endpoints)
    {
        var groups = endpoints.MapGroup("/api/groups").WithTags("Subscriber groups")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        groups.MapGet("/", GroupEndpoints.ListAsync).WithName("ListGroups").WithSummary("The company's subscriber groups with their contact counts.").RequirePermission(Permission.CampaignsRead);
        groups.MapPost("/", GroupEndpoints.CreateAsync).WithName("CreateGroup").ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Creates a group (id: slug of the name and a short suffix): name, description, fields, defaultCountry (US), defaultTimeZone.").RequirePermission(Permission.CampaignsWrite);
        groups.MapGet("/{id}", GroupEndpoints.GetAsync).WithName("GetGroup").RequirePermission(Permission.CampaignsRead);
        groups.MapPut("/{id}", GroupEndpoints.UpdateAsync).WithName("UpdateGroup").ProducesProblem(StatusCodes.Status422UnprocessableEntity).RequirePermission(Permission.CampaignsWrite);
        groups.MapDelete("/{id}", GroupEndpoints.DeleteAsync).WithName("DeleteGroup").WithSummary("Deletes the group and its contacts.").RequirePermission(Permission.CampaignsWrite);
        groups.MapGet("/{id}/contacts", ContactEndpoints.ListAsync).WithName("ListContacts")
            .WithSummary("A page of the group's contacts in import order: search (phone or name contains), offset, limit (default 50, at most 500).").RequirePermission(Permission.CampaignsRead);
        groups.MapPost("/{id}/contacts", ContactEndpoints.AddAsync).WithName("AddContact").ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Adds one contact, validated as an imported row is (phone to E.164, required fields, patterns, duplicates).").RequirePermission(Permission.CampaignsWrite);
        groups.MapDelete("/{id}/contacts/{contactId}", ContactEndpoints.DeleteAsync).WithName("DeleteContact").RequirePermission(Permission.CampaignsWrite);
        groups.MapPost("/{id}/imports/preview", ImportEndpoints.PreviewAsync).WithName("PreviewContactImport").DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Reads the start of a multipart 'file': separator, encoding, headers, the first 10 rows and the suggested mapping.").RequirePermission(Permission.CampaignsWrite);
        groups.MapPost("/{id}/imports", ImportEndpoints.StartAsync).WithName("StartContactImport").DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Uploads a CSV (multipart 'file'; fields mode, dryRun, delimiter, defaultCountry, mapping) and imports it in the background: 202, Location /api/imports/{importId}.").RequirePermission(Permission.CampaignsWrite);
        groups.MapGet("/{id}/export.csv", ImportEndpoints.ExportAsync).WithName("ExportContacts").WithSummary("Every contact of the group as CSV (UTF-8, header row).").RequirePermission(Permission.CampaignsRead);

        var imports = endpoints.MapGroup("/api/imports").WithTags("Subscriber groups").ProducesProblem(StatusCodes.Status404NotFound);
        imports.MapGet("/{importId}", ImportEndpoints.Get).WithName("GetContactImport").WithSummary("An import's status and progress, and its first 100 rejected rows.").RequirePermission(Permission.CampaignsRead);
        imports.MapGet("/{importId}/rejected.csv", ImportEndpoints.RejectedCsvAsync).WithName("GetRejectedRows")
            .WithSummary("Every rejected row: line, reasons, then the row's original columns.").RequirePermission(Permission.CampaignsRead);

        var info = endpoints.MapGroup("/api/info-databases").WithTags("Information databases")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        info.MapGet("/", InfoDatabaseEndpoints.ListAsync).WithName("ListInfoDatabases").RequirePermission(Permission.CampaignsRead);
        info.MapPost("/", InfoDatabaseEndpoints.CreateAsync).WithName("CreateInfoDatabase").ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Creates a database of free-form reference data per customer, keyed by keyColumn (default phone).").RequirePermission(Permission.CampaignsWrite);
        info.MapPost("/{id}/imports", InfoDatabaseEndpoints.ImportAsync).WithName("ImportInfoRecords").DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Adds or replaces records from a multipart CSV 'file': the key column and any other columns as data.").RequirePermission(Permission.CampaignsWrite);
        info.MapGet("/{id}/records", InfoDatabaseEndpoints.FindAsync).WithName("FindInfoRecord").WithSummary("The record of ?phone= (E.164) or ?key=.").RequirePermission(Permission.CampaignsRead);

        var doNotCall = endpoints.MapGroup("/api/do-not-call").WithTags("Do not call").ProducesProblem(StatusCodes.Status400BadRequest);
        doNotCall.MapGet("/", DoNotCallEndpoints.ListAsync).WithName("ListDoNotCall").WithSummary("The list in number order: offset, limit (default 100).").RequirePermission(Permission.CampaignsRead);
        doNotCall.MapPost("/", DoNotCallEndpoints.AddAsync).WithName("AddDoNotCall").ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Lists the number (as E.164; country reads national numbers, default US): campaigns never dial it.").RequirePermission(Permission.CampaignsWrite);
        doNotCall.MapDelete("/{phone}", DoNotCallEndpoints.RemoveAsync).WithName("RemoveDoNotCall").ProducesProblem(StatusCodes.Status404NotFound).RequirePermission(Permission.CampaignsWrite);
        return endpoints;
    }
}
