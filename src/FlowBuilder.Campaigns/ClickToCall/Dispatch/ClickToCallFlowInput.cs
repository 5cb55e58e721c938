using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Campaigns.ClickToCall.Dispatch;

/// <summary>The inputs the click-to-call flow gets for one attempt (documented in flow-templates/click-to-call.flow.json):
/// <c>request</c>, <c>client</c>, <c>company</c> and <c>campaign</c>.</summary>
internal static class ClickToCallFlowInput
{
    public static Dictionary<string, object?> For(ClickToCallCampaign campaign, CallbackRequest request)
    {
        var operators = request.CallbackOperator is { Length: > 0 } callbackOperator ? [callbackOperator] : campaign.Operators;
        var input = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["request"] = Map(
                ("id", request.Id),
                ("attempt", (double)request.Attempts),
                ("firstLeg", request.FirstLeg == FirstLeg.Company ? "company" : "client"),
                ("source", request.Source)),
            ["client"] = Map(
                ("phone", request.ClientPhone),
                ("direction", Map(
                    ("country", request.Direction.Country),
                    ("countryName", request.Direction.CountryName),
                    ("region", request.Direction.Region),
                    ("carrier", request.Direction.Carrier),
                    ("mobile", request.Direction.Mobile),
                    ("label", request.Direction.Label)))),
            ["company"] = Map(
                ("operators", operators.Select(o => (object?)o).ToList()),
                ("callerId", campaign.CompanyCallerId ?? request.ClientPhone)),
            ["campaign"] = Map(
                ("id", campaign.Id),
                ("name", campaign.Name),
                ("clientCallerId", campaign.ClientCallerId),
                ("ringSeconds", (double)campaign.RingSeconds)),
        };
        var campaignValue = (Dictionary<string, object?>)input["campaign"]!;
        campaignValue["clientMessage"] = Message(campaign.ClientMessage, input);
        campaignValue["companyMessage"] = Message(campaign.CompanyMessage, input);
        return input;
    }

    private static Dictionary<string, object?> Message(WaitingMessage message, Dictionary<string, object?> input) =>
        Map(("text", WaitingMessageText.Render(message.Text, input)), ("audioFile", message.AudioFile), ("voice", message.Voice));

    private static Dictionary<string, object?> Map(params (string Name, object? Value)[] fields)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in fields) map[name] = value;
        return map;
    }
}
