using FlowBuilder.Engine.CallCentre;

namespace FlowBuilder.Campaigns.Tests.Operators;

/// <summary>Every extension is registered except those the test unplugs.</summary>
internal sealed class FakePresence : IExtensionPresence
{
    private readonly HashSet<string> _unregistered = new(StringComparer.Ordinal);

    public void Unregister(string number)
    {
        lock (_unregistered) _unregistered.Add(number);
    }

    public bool IsRegistered(string number)
    {
        lock (_unregistered) return !_unregistered.Contains(number);
    }
}
