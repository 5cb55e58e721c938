namespace FlowBuilder.Activities.Http;

/// <summary>Settings of <see cref="WaitForCallback"/>, registered by the server from <c>FlowBuilder:PublicUrl</c>.</summary>
public sealed class WaitForCallbackOptions
{
    public const string DefaultPublicUrl = "http://127.0.0.1:5080";

    /// <summary>The address other systems reach this server at; callback URLs are <c>{PublicUrl}/hooks/callbacks/{token}</c>.
    /// Default <c>http://127.0.0.1:5080</c>.</summary>
    public string PublicUrl { get; set; } = DefaultPublicUrl;

    internal string CallbackUrl(string token) => $"{PublicUrl.TrimEnd('/')}/hooks/callbacks/{token}";
}
