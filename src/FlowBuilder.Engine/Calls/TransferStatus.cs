namespace FlowBuilder.Engine.Calls;

public enum TransferStatus
{
    /// <summary>The party accepted and reached the target (REFER 202, then NOTIFY 2xx); our leg has ended.</summary>
    Transferred,

    /// <summary>The party refused or could not reach the target (REFER 4xx/5xx, or a failed NOTIFY); the call is still up.</summary>
    Refused,

    /// <summary>The call hung up meanwhile.</summary>
    HungUp,

    /// <summary>Not possible on this call (<see cref="TransferResult.Error"/>).</summary>
    Failed,
}
