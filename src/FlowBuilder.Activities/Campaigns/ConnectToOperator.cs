using System.ComponentModel.DataAnnotations;
using FlowBuilder.Activities.Telephony;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Campaigns.Operators;

namespace FlowBuilder.Activities.Campaigns;

/// <summary>Connects the contact of a campaign call to an operator and waits until their talk ends.</summary>
[Activity("campaign.connect-operator", Category = "Campaigns", DisplayName = "Connect to operator", Waits = true,
    Description = "In a campaign with operators (preview, progressive, predictive), connects the answered contact to an operator: the one reserved for the call, " +
        "else the first one free within 'Max wait'. 'connected' after the talk (the contact may still be on the line: say goodbye); 'no-operator' when none was free in time " +
        "(the call counts as abandoned: play a short apology, as telemarketing rules require); 'hangup' when the contact hung up first; 'failed' when the operators did not answer or this is not a campaign call.")]
[Outcomes(ConnectToOperator.Connected, ConnectToOperator.NoOperator, ConnectToOperator.HungUp, CallOutcomes.Failed)]
[Output("operator", "string", Description = "The extension of the operator who took the call.")]
[Output("talkSeconds", "number", Description = "Seconds the contact talked with the operator.")]
[Output("recordingId", "string", Description = "The recording of the talk when 'Record call' is on.")]
[Output("callId", "string")]
[Output("error", "string")]
public sealed class ConnectToOperator(CallChannels channels, IOperatorConnector? connector = null) : Activity<ConnectToOperator.Inputs>
{
    public const string Connected = "connected";
    public const string NoOperator = "no-operator";
    public const string HungUp = CallOutcomes.HungUp;

    /// <summary>The telemarketing rules' limit for connecting a live-answered call to a person.</summary>
    public const double DefaultMaxWaitSeconds = 2;

    public sealed record Inputs(
        [property: Range(0, 60), Input(DisplayName = "Max wait (s)", Description = "How long the contact may wait for a free operator (predictive). Default 2: the rules' limit for a live-answered call.")] Expression<double>? MaxWaitSeconds = null,
        [property: Input(DisplayName = "Record call", Description = "Record the contact and the operator while they talk.")] bool RecordCall = false);

    protected override async ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs)
    {
        if (connector is null) return Fail(context, "This host has no campaign operators: Connect to operator runs only in the flows of campaigns (the server provides it).");
        if (!FlowCall.TryResolve(context, channels, null, out var call)) return CallOutcomes.Failure;
        var maxWait = context.Eval(inputs.MaxWaitSeconds, DefaultMaxWaitSeconds);
        if (double.IsNaN(maxWait) || maxWait < 0) return Fail(context, $"'Max wait' must be 0 seconds or more, not {maxWait}.");

        var result = await connector.ConnectAsync(context.InstanceId, call.Channel, call.Id, TimeSpan.FromSeconds(maxWait), inputs.RecordCall, context.CancellationToken);
        context.SetOutput("operator", result.Operator);
        context.SetOutput("talkSeconds", (int)Math.Round(result.TalkSeconds));
        context.SetOutput("recordingId", result.RecordingId);
        if (result.Error is { } error) context.SetOutput("error", error);
        return result.Status switch
        {
            OperatorConnectStatus.Connected => Outcome.To(Connected),
            OperatorConnectStatus.NoOperator => Outcome.To(NoOperator),
            OperatorConnectStatus.HungUp => Outcome.To(HungUp),
            _ => CallOutcomes.Failure,
        };
    }

    private static Outcome Fail(ActivityContext context, string error)
    {
        context.SetOutput("error", error);
        return CallOutcomes.Failure;
    }
}
