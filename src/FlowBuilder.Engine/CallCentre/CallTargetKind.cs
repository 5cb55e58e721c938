namespace FlowBuilder.Engine.CallCentre;

public enum CallTargetKind
{
    Extension,
    Group,
    Number,
}
