namespace FlowBuilder.Activities.Http;

/// <summary>The HTTP methods the HTTP Request activity sends.</summary>
public enum RequestMethod
{
    Get,
    Post,
    Put,
    Patch,
    Delete,
    Head,
}
