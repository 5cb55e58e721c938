namespace FlowBuilder.Engine.Runtime;

public enum DeliveryResult
{
    /// <summary>Taken: it resumed the instance, or is kept until the instance waits for it.</summary>
    Accepted,

    NotFound,

    /// <summary>The instance has finished; it takes no more stimuli.</summary>
    Finished,
}
