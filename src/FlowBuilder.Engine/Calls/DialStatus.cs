namespace FlowBuilder.Engine.Calls;

/// <summary>Dial's outcomes: <c>answered</c>, <c>busy</c>, <c>no-answer</c>, <c>failed</c>.</summary>
public enum DialStatus
{
    Answered,
    Busy,
    NoAnswer,
    Failed,
}
