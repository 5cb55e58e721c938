namespace FlowBuilder.Activities.Control;

public enum LogLevel
{
    Debug,
    Information,
    Warning,
    Error,
}
