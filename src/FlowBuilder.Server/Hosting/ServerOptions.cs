namespace FlowBuilder.Server.Hosting;

/// <summary>Settings of the web host (section <c>FlowBuilder:Server</c>).</summary>
public sealed class ServerOptions
{
    public const string Section = "FlowBuilder:Server";

    /// <summary>Largest request body accepted on any route, in bytes. Default 1 MiB (1,048,576).</summary>
    public long MaxRequestBytes { get; set; } = 1_048_576;

    /// <summary>Largest audio upload accepted at <c>/api/media</c>, in bytes. Default 20 MiB (about 10 minutes of 16 kHz audio).</summary>
    public long MaxUploadBytes { get; set; } = 20_971_520;

    /// <summary>Largest CSV upload accepted by the contact and information database imports (<c>/api/groups/{id}/imports</c>,
    /// <c>/api/info-databases/{id}/imports</c>), in bytes. Default 512 MiB (a million contacts are about 60 MB).</summary>
    public long MaxImportBytes { get; set; } = 536_870_912;

    /// <summary>How long a synchronous webhook waits for the flow's reply, in seconds. Default 10.</summary>
    public double WebhookTimeoutSeconds { get; set; } = 10;

    /// <summary>How long <c>POST /api/flows/{id}/run</c> waits for the instance to first settle, in seconds. Default 10.</summary>
    public double RunWaitSeconds { get; set; } = 10;

    /// <summary>Folder of the built designer (<c>designer/dist</c>), served at the root with a fallback to its
    /// <c>index.html</c>. Relative paths are under the content root. Default: <c>designer</c> next to the server's binaries.</summary>
    public string? DesignerPath { get; set; }

    /// <summary>Folder of the flow templates (<c>*.flow.json</c>) listed at <c>/api/templates</c>. Relative paths are under
    /// the content root. Default: <c>flow-templates</c> next to the server's binaries.</summary>
    public string? TemplatesPath { get; set; }

    /// <summary>Largest body accepted on one webhook (<c>/hooks/…</c>, callbacks included), in bytes. Default 256 KiB (262,144);
    /// <see cref="MaxRequestBytes"/> still caps it.</summary>
    public long MaxWebhookBytes { get; set; } = 262_144;

    /// <summary>How far a signed webhook's timestamp may be from the server's clock, in seconds; also how long an
    /// accepted signature is remembered to refuse replays. Default 300.</summary>
    public double WebhookSignatureToleranceSeconds { get; set; } = 300;

    /// <summary>How long a rotated webhook secret is still accepted, in hours. Default 24.</summary>
    public double WebhookSecretGraceHours { get; set; } = 24;

    /// <summary>How long a webhook <c>Idempotency-Key</c> and its answer are kept, in hours. Default 24.</summary>
    public double IdempotencyKeyHours { get; set; } = 24;

    /// <summary>Addresses of reverse proxies in front of the server (10.0.0.5, ::1). Only when set are their X-Forwarded-For and
    /// X-Forwarded-Proto headers believed, so the client's address (click-to-call rate limits and consent records) is the
    /// visitor's rather than the proxy's. Default: none (the connection's peer is the client).</summary>
    public string[] KnownProxies { get; set; } = [];

    internal TimeSpan WebhookSignatureTolerance => TimeSpan.FromSeconds(WebhookSignatureToleranceSeconds);
    internal TimeSpan WebhookSecretGrace => TimeSpan.FromHours(WebhookSecretGraceHours);
    internal TimeSpan IdempotencyKeyLifetime => TimeSpan.FromHours(IdempotencyKeyHours);
    internal TimeSpan WebhookTimeout => TimeSpan.FromSeconds(WebhookTimeoutSeconds);
    internal TimeSpan RunWait => TimeSpan.FromSeconds(RunWaitSeconds);
}
