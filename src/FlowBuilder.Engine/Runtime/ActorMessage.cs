using FlowBuilder.Engine.Activities;

namespace FlowBuilder.Engine.Runtime;

internal abstract record ActorMessage
{
    public sealed record Start : ActorMessage;

    public sealed record Deliver(Stimulus Stimulus) : ActorMessage;

    public sealed record Cancel(string Reason) : ActorMessage
    {
        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
