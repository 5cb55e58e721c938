using System.Text.RegularExpressions;
using FlowBuilder.Campaigns.Contacts;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.ClickToCall;
using FlowBuilder.Engine.Persistence;
using FlowBuilder.Server.Campaigns;
using FlowBuilder.Server.Campaigns.Settings;
using FlowBuilder.Server.Companies;

namespace FlowBuilder.Server.ClickToCall.Settings;

/// <summary>Turns a create or update body into a <see cref="ClickToCallCampaign"/>, or field errors naming what to fix: the flow
/// must exist and be published, operators must resolve as call targets, hours, retries, price, currency, origins and comment types
/// must be well formed.</summary>
internal sealed partial class ClickToCallCampaignRules(IFlowRepository flows, CallTargets targets)
{
    /// <summary>The flow template's id (<c>flow-templates/click-to-call.flow.json</c>), used when the body names none.</summary>
    public const string DefaultFlowId = "click-to-call";
    public const int MaxNameLength = 200;
    public const int MaxRetryAttempts = 20;
    public const int MaxReminderMinutes = 7 * 24 * 60;
    public const int MaxMessageLength = 1000;
    public const decimal MaxPrice = 100_000m;

    [GeneratedRegex(@"^\+?[0-9]{2,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneNumber();

    [GeneratedRegex("^[A-Za-z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyCode();

    /// <summary>The campaign the body describes (key, status, pinned version and creation time from <paramref name="existing"/>,
    /// else a new Active one with <paramref name="id"/> and <paramref name="key"/>), or null with <paramref name="errors"/> filled.</summary>
    public async Task<ClickToCallCampaign?> BuildAsync(string companyId, string id, string key, ClickToCallCampaignRequest request,
        ClickToCallCampaign? existing, DateTimeOffset now, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name)) errors.Add("name", "name is missing. Give the campaign a name people will recognise, e.g. \"Shop call-back banner\".");
        else if (name.Length > MaxNameLength) errors.Add("name", $"name is longer than {MaxNameLength} characters.");
        var flow = await FlowAsync(companyId, request.FlowId, errors, cancellationToken);
        var firstLeg = FirstLegOf(request.FirstLeg, errors);
        var operators = await OperatorsAsync(companyId, request.Operators, errors, cancellationToken);
        var clientMessage = Message(request.ClientMessage, "clientMessage", WaitingMessage.ForClient, errors);
        var companyMessage = Message(request.CompanyMessage, "companyMessage", WaitingMessage.ForCompany, errors);
        var retry = Retry(request.ClientRetry, errors);
        if (request.ReminderMinutes is { } reminder && (reminder < 1 || reminder > MaxReminderMinutes))
            errors.Add("reminderMinutes", $"reminderMinutes must be between 1 and {MaxReminderMinutes} (a week), or null for no reminder; {reminder} is not.");
        var hours = request.Hours is null ? CallingSchedule.Default
            : ScheduleRules.Build(new ScheduleBody(null, null, request.Hours.From, request.Hours.To, request.Hours.Days, request.Hours.TimeZone), errors, "hours");
        var price = request.Price ?? 0m;
        if (price < 0 || price > MaxPrice) errors.Add("price", $"price must be between 0 and {MaxPrice} (what the company pays per completed request); {price} is not.");
        else if (decimal.Round(price, 2) != price) errors.Add("price", $"price {price} has more than 2 decimals. Give it in the currency's units, e.g. 0.50.");
        var currency = request.Currency?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(currency)) errors.Add("currency", "currency is missing. Give the ISO 4217 code of the price, e.g. EUR or USD.");
        else if (!CurrencyCode().IsMatch(currency)) errors.Add("currency", $"currency '{request.Currency}' is not a currency code. Use three letters (ISO 4217), e.g. EUR.");
        var clientCallerId = CallerId(request.ClientCallerId, "clientCallerId", errors);
        var companyCallerId = CallerId(request.CompanyCallerId, "companyCallerId", errors);
        if (request.RingSeconds is { } ring && (ring < 5 || ring > 300)) errors.Add("ringSeconds", $"ringSeconds must be between 5 and 300; {ring} is not.");
        var country = string.IsNullOrWhiteSpace(request.DefaultCountry) ? "US" : request.DefaultCountry.Trim().ToUpperInvariant();
        if (!ContactPhones.IsKnownCountry(country))
            errors.Add("defaultCountry", $"defaultCountry '{request.DefaultCountry}' is not a country code. Use ISO 3166 alpha-2, e.g. DE, GB or US.");
        var origins = Origins(request.AllowedOrigins, errors);
        var consent = Text(request.ConsentText, "consentText", 500, errors);
        var reminderEmail = string.IsNullOrWhiteSpace(request.ReminderEmail) ? null : request.ReminderEmail.Trim();
        if (reminderEmail is not null && !EmailAddresses.IsValid(reminderEmail))
            errors.Add("reminderEmail", $"reminderEmail '{reminderEmail}' is not an e-mail address. Write one address, e.g. sales@example.com, or leave it out for the company's.");
        var commentTypes = CommentTypeRules.Build(request.CommentTypes, errors);
        var title = Text(request.WidgetTitle, "widgetTitle", 60, errors);
        if (errors.Any) return null;

        var defaults = new ClickToCallCampaign(id, companyId, name!, key, flow!, firstLeg!.Value, operators, clientMessage!, companyMessage!, retry!,
            request.ReminderMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : null, hours!, price, currency!, ClickToCallStatus.Active);
        return defaults with
        {
            Key = existing?.Key ?? key,
            Status = existing?.Status ?? ClickToCallStatus.Active,
            FlowVersion = existing is not null && existing.FlowId == flow ? existing.FlowVersion : null,
            Description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim(),
            ClientCallerId = clientCallerId,
            CompanyCallerId = companyCallerId,
            Trunk = string.IsNullOrWhiteSpace(request.Trunk) ? null : request.Trunk.Trim(),
            RingSeconds = request.RingSeconds ?? defaults.RingSeconds,
            DefaultCountry = country,
            AllowedOrigins = origins,
            ConsentText = consent ?? defaults.ConsentText,
            ReminderEmail = reminderEmail,
            CommentTypes = commentTypes ?? defaults.CommentTypes,
            WidgetTitle = title ?? defaults.WidgetTitle,
            CreatedAt = existing?.CreatedAt ?? now,
            UpdatedAt = now,
        };
    }

    private async Task<string?> FlowAsync(string companyId, string? flowId, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var id = string.IsNullOrWhiteSpace(flowId) ? DefaultFlowId : flowId.Trim();
        var flow = await flows.GetAsync(companyId, id, cancellationToken);
        if (flow is null)
        {
            errors.Add("flowId", id == DefaultFlowId && string.IsNullOrWhiteSpace(flowId)
                ? $"No flow '{DefaultFlowId}' exists, and flowId names no other. Create it from the click-to-call template (/api/templates) and publish it, or give the flowId of your own published flow."
                : $"No flow '{id}' exists. Create and publish it first, or pick one from /api/flows.");
            return null;
        }
        if (flow.PublishedVersion is null)
        {
            errors.Add("flowId", $"Flow '{id}' is not published: requests run its published version. Publish it in the designer first.");
            return null;
        }
        return id;
    }

    private static FirstLeg? FirstLegOf(string? text, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return FirstLeg.Client;
        if (Enum.TryParse<FirstLeg>(text.Trim(), ignoreCase: true, out var leg) && Enum.IsDefined(leg) && !int.TryParse(text, out _)) return leg;
        errors.Add("firstLeg", $"Unknown firstLeg '{text}'. Use client (call the visitor first) or company (call the operator first).");
        return null;
    }

    private async Task<List<string>> OperatorsAsync(string companyId, IReadOnlyList<string>? operators, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var resolved = new List<string>();
        if (operators is null || operators.Count == 0)
        {
            errors.Add("operators", "operators is empty. List who answers for the company: extensions (ext:101), groups (group:sales) or outside numbers (+4930123456).");
            return resolved;
        }
        for (var i = 0; i < operators.Count; i++)
        {
            var target = operators[i]?.Trim();
            var resolution = await targets.ResolveAsync(companyId, target, cancellationToken);
            if (!resolution.Succeeded) errors.Add($"operators[{i}]", resolution.Error ?? $"'{target}' is not a call target.");
            else if (!resolved.Contains(target!, StringComparer.Ordinal)) resolved.Add(target!);
        }
        return resolved;
    }

    private static WaitingMessage? Message(WaitingMessageBody? body, string field, WaitingMessage defaults, ValidationErrors errors)
    {
        if (body is null) return defaults;
        var text = body.Text?.Trim() ?? "";
        var audio = string.IsNullOrWhiteSpace(body.AudioFile) ? null : body.AudioFile.Trim();
        if (text.Length == 0 && audio is null)
            errors.Add($"{field}.text", $"{field} says nothing. Give text for TTS, or an audioFile from the media library.");
        if (text.Length > MaxMessageLength) errors.Add($"{field}.text", $"{field}.text is longer than {MaxMessageLength} characters.");
        if (audio is not null && (audio.Contains('/', StringComparison.Ordinal) || audio.Contains('\\', StringComparison.Ordinal) || audio.Contains("..", StringComparison.Ordinal)))
            errors.Add($"{field}.audioFile", $"{field}.audioFile '{audio}' must be a file name of the media library (welcome.wav), without folders.");
        return new WaitingMessage(text, audio, string.IsNullOrWhiteSpace(body.Voice) ? null : body.Voice.Trim());
    }

    private static RetryRule? Retry(ClientRetryBody? body, ValidationErrors errors)
    {
        var defaults = new RetryRule(3, TimeSpan.FromMinutes(5));
        if (body is null) return defaults;
        var attempts = body.MaxAttempts ?? defaults.MaxAttempts;
        if (attempts < 1 || attempts > MaxRetryAttempts)
            errors.Add("clientRetry.maxAttempts", $"clientRetry.maxAttempts must be between 1 and {MaxRetryAttempts} (attempts in all; 1 means no redial); {attempts} is not.");
        var pause = body.PauseSeconds ?? defaults.Pause.TotalSeconds;
        if (double.IsNaN(pause) || pause < 0 || pause > 86_400)
            errors.Add("clientRetry.pauseSeconds", $"clientRetry.pauseSeconds must be between 0 and 86400 (a day); {pause} is not.");
        return new RetryRule(attempts, TimeSpan.FromSeconds(double.IsNaN(pause) ? 0 : Math.Clamp(pause, 0, 86_400)));
    }

    private static string? CallerId(string? text, string field, ValidationErrors errors)
    {
        var value = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (value is not null && !PhoneNumber().IsMatch(value))
            errors.Add(field, $"{field} '{value}' is not a phone number. Give 2 to 20 digits, optionally with a leading '+', e.g. +15551234567.");
        return value;
    }

    private static List<string> Origins(IReadOnlyList<string>? origins, ValidationErrors errors)
    {
        var normalized = new List<string>();
        for (var i = 0; i < (origins?.Count ?? 0); i++)
        {
            var origin = WebOrigins.Normalize(origins![i], out var error);
            if (origin is null) errors.Add($"allowedOrigins[{i}]", error!);
            else if (!normalized.Contains(origin, StringComparer.Ordinal)) normalized.Add(origin);
        }
        return normalized;
    }

    private static string? Text(string? text, string field, int maxLength, ValidationErrors errors)
    {
        if (text is null) return null;
        var value = text.Trim();
        if (value.Length == 0) errors.Add(field, $"{field} is empty. Write it out, or leave it out for the default.");
        else if (value.Length > maxLength) errors.Add(field, $"{field} is longer than {maxLength} characters.");
        return value.Length == 0 ? null : value;
    }
}
