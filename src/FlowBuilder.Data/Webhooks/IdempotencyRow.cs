namespace FlowBuilder.Data.Webhooks;

internal sealed class IdempotencyRow
{
    public string CompanyId { get; set; } = "";
    public string FlowId { get; set; } = "";
    public string Key { get; set; } = "";
    public string BodyHash { get; set; } = "";
    public string? InstanceId { get; set; }
    public int? StatusCode { get; set; }
    public string? ContentType { get; set; }
    public byte[]? Body { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }

    public static IdempotencyRow Of(IdempotentRequest request) => new()
    {
        CompanyId = request.CompanyId,
        FlowId = request.FlowId,
        Key = request.Key,
        BodyHash = request.BodyHash,
        InstanceId = request.InstanceId,
        StatusCode = request.StatusCode,
        ContentType = request.ContentType,
        Body = request.Body,
        CreatedAt = request.CreatedAt,
        ExpiresAt = request.ExpiresAt,
    };

    public IdempotentRequest ToRequest() => new(CompanyId, FlowId, Key, BodyHash, CreatedAt, ExpiresAt)
    {
        InstanceId = InstanceId,
        StatusCode = StatusCode,
        ContentType = ContentType,
        Body = Body,
    };
}
