namespace FlowBuilder.Activities.Telephony;

internal enum DigitCollectionStatus
{
    /// <summary>Enough digits were entered.</summary>
    Done,

    /// <summary>Nothing was entered before the first-digit timeout.</summary>
    Timeout,

    /// <summary>Entry ended with fewer digits than the minimum.</summary>
    Invalid,

    HungUp,
    Failed,
}
