namespace FlowBuilder.Engine.Calls;

public enum PromptKind
{
    Speech,
    Audio,
    Silence,
}
