namespace FlowBuilder.Messaging.HttpGateway;

/// <summary>A generic HTTP SMS gateway (section <c>FlowBuilder:Sms:Http</c>): one request per message.</summary>
public sealed class HttpGatewayOptions
{
    public const string Section = "FlowBuilder:Sms:Http";

    /// <summary>Where messages are sent; the HTTP transport is registered only when this is set.</summary>
    public string Url { get; set; } = "";

    /// <summary>POST (default), PUT or GET (GET sends the fields in the query string).</summary>
    public string Method { get; set; } = "POST";

    /// <summary><c>json</c> (default) or <c>form</c> (application/x-www-form-urlencoded).</summary>
    public string Format { get; set; } = "json";

    public string FromField { get; set; } = "from";
    public string ToField { get; set; } = "to";
    public string TextField { get; set; } = "text";

    /// <summary>When set, our reference is sent in this field (gateways that echo it in receipts).</summary>
    public string? ReferenceField { get; set; }

    /// <summary>Sent as the Authorization header as given, e.g. <c>Bearer abc</c> or <c>Basic dXNlcjpwYXNz</c>.</summary>
    public string? Authorization { get; set; }

    /// <summary>JSON property of a 2xx answer holding the gateway's message id; unset tries <c>id</c>, then <c>messageId</c>.
    /// A dotted path (<c>data.id</c>) reaches into objects.</summary>
    public string? MessageIdField { get; set; }

    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>When set, receipt and inbound callbacks must carry <c>X-FlowBuilder-Signature</c> made with this secret.</summary>
    public string? CallbackSecret { get; set; }

    /// <summary>How far a callback's signature timestamp may be from now (default 300).</summary>
    public double CallbackToleranceSeconds { get; set; } = 300;

    public void Validate()
    {
        var errors = new List<string>();
        if (!Uri.TryCreate(Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            errors.Add($"{Section}:Url '{Url}' is not an absolute http(s) URL.");
        if (Method.ToUpperInvariant() is not ("POST" or "PUT" or "GET"))
            errors.Add($"{Section}:Method '{Method}' is not supported; use POST, PUT or GET.");
        if (Format.ToLowerInvariant() is not ("json" or "form"))
            errors.Add($"{Section}:Format '{Format}' is not supported; use json or form.");
        if (string.IsNullOrWhiteSpace(FromField) || string.IsNullOrWhiteSpace(ToField) || string.IsNullOrWhiteSpace(TextField))
            errors.Add($"{Section}:FromField, ToField and TextField must not be empty.");
        if (!(TimeoutSeconds > 0)) errors.Add($"{Section}:TimeoutSeconds is {TimeoutSeconds}; use a positive number of seconds.");
        if (errors.Count > 0) throw new InvalidOperationException("HTTP SMS gateway settings are wrong: " + string.Join(" ", errors));
    }
}
