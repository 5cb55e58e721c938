using System.Text.Json;
using FlowBuilder.Campaigns.ClickToCall.Comments;
using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Campaigns.Tests.ClickToCall.Reports;

public sealed class CallbackCommentsTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly CommentType Visit = new("visit", "Visit", [
        new CommentField("amount", "Amount", CommentFieldType.Number),
        new CommentField("on", "On", CommentFieldType.Date),
        new CommentField("at", "At", CommentFieldType.DateTime),
        new CommentField("paid", "Paid", CommentFieldType.Boolean),
        new CommentField("topic", "Topic", CommentFieldType.Choice, Required: true, Options: ["billing", "service"]),
        new CommentField("product", "Product", CommentFieldType.Text),
    ]);

    [Fact]
    public async Task Add_SaleWithItsFields_StoresTheCommentWithNormalisedValues()
    {
        var (harness, request) = await SetUpAsync();

        var comment = await harness.Comments.AddAsync(ReportsHarness.Company, request.Id, "sale", " Sold the big one ",
            new Dictionary<string, string?> { ["amount"] = "12.50", ["product"] = " Gold plan " }, "ann", None);

        (comment.Type, comment.Text, comment.Author, comment.CreatedAt, comment.RequestId).ShouldBe(("sale", "Sold the big one", "ann", ReportsHarness.Start, request.Id));
        comment.Fields.ShouldBe(new Dictionary<string, string> { ["amount"] = "12.5", ["product"] = "Gold plan" });
        (await harness.Requests.ListCommentsAsync([request.Id], None)).ShouldBe([comment]);
    }

    [Fact]
    public async Task Add_EveryFieldType_IsReadInvariantlyAndStoredInItsInvariantForm()
    {
        var (harness, request) = await SetUpAsync(Visit);

        var comment = await harness.Comments.AddAsync(ReportsHarness.Company, request.Id, "Visit", "", new Dictionary<string, string?>
        {
            ["amount"] = "-1000.250", ["on"] = "2026-12-24", ["at"] = "2026-12-24T15:30+01:00", ["paid"] = "Yes", ["topic"] = "SERVICE", ["product"] = "",
        }, null, None);

        comment.Type.ShouldBe("visit");
        comment.Author.ShouldBe("operator");
        comment.Fields.ShouldBe(new Dictionary<string, string>
        {
            ["amount"] = "-1000.25", ["on"] = "2026-12-24", ["at"] = "2026-12-24T15:30:00+01:00", ["paid"] = "true", ["topic"] = "service",
        });
    }

    [Fact]
    public async Task Add_UnknownType_IsRefusedListingTheCampaignsTypes()
    {
        var (harness, request) = await SetUpAsync();

        var error = await Should.ThrowAsync<CommentValidationException>(async () =>
            await harness.Comments.AddAsync(ReportsHarness.Company, request.Id, "lunch", "x", null, null, None));

        error.Errors.ShouldBe(new Dictionary<string, string>
        {
            ["type"] = "Unknown comment type 'lunch'. Use one of this campaign's comment types: note, sale, call-back-later, complaint.",
        });
        (await harness.Requests.ListCommentsAsync([request.Id], None)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Add_MissingRequiredFieldsAndNoteWithoutText_NameEachField()
    {
        var (harness, request) = await SetUpAsync();

        var sale = await Should.ThrowAsync<CommentValidationException>(async () =>
            await harness.Comments.AddAsync(ReportsHarness.Company, request.Id, "sale", "Sold", new Dictionary<string, string?> { ["amount"] = " " }, null, None));
        var note = await Should.ThrowAsync<CommentValidationException>(async () =>
            await harness.Comments.AddAsync(ReportsHarness.Company, request.Id, "note", "  ", null, null, None));
        var noType = await Should.ThrowAsync<CommentValidationException>(async () =>
            await harness.Comments.AddAsync(ReportsHarness.Company, request.Id, null, "text", null, null, None));

        sale.Errors.Keys.ShouldBe(["fields.amount"]);
        sale.Errors["fields.amount"].ShouldBe("amount is missing. A 'sale' comment needs its amount.");
        note.Errors.Keys.ShouldBe(["text"]);
        noType.Errors["type"].ShouldStartWith("type is missing.");
    }

    [Fact]
    public async Task Add_ValuesThatDoNotParse_AreRefusedFieldByField()
    {
        var (harness, request) = await SetUpAsync(Visit);

        var error = await Should.ThrowAsync<CommentValidationException>(async () =>
            await harness.Comments.AddAsync(ReportsHarness.Company, request.Id, "visit", "", new Dictionary<string, string?>
            {
                ["amount"] = "1,5", ["on"] = "24.12.2026", ["at"] = "2026-12-24T15:30:00", ["paid"] = "perhaps", ["topic"] = "weather",
            }, null, None));

        error.Errors.Keys.Order().ShouldBe(["fields.amount", "fields.at", "fields.on", "fields.paid", "fields.topic"]);
        error.Errors["fields.amount"].ShouldContain("'1,5' is not");
        error.Errors["fields.on"].ShouldContain("yyyy-MM-dd");
        error.Errors["fields.at"].ShouldContain("with its offset");
        error.Errors["fields.paid"].ShouldContain("true or false");
        error.Errors["fields.topic"].ShouldBe("topic must be one of billing, service; 'weather' is not.");
    }

    [Fact]
    public async Task Add_FieldsTheTypeDoesNotHave_AreRefusedByName()
    {
        var (harness, request) = await SetUpAsync();

        var error = await Should.ThrowAsync<CommentValidationException>(async () =>
            await harness.Comments.AddAsync(ReportsHarness.Company, request.Id, "sale", "", new Dictionary<string, string?>
            {
                ["amount"] = "5", ["colour"] = "red",
            }, null, None));

        error.Errors.ShouldBe(new Dictionary<string, string> { ["fields.colour"] = "colour is not a field of a 'sale' comment; its fields are amount, product." });
    }

    [Fact]
    public async Task Add_UnknownRequestOrAnotherCompanys_ThrowsKeyNotFound()
    {
        var (harness, request) = await SetUpAsync();

        var unknown = await Should.ThrowAsync<KeyNotFoundException>(async () =>
            await harness.Comments.AddAsync(ReportsHarness.Company, "nope", "note", "x", null, null, None));
        await Should.ThrowAsync<KeyNotFoundException>(async () =>
            await harness.Comments.AddAsync("another-company", request.Id, "note", "x", null, null, None));

        unknown.Message.ShouldContain("'nope'");
    }

    [Fact]
    public async Task Add_FieldsFromTheApisJson_NumbersAndBooleansAreReadAsWritten()
    {
        var (harness, request) = await SetUpAsync(Visit);
        var json = JsonDocument.Parse("""{"amount": 12.50, "paid": false, "topic": "billing", "product": null, "on": [1]}""").RootElement;

        var error = await Should.ThrowAsync<CommentValidationException>(async () =>
            await harness.Comments.AddAsync(ReportsHarness.Company, request.Id, "visit", "", CommentFieldInput.FromJson(json), null, None));
        var withoutList = JsonDocument.Parse("""{"amount": 12.50, "paid": false, "topic": "billing", "product": null}""").RootElement;
        var comment = await harness.Comments.AddAsync(ReportsHarness.Company, request.Id, "visit", "", CommentFieldInput.FromJson(withoutList), null, None);

        error.Errors.Keys.ShouldBe(["fields.on"]);
        comment.Fields.ShouldBe(new Dictionary<string, string> { ["amount"] = "12.5", ["paid"] = "false", ["topic"] = "billing" });
        Should.Throw<CommentValidationException>(() => CommentFieldInput.FromJson(JsonDocument.Parse("[1]").RootElement)).Errors.Keys.ShouldBe(["fields"]);
        CommentFieldInput.FromJson(null).ShouldBeEmpty();
    }

    private static async Task<(ReportsHarness Harness, CallbackRequest Request)> SetUpAsync(CommentType? only = null)
    {
        var harness = new ReportsHarness();
        await harness.AddCampaignAsync("shop", "Shop", change: only is null ? null : c => c with { CommentTypes = [only] });
        var request = await harness.AddRequestAsync("shop", CallbackRequestStatus.Completed, ReportsHarness.Start.AddHours(-1));
        return (harness, request);
    }
}
