using FlowBuilder.Campaigns.Contacts;

namespace FlowBuilder.Campaigns.Tests.Contacts;

public sealed class SpreadsheetTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("\tx", "'\tx")]
    [InlineData("+44 20 7946 0958", "+44 20 7946 0958")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("Ivan", "Ivan")]
    [InlineData("", "")]
    public void Guard_PrefixesWhatASpreadsheetWouldRun_AndLeavesNumbersAndTextAlone(string text, string expected) =>
        SpreadsheetText.Guard(text).ShouldBe(expected);

    [Fact]
    public async Task Export_GuardsANameThatLooksLikeAFormula_ButNotThePhone()
    {
        var group = new Engine.Campaigns.Contacts.SubscriberGroup("g", "default", "G", []);
        var contact = new Engine.Campaigns.Contacts.Contact("c1", "default", "g", "+442079460958", "=1+1", null, null, new Dictionary<string, object?>());
        using var output = new MemoryStream();

        await ContactCsvExporter.WriteAsync(group, ToAsync(contact), output, CancellationToken.None);

        System.Text.Encoding.UTF8.GetString(output.ToArray()).Split('\n')[1].ShouldBe("+442079460958,'=1+1,,");
    }

    private static async IAsyncEnumerable<Engine.Campaigns.Contacts.Contact> ToAsync(Engine.Campaigns.Contacts.Contact contact)
    {
        await Task.CompletedTask;
        yield return contact;
    }
}
