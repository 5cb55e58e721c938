namespace FlowBuilder.Server.ClickToCall.Settings;

/// <summary>What a web page needs to show the banner: the key, the script tag to paste, and the public endpoint it posts to.</summary>
internal sealed record EmbedView(string Key, string Script, string Endpoint);
