using System.Text;
using FlowBuilder.Campaigns.Contacts;
using FlowBuilder.Campaigns.Import;
using FlowBuilder.Campaigns.Tests.Import;
using FlowBuilder.Engine.Campaigns.Contacts;

namespace FlowBuilder.Campaigns.Tests;

public sealed class ContactCsvExporterTests
{
    [Fact]
    public async Task Export_WritesTheHeaderAndEveryContactWithTypedFields_AndReimportsEqual()
    {
        var harness = new ImportHarness(new ContactField("amount", ContactFieldType.Number), new ContactField("due", ContactFieldType.Date));
        await harness.ImportAsync("phone,name,patronymic,amount,due\n+12025550123,\"Lee, Ann\",B,1.50,05.01.2027\n+442079460002,Bob,,,\n");
        var output = new MemoryStream();

        var written = await ContactCsvExporter.WriteAsync(harness.Group, harness.Store.StreamContactsAsync("default", "debtors", CancellationToken.None), output, CancellationToken.None);

        written.ShouldBe(2);
        Encoding.UTF8.GetString(output.ToArray()).ShouldBe(
            "phone,name,patronymic,timeZone,amount,due\n+12025550123,\"Lee, Ann\",B,America/New_York,1.50,2027-01-05\n+442079460002,Bob,,Europe/London,,\n");
        var again = new ImportHarness(harness.Group.Fields.ToArray());
        (await again.ImportAsync(output.ToArray())).Imported.ShouldBe(2);
        (await again.StoredAsync()).Select(c => (c.Phone, c.Name, c.Fields.Count)).ShouldBe(
            (await harness.StoredAsync()).Select(c => (c.Phone, c.Name, c.Fields.Count)));
    }

    [Fact]
    public void Validator_SameRulesForTheApi_ReturnsTheContactOrEveryReason()
    {
        var validator = new ContactValidator(new SubscriberGroup("g", "default", "G", [new ContactField("account", Required: true)], "GB"));
        var reasons = new List<string>();

        var contact = validator.Validate("020 7946 0003", "Ann", null, null, ["A-1"], reasons, out var key);
        var rejected = validator.Validate("", null, null, "Nowhere/City", [null], reasons, out _);

        contact!.Phone.ShouldBe("+442079460003");
        key.ShouldBe(442079460003UL);
        rejected.ShouldBeNull();
        reasons.ShouldBe(["phone is empty; every contact needs a phone number",
            "timeZone 'Nowhere/City' is not an IANA time zone (write e.g. Europe/London or America/New_York)", "account is required"]);
    }
}
