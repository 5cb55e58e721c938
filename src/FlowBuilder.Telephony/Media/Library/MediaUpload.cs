namespace FlowBuilder.Telephony.Media.Library;

/// <summary>What an upload became, and what it was: the sample rate and channels it arrived with.</summary>
public sealed record MediaUpload(MediaFile File, int OriginalSampleRate, int OriginalChannels);
