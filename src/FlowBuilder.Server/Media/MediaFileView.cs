using FlowBuilder.Telephony.Media.Library;

namespace FlowBuilder.Server.Media;

/// <summary>A stored audio file; <c>originalSampleRate</c> and <c>originalChannels</c> only on the answer to an upload.</summary>
internal sealed record MediaFileView(string Name, double DurationSeconds, long SizeBytes, DateTimeOffset ModifiedAt, int? OriginalSampleRate = null, int? OriginalChannels = null)
{
    public static MediaFileView From(MediaFile file) => new(file.Name, Math.Round(file.Duration.TotalSeconds, 3), file.SizeBytes, file.ModifiedAt);

    public static MediaFileView From(MediaUpload upload) => From(upload.File) with
    {
        OriginalSampleRate = upload.OriginalSampleRate,
        OriginalChannels = upload.OriginalChannels,
    };
}
