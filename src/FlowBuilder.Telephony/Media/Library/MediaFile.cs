namespace FlowBuilder.Telephony.Media.Library;

/// <summary>An audio file in the media library, stored as 8 kHz 16-bit mono WAV.</summary>
/// <param name="Name">How flows refer to it (Play's <c>file</c>), e.g. <c>welcome.wav</c>.</param>
public sealed record MediaFile(string Name, TimeSpan Duration, long SizeBytes, DateTimeOffset ModifiedAt);
