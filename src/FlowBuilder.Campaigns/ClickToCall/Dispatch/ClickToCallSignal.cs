namespace FlowBuilder.Campaigns.ClickToCall.Dispatch;

/// <summary>Tells the dispatcher that there may be work now (a request was accepted or queued for a call back).</summary>
internal sealed class ClickToCallSignal
{
    public event Action? Raised;

    public void Raise() => Raised?.Invoke();
}
