namespace FlowBuilder.Engine.ClickToCall;

/// <summary>Which side of a click-to-call request is called first; the other is dialled once it answers.</summary>
public enum FirstLeg
{
    /// <summary>The visitor first (the default): they hear the waiting message while the company's operators ring.</summary>
    Client,

    /// <summary>The company's operator first: they hear the message (e.g. "a web visitor asked to be called") while the client rings.</summary>
    Company,
}
