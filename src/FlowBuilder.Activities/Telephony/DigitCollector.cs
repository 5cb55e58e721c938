using FlowBuilder.Activities.Billing;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Activities.Telephony;

/// <summary>The one place digits are collected (Gather Digits, Menu): optional prompt with barge-in, then digit by
/// digit under <see cref="DigitRules"/>.</summary>
internal static class DigitCollector
{
    /// <summary>Plays <paramref name="prompt"/> (when given; digits pressed during it are kept when
    /// <paramref name="bargeIn"/>), then collects digits.</summary>
    public static async ValueTask<DigitCollection> PromptThenCollectAsync(
        ActivityContext context, FlowCall call, Prompt? prompt, bool bargeIn, DigitRules rules, CancellationToken cancellationToken)
    {
        if (prompt is not null)
        {
            var played = await call.Channel.PlayAsync(call.Id, prompt, bargeIn, cancellationToken).ConfigureAwait(false);
            await FlowMetering.SpokenAsync(context, prompt, played).ConfigureAwait(false);
            switch (played.Status)
            {
                case CallOperationStatus.HungUp:
                    return new DigitCollection(DigitCollectionStatus.HungUp, "");
                case CallOperationStatus.Failed:
                    return new DigitCollection(DigitCollectionStatus.Failed, "", played.Error);
            }
        }
        return await CollectAsync(call, rules, cancellationToken).ConfigureAwait(false);
    }

    public static async ValueTask<DigitCollection> CollectAsync(FlowCall call, DigitRules rules, CancellationToken cancellationToken)
    {
        var digits = new System.Text.StringBuilder();
        var timeout = rules.FirstDigitTimeout;
        while (true)
        {
            var read = await call.Channel.ReadDigitAsync(call.Id, timeout, cancellationToken).ConfigureAwait(false);
            switch (read.Status)
            {
                case CallOperationStatus.HungUp:
                    return new DigitCollection(DigitCollectionStatus.HungUp, digits.ToString());
                case CallOperationStatus.Failed:
                    return new DigitCollection(DigitCollectionStatus.Failed, digits.ToString(), read.Error);
            }
            if (read.Digit is not { } digit)
            {
                if (digits.Length == 0) return new DigitCollection(DigitCollectionStatus.Timeout, "");
                return Judge(digits.ToString(), rules);
            }
            if (rules.IsTerminator(digit)) return Judge(digits.ToString(), rules);
            digits.Append(digit);
            if (rules.MaxDigits is { } max && digits.Length >= max) return Judge(digits.ToString(), rules);
            timeout = rules.InterDigitTimeout;
        }
    }

    private static DigitCollection Judge(string digits, DigitRules rules) =>
        new(digits.Length >= rules.MinDigits ? DigitCollectionStatus.Done : DigitCollectionStatus.Invalid, digits);
}
