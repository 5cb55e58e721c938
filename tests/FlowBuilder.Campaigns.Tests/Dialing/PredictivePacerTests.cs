using FlowBuilder.Campaigns.Dialing;

namespace FlowBuilder.Campaigns.Tests.Dialing;

/// <summary>A call-centre simulation in ticks: operators talk for a few ticks, placed calls are answered with a scripted rate one
/// tick later and take a free operator, or are abandoned when none is free. The pacer must keep abandonment under the limit while
/// dialling ahead of the operators.</summary>
public sealed class PredictivePacerTests
{
    [Theory]
    [InlineData(10, 0.25)]
    [InlineData(10, 0.5)]
    [InlineData(4, 0.35)]
    [InlineData(20, 0.8)]
    public void Simulation_KeepsAbandonmentUnderTheLimit_WhileDiallingAheadOfTheOperators(int operators, double answerRate)
    {
        var random = new Random(operators * 1000 + (int)(answerRate * 100));
        var pacer = new PredictivePacer { AbandonLimit = 0.03 };
        var talking = new List<int>();     // ticks left per busy operator
        int ringing = 0, answered = 0, abandoned = 0;
        var ratios = new List<double>();
        for (var tick = 0; tick < 20_000; tick++)
        {
            // Last tick's calls resolve: answered ones take a free operator or are abandoned.
            for (var i = 0; i < ringing; i++)
            {
                var live = random.NextDouble() < answerRate;
                var taken = live && talking.Count < operators;
                if (taken) talking.Add(random.Next(3, 9));
                if (live) (taken ? ref answered : ref abandoned)++;
                pacer.Record(liveAnswered: taken, abandoned: live && !taken);
            }
            for (var i = talking.Count - 1; i >= 0; i--)
                if (--talking[i] == 0) talking.RemoveAt(i);
            var ready = operators - talking.Count;
            ringing = Math.Max(0, pacer.Target(ready));
            ratios.Add(pacer.Ratio);
        }

        var abandonment = (double)abandoned / (answered + abandoned);
        abandonment.ShouldBeLessThan(0.03, $"{abandoned} abandoned of {answered + abandoned}");
        ratios.Average().ShouldBeGreaterThan(1.0);         // it dialled ahead, not one call per operator
        ratios.Max().ShouldBeLessThanOrEqualTo(PredictivePacer.MaxRatio);
    }

    [Fact]
    public void Ratio_IsCutBackToOne_WhenAbandonmentReachesTheLimit()
    {
        var pacer = new PredictivePacer { AbandonLimit = 0.03 };
        for (var i = 0; i < 60; i++) pacer.Record(liveAnswered: i % 3 == 0, abandoned: false);
        pacer.Ratio.ShouldBeGreaterThan(1.5);
        pacer.Record(liveAnswered: false, abandoned: true);
        pacer.Ratio.ShouldBe(1.0);
        pacer.Target(3).ShouldBe(3);
    }
}
