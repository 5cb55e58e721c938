namespace FlowBuilder.Engine.Definitions;

public enum FlowStatus
{
    Draft,
    Published,
    Archived,
}
