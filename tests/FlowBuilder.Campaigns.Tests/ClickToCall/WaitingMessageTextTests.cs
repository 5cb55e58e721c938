using FlowBuilder.Campaigns.ClickToCall.Dispatch;

namespace FlowBuilder.Campaigns.Tests.ClickToCall;

public sealed class WaitingMessageTextTests
{
    private static readonly Dictionary<string, object?> Input = new()
    {
        ["client"] = new Dictionary<string, object?> { ["phone"] = "+4915123456789" },
        ["campaign"] = new Dictionary<string, object?> { ["name"] = "Spring sale", ["ringSeconds"] = 30.0 },
    };

    [Theory]
    [InlineData("Call from {{input.client.phone}}", "Call from +4915123456789")]
    [InlineData("{{ input.campaign.name }}: {{input.campaign.ringSeconds}} s", "Spring sale: 30 s")]
    [InlineData("Unknown: [{{input.client.nope}}] [{{input.client}}]", "Unknown: [] []")]
    [InlineData("No placeholders {{vars.x}}", "No placeholders {{vars.x}}")]
    public void Render_FillsInputPlaceholders(string text, string expected) => WaitingMessageText.Render(text, Input).ShouldBe(expected);
}
