namespace FlowBuilder.Engine.CallCentre;

public enum GroupRingMode
{
    Simultaneous,
    Sequential,
}
