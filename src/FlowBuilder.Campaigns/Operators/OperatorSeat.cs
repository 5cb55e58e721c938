using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.Campaigns.Operators;

namespace FlowBuilder.Campaigns.Operators;

/// <summary>One logged-in operator's state in the desk; changed only under the desk's lock.</summary>
internal sealed class OperatorSeat(string extension, string companyId, Campaign campaign)
{
    public string Extension { get; } = extension;

    public string CompanyId { get; } = companyId;

    /// <summary>The campaign as last read (disposition codes, wrap-up time, mode).</summary>
    public Campaign Campaign { get; set; } = campaign;

    public string CampaignId => Campaign.Id;

    public OperatorState State { get; set; } = OperatorState.Ready;

    public DateTimeOffset Since { get; set; }

    public OperatorCard? Card { get; set; }

    /// <summary>Preview: the contact claimed for the card, not yet dialled.</summary>
    public CampaignContact? PreviewContact { get; set; }

    /// <summary>The attempt the operator is reserved for, talking on, or wrapping up.</summary>
    public string? AttemptId { get; set; }

    /// <summary>The contact's call id while connected.</summary>
    public string? CallId { get; set; }

    public string? CallState { get; set; }

    /// <summary>Pause was pressed during a call: Paused (not Ready) when it ends.</summary>
    public bool PauseAfterCall { get; set; }

    /// <summary>The disposition of the current attempt was given during the call: no wrap-up after it.</summary>
    public bool DispositionGiven { get; set; }

    /// <summary>Bumped on every change; a timer armed for an older version does nothing.</summary>
    public long Version { get; set; }

    public ITimer? Timer { get; set; }

    /// <summary>Serialises the operator's commands (and background card refills), which await stores between changes.</summary>
    public SemaphoreSlim Commands { get; } = new(1, 1);

    public bool OnCall => State is OperatorState.Talking || (State is OperatorState.Reserved && AttemptId is not null);
}
