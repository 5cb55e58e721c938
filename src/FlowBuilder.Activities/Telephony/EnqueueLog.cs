using Microsoft.Extensions.Logging;

namespace FlowBuilder.Activities.Telephony;

internal static partial class EnqueueLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Writing the queue record of call {CallId} in queue {Queue} failed")]
    public static partial void LogQueueRecordFailed(this ILogger logger, Exception error, string callId, string queue);
}
