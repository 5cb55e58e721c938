namespace FlowBuilder.Data.Notifications;

internal sealed class DeliveryLogRow
{
    public string DeliveryId { get; set; } = "";
    public string CompanyId { get; set; } = "";
    public int Sequence { get; set; }

    /// <summary><c>attempt</c> or <c>redeliver</c>.</summary>
    public string Kind { get; set; } = "";
    public int Attempt { get; set; }
    public DateTimeOffset At { get; set; }
    public int? StatusCode { get; set; }
    public string? Error { get; set; }
    public long DurationMs { get; set; }

    public DeliveryLogEntry ToEntry() => new(Sequence, Kind, Attempt, At, StatusCode, Error, DurationMs);
}
