namespace FlowBuilder.Engine.Activities;

public enum OutcomeKind
{
    Next,
    Suspend,
    Fault,
    End,
}
