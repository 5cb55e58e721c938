using System.Text;
using FlowBuilder.Engine.Billing;

namespace FlowBuilder.Bench.Rating;

/// <summary>
/// The rating benchmark's data, the same on every run (fixed seeds): a tariff of <c>prefixes</c> destinations — every ITU country
/// code, then area and mobile prefixes of 2–6 more digits, drawn more often in the large markets — and pre-generated CDRs:
/// E.164 numbers (85 % inside one of the tariff's prefixes, 14 % anywhere in a random country, 1 % in unassigned country codes
/// that no rate matches) with talk times (a fifth unanswered, the rest mostly short calls, up to 2 hours).
/// </summary>
internal sealed class RatingWorkload
{
    public const int DefaultPrefixes = 50_000;
    public const int DefaultCdrs = 1_000_000;

    // ITU-T E.164 country codes (assigned, geographic and the shared 1 and 7 zones); the first ones are the large markets.
    private static readonly string[] CountryCodes =
    [
        "1", "44", "49", "33", "39", "34", "7", "86", "91", "81", "55", "52", "61", "31", "48", "46", "41", "43", "32", "45",
        "47", "358", "353", "351", "30", "420", "36", "40", "90", "972", "971", "966", "20", "27", "234", "254", "62", "63", "66", "84",
        "60", "65", "82", "852", "886", "64", "54", "56", "57", "51", "58", "380", "375", "370", "371", "372", "359", "385", "386", "381",
        "382", "383", "387", "389", "355", "373", "374", "994", "995", "998", "996", "992", "993", "976", "977", "880", "92", "93", "94", "95",
        "98", "960", "961", "962", "963", "964", "965", "967", "968", "970", "973", "974", "975", "212", "213", "216", "218", "220", "221", "222",
        "223", "224", "225", "226", "227", "228", "229", "230", "231", "232", "233", "235", "236", "237", "238", "239", "240", "241", "242", "243",
        "244", "245", "246", "248", "249", "250", "251", "252", "253", "255", "256", "257", "258", "260", "261", "262", "263", "264", "265", "266",
        "267", "268", "269", "290", "291", "297", "298", "299", "350", "352", "354", "356", "357", "376", "377", "378", "379", "423", "500", "501",
        "502", "503", "504", "505", "506", "507", "508", "509", "590", "591", "592", "593", "594", "595", "596", "597", "598", "599", "670", "672",
        "673", "674", "675", "676", "677", "678", "679", "680", "681", "682", "683", "685", "686", "687", "688", "689", "690", "691", "692", "850",
        "853", "855", "856", "870", "881", "882", "883", "888",
    ];

    // Unassigned ITU codes: numbers there find no rate (an outbound call to them is rated at zero and flagged).
    private static readonly string[] UnassignedCodes = ["28", "83", "89", "999"];

    private RatingWorkload(Tariff tariff, string[] numbers, int[] talkSeconds)
    {
        Tariff = tariff;
        Numbers = numbers;
        TalkSeconds = talkSeconds;
    }

    /// <summary>How many of the tariff's prefixes are whole country codes.</summary>
    public static int CountryCodeCount => CountryCodes.Length;

    public Tariff Tariff { get; }

    /// <summary>The CDRs' destinations as E.164 strings with '+'.</summary>
    public string[] Numbers { get; }

    /// <summary>The CDRs' talk times in seconds (0 = not answered).</summary>
    public int[] TalkSeconds { get; }

    public static RatingWorkload Create(int prefixes = DefaultPrefixes, int cdrs = DefaultCdrs)
    {
        var tariff = CreateTariff(prefixes, new Random(20261206));
        var random = new Random(90000009);
        var numbers = new string[cdrs];
        var talkSeconds = new int[cdrs];
        var text = new StringBuilder(16);
        for (var i = 0; i < cdrs; i++)
        {
            text.Clear().Append('+');
            var draw = random.NextDouble();
            var start = draw < 0.85 ? tariff.Rates[random.Next(tariff.Rates.Count)].Prefix
                : draw < 0.99 ? PickCountry(random)
                : UnassignedCodes[random.Next(UnassignedCodes.Length)];
            text.Append(start);
            var length = Math.Max(start.Length + 4, random.Next(10, 14));
            while (text.Length - 1 < length) text.Append((char)('0' + random.Next(10)));
            numbers[i] = text.ToString();
            talkSeconds[i] = random.NextDouble() < 0.2 ? 0 : Math.Min(7200, 1 + (int)(-Math.Log(1 - random.NextDouble()) * 150));
        }

        return new RatingWorkload(tariff, numbers, talkSeconds);
    }

    private static Tariff CreateTariff(int count, Random random)
    {
        if (count < CountryCodes.Length) throw new ArgumentOutOfRangeException(nameof(count), count, $"The tariff needs at least the {CountryCodes.Length} country codes.");
        var prefixes = new HashSet<string>(CountryCodes, StringComparer.Ordinal);
        var rates = new List<TariffRate>(count);
        foreach (var code in CountryCodes) rates.Add(Rate(code, $"Country {code}", random));
        var digits = new StringBuilder(16);
        while (rates.Count < count)
        {
            var country = PickCountry(random);
            digits.Clear().Append(country);
            var extra = random.Next(2, 7);
            for (var d = 0; d < extra; d++) digits.Append((char)('0' + random.Next(10)));
            var prefix = digits.ToString();
            if (prefixes.Add(prefix)) rates.Add(Rate(prefix, $"Country {country} area {prefix[country.Length..]}", random));
        }

        return new Tariff("bench-rating", "bench", "Rating benchmark", "EUR", rates) { UpdatedAt = new DateTimeOffset(2026, 12, 6, 0, 0, 0, TimeSpan.Zero) };
    }

    // The first 50 countries take about three quarters of the area prefixes, as in a wholesale deck.
    private static string PickCountry(Random random) =>
        CountryCodes[random.NextDouble() < 0.75 ? random.Next(50) : random.Next(CountryCodes.Length)];

    private static TariffRate Rate(string prefix, string destination, Random random)
    {
        var price = Math.Round((decimal)(0.002 + random.NextDouble() * 0.4), 4, MidpointRounding.AwayFromZero);
        var fee = random.NextDouble() < 0.2 ? Math.Round((decimal)(random.NextDouble() * 0.05), 4, MidpointRounding.AwayFromZero) : 0m;
        var (first, next) = random.Next(3) switch { 0 => (60, 60), 1 => (1, 1), _ => (30, 6) };
        return new TariffRate(prefix, destination, price, fee, first, next);
    }
}
