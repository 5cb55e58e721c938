using FlowBuilder.Campaigns.Hosting;
using System.Text.RegularExpressions;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.Campaigns.Contacts;
using FlowBuilder.Engine.Persistence;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Server.Campaigns.Settings;

/// <summary>Turns a create or update body into a <see cref="Campaign"/>, or field errors naming what to fix: the flow and
/// groups must exist, operators must be the company's extensions, numbers must be in range.</summary>
internal sealed partial class CampaignRules(IFlowRepository flows, IContactStore contacts, IExtensionStore extensions, IOptions<CampaignOptions> options)
{
    public const int MaxNameLength = 200;
    public const int MaxRetryAttempts = 20;
    public const double MaxAbandonLimit = 0.1;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabCase();

    [GeneratedRegex(@"^\+?[0-9]{2,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneNumber();

    /// <summary>The campaign the body describes (status, times and pinned version from <paramref name="existing"/>, else a new
    /// Draft with <paramref name="id"/>), or null with <paramref name="errors"/> filled.</summary>
    public async Task<Campaign?> BuildAsync(string companyId, string id, CampaignRequest request, Campaign? existing, DateTimeOffset now,
        ValidationErrors errors, CancellationToken cancellationToken)
    {
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name)) errors.Add("name", "name is missing. Give the campaign a name people will recognise, e.g. \"December reminders\".");
        else if (name.Length > MaxNameLength) errors.Add("name", $"name is longer than {MaxNameLength} characters.");
        var flowId = await FlowAsync(companyId, request.FlowId, errors, cancellationToken);
        var groupIds = await GroupsAsync(companyId, request.GroupIds, errors, cancellationToken);
        var mode = Mode(request.Mode, errors);
        var schedule = ScheduleRules.Build(request.Schedule, errors);
        var limit = options.Value.MaxConcurrentCalls;
        if (request.MaxConcurrentCalls is not { } maxCalls)
            errors.Add("maxConcurrentCalls", $"maxConcurrentCalls is missing. Say how many calls may be in progress at once (1 to {limit}).");
        else if (maxCalls < 1 || maxCalls > limit)
            errors.Add("maxConcurrentCalls", $"maxConcurrentCalls must be between 1 and {limit} (the company's limit); {maxCalls} is not.");
        var callerId = string.IsNullOrWhiteSpace(request.CallerId) ? null : request.CallerId.Trim();
        if (callerId is not null && !PhoneNumber().IsMatch(callerId))
            errors.Add("callerId", $"callerId '{callerId}' is not a phone number. Give 2 to 20 digits, optionally with a leading '+', e.g. +15551234567.");
        Range(errors, "ringSeconds", request.RingSeconds, 5, 300);
        Range(errors, "wrapUpSeconds", request.WrapUpSeconds, 0, 3600);
        var retry = Retry(request.Retry, errors);
        var operators = await OperatorsAsync(companyId, request.Operators, errors, cancellationToken);
        if (request.AbandonLimit is { } abandon && (double.IsNaN(abandon) || abandon < 0 || abandon > MaxAbandonLimit))
            errors.Add("abandonLimit", $"abandonLimit must be between 0 and {MaxAbandonLimit} (a share of answered calls; 0.03 is 3 %); {abandon} is not.");
        var conversions = Texts(request.ConversionResults, "conversionResults", "the flow results that count as a conversion, e.g. [\"converted\"]", errors);
        var codes = Texts(request.DispositionCodes, "dispositionCodes", "the operator's choices, e.g. [\"interested\", \"call-back\"]", errors);
        for (var i = 0; i < (codes?.Count ?? 0); i++)
        {
            if (!KebabCase().IsMatch(codes![i]))
                errors.Add($"dispositionCodes[{i}]", $"Disposition code '{codes[i]}' is not kebab-case. Use lower-case letters, digits and single dashes, e.g. call-back.");
        }
        if (errors.Any) return null;

        var defaults = new Campaign(id, companyId, name!, flowId!, null, groupIds!, mode!.Value, schedule!, request.MaxConcurrentCalls!.Value, callerId,
            retry!, operators!, CampaignStatus.Draft);
        return defaults with
        {
            FlowVersion = existing is not null && existing.FlowId == flowId ? existing.FlowVersion : null,
            Status = existing?.Status ?? CampaignStatus.Draft,
            Description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim(),
            AbandonLimit = request.AbandonLimit ?? defaults.AbandonLimit,
            RingSeconds = request.RingSeconds ?? defaults.RingSeconds,
            Trunk = string.IsNullOrWhiteSpace(request.Trunk) ? null : request.Trunk.Trim(),
            Channel = string.IsNullOrWhiteSpace(request.Channel) ? null : request.Channel.Trim(),
            ConversionResults = conversions ?? defaults.ConversionResults,
            DispositionCodes = codes ?? defaults.DispositionCodes,
            WrapUpSeconds = request.WrapUpSeconds ?? defaults.WrapUpSeconds,
            Error = existing?.Error,
            CreatedAt = existing?.CreatedAt ?? now,
            UpdatedAt = now,
            StartedAt = existing?.StartedAt,
            CompletedAt = existing?.CompletedAt,
        };
    }

    private async Task<string?> FlowAsync(string companyId, string? flowId, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var id = flowId?.Trim();
        if (string.IsNullOrEmpty(id))
        {
            errors.Add("flowId", "flowId is missing. Name the flow each answered call runs (see /api/flows); it must be published before the campaign starts.");
            return null;
        }
        if (await flows.GetAsync(companyId, id, cancellationToken) is null)
        {
            errors.Add("flowId", $"No flow '{id}' exists. Create and publish it first, or pick one from /api/flows.");
            return null;
        }
        return id;
    }

    private async Task<List<string>?> GroupsAsync(string companyId, IReadOnlyList<string>? groupIds, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (groupIds is null || groupIds.Count == 0)
        {
            errors.Add("groupIds", "groupIds is empty. List the subscriber groups to call (see /api/groups).");
            return null;
        }
        var ids = new List<string>();
        for (var i = 0; i < groupIds.Count; i++)
        {
            var id = groupIds[i]?.Trim();
            if (string.IsNullOrEmpty(id)) errors.Add($"groupIds[{i}]", $"groupIds[{i}] is empty. Give a group id from /api/groups.");
            else if (await contacts.GetGroupAsync(companyId, id, cancellationToken) is null) errors.Add($"groupIds[{i}]", $"No subscriber group '{id}' exists. Create it at /api/groups or pick another.");
            else if (!ids.Contains(id)) ids.Add(id);
        }
        return ids;
    }

    private static CampaignMode? Mode(string? text, ValidationErrors errors)
    {
        if (Enum.TryParse<CampaignMode>(text?.Trim(), ignoreCase: true, out var mode) && Enum.IsDefined(mode) && !int.TryParse(text, out _)) return mode;
        errors.Add("mode", text is null
            ? "mode is missing. Use autoInformer, preview, progressive or predictive."
            : $"Unknown mode '{text}'. Use autoInformer (no operator), preview, progressive or predictive.");
        return null;
    }

    private static RetryPolicy? Retry(RetryBody? body, ValidationErrors errors)
    {
        var defaults = RetryPolicy.Default;
        if (body is null) return defaults;
        var busy = Rule(body.Busy, "retry.busy", defaults.Busy, errors);
        var noAnswer = Rule(body.NoAnswer, "retry.noAnswer", defaults.NoAnswer, errors);
        var failed = Rule(body.Failed, "retry.failed", defaults.Failed, errors);
        var abandoned = Rule(body.Abandoned, "retry.abandoned", defaults.Abandoned, errors);
        return new RetryPolicy(busy, noAnswer, failed, abandoned);
    }

    private static RetryRule Rule(RetryRuleBody? body, string field, RetryRule defaults, ValidationErrors errors)
    {
        if (body is null) return defaults;
        var attempts = body.MaxAttempts ?? defaults.MaxAttempts;
        if (attempts < 1 || attempts > MaxRetryAttempts)
            errors.Add($"{field}.maxAttempts", $"{field}.maxAttempts must be between 1 and {MaxRetryAttempts} (attempts in all; 1 means never again); {attempts} is not.");
        var pause = body.PauseSeconds ?? defaults.Pause.TotalSeconds;
        if (double.IsNaN(pause) || pause < 0 || pause > TimeSpan.FromDays(30).TotalSeconds)
            errors.Add($"{field}.pauseSeconds", $"{field}.pauseSeconds must be 0 or more seconds (at most 30 days); {pause} is not.");
        return errors.Has($"{field}.maxAttempts") || errors.Has($"{field}.pauseSeconds") ? defaults : new RetryRule(attempts, TimeSpan.FromSeconds(pause));
    }

    private async Task<List<string>?> OperatorsAsync(string companyId, IReadOnlyList<string>? numbers, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var operators = new List<string>();
        for (var i = 0; i < (numbers?.Count ?? 0); i++)
        {
            var number = numbers![i]?.Trim();
            var extension = string.IsNullOrEmpty(number) ? null : await extensions.FindAsync(number, cancellationToken);
            if (extension is null || extension.CompanyId != companyId)
                errors.Add($"operators[{i}]", $"'{number}' is not one of the company's extensions. Operators are extension numbers (see /api/extensions).");
            else if (!operators.Contains(number!)) operators.Add(number!);
        }
        return operators;
    }

    private static List<string>? Texts(IReadOnlyList<string>? values, string field, string what, ValidationErrors errors)
    {
        if (values is null) return null;
        if (values.Count == 0 || values.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add(field, $"{field} has an empty entry or none at all. List {what}, or leave it out for the defaults.");
            return null;
        }
        return values.Select(v => v.Trim()).Distinct(StringComparer.Ordinal).ToList();
    }

    private static void Range(ValidationErrors errors, string field, int? value, int min, int max)
    {
        if (value is { } v && (v < min || v > max)) errors.Add(field, $"{field} must be between {min} and {max}; {v} is not.");
    }
}
