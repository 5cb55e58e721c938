namespace FlowBuilder.Engine.Campaigns;

/// <summary>
/// A campaign's numbers as the web app and <c>GET /api/campaigns/{id}/statistics</c> show them. Rates are fractions 0–1
/// (0 when their denominator is 0):
/// <list type="bullet">
/// <item><see cref="SuccessRate"/> = answered attempts / finished attempts.</item>
/// <item><see cref="AbandonmentRate"/> = abandoned / live-answered calls (answered + abandoned), as telemarketing rules
/// (Ofcom, FCC 47 CFR 64.1200) measure it.</item>
/// <item><see cref="ConversionRate"/> = converted contacts / reached contacts.</item>
/// <item><see cref="Reachability"/> = reached contacts / contacts.</item>
/// <item>K1 (coverage) = dialled contacts / contacts; K2 (contact rate) = reached / dialled contacts;
/// K3 (conversion of contacts reached) = converted / reached contacts; K4 (yield) = converted contacts / contacts.</item>
/// </list>
/// Not sealed so that a view can add to these numbers without repeating them.
/// </summary>
public record CampaignStatistics(
    CampaignCounts Counts,
    double SuccessRate,
    double AbandonmentRate,
    double AverageTalkSeconds,
    double ConversionRate,
    double Reachability,
    double K1,
    double K2,
    double K3,
    double K4)
{
    public static CampaignStatistics From(CampaignCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        static double Rate(double part, double whole) => whole <= 0 ? 0 : part / whole;
        var finished = counts.Answered + counts.Busy + counts.NoAnswer + counts.Failed + counts.Abandoned + counts.Interrupted;
        return new CampaignStatistics(
            counts,
            SuccessRate: Rate(counts.Answered, finished),
            AbandonmentRate: Rate(counts.Abandoned, counts.Answered + counts.Abandoned),
            AverageTalkSeconds: Rate(counts.TalkSeconds, counts.Answered),
            ConversionRate: Rate(counts.ConvertedContacts, counts.ReachedContacts),
            Reachability: Rate(counts.ReachedContacts, counts.Contacts),
            K1: Rate(counts.DialledContacts, counts.Contacts),
            K2: Rate(counts.ReachedContacts, counts.DialledContacts),
            K3: Rate(counts.ConvertedContacts, counts.ReachedContacts),
            K4: Rate(counts.ConvertedContacts, counts.Contacts));
    }
}
