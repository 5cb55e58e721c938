namespace FlowBuilder.Telephony.Media.Pacing;

/// <summary>The next sequence number and timestamp a <see cref="PacedStream"/> would send.</summary>
public readonly record struct PacedStreamPosition(ushort Sequence, uint Timestamp);
