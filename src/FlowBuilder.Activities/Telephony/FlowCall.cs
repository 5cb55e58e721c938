using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Activities.Telephony;

/// <summary>The call a telephony node acts on, and the channel that owns it.</summary>
internal readonly record struct FlowCall(ICallControl Channel, string Id)
{
    /// <summary>The call id a node means: its <c>call</c> input when given, else <c>vars.call.id</c> (set by Dial),
    /// else <c>trigger.call.id</c> (the call that started the flow); null when the flow has no call.</summary>
    public static string? IdFor(ActivityContext context, Expression<string>? input)
    {
        var explicitId = input is null ? null : context.Eval(input);
        if (!string.IsNullOrWhiteSpace(explicitId)) return explicitId;
        if (IdIn(context.GetVariable("call")) is { } dialled) return dialled;
        return context.Trigger is Dictionary<string, object?> trigger ? IdIn(trigger.GetValueOrDefault("call")) : null;
    }

    /// <summary>Finds the node's call and its channel; on failure sets output <c>error</c> and returns false.</summary>
    public static bool TryResolve(ActivityContext context, CallChannels channels, Expression<string>? input, out FlowCall call)
    {
        call = default;
        var id = IdFor(context, input);
        if (id is null)
        {
            context.SetOutput("error", "This flow has no call: start it with an Incoming Call trigger, place one with Dial, or set the node's 'call' input.");
            return false;
        }
        context.SetOutput("callId", id);
        if (channels.For(id) is not { } channel)
        {
            context.SetOutput("error", $"No call channel handles call '{id}' (known channels: {string.Join(", ", channels.Names)}).");
            return false;
        }
        call = new FlowCall(channel, id);
        return true;
    }

    private static string? IdIn(object? value) =>
        value is Dictionary<string, object?> call && call.GetValueOrDefault("id") is string { Length: > 0 } id ? id : null;
}
