namespace FlowBuilder.Engine.Statistics;

/// <summary>Calls of one bucket. ASR = Answered / Calls; ACD = TalkSeconds / Answered.</summary>
/// <param name="Start">The bucket's start, in the query's time zone.</param>
/// <param name="Spend">Charges posted to the ledger for the bucket (calls, metrics, minimum payments), as a positive amount.</param>
public sealed record CallStatisticsBucket(DateTimeOffset Start, long Calls, long Answered, long TalkSeconds, long Outbound, long Inbound, decimal Spend);
