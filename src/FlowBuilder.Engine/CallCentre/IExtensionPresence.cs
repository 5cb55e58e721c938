namespace FlowBuilder.Engine.CallCentre;

/// <summary>Whether an extension has a live registration (a softphone that can ring now). The SIP registrar implements it;
/// without SIP every extension counts as present (the simulator can ring anything).</summary>
public interface IExtensionPresence
{
    bool IsRegistered(string number);
}
