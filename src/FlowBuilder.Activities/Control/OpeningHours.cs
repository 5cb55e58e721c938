using System.ComponentModel.DataAnnotations;
using FlowBuilder.Engine.Activities;

namespace FlowBuilder.Activities.Control;

/// <summary>One row of <see cref="BusinessHours"/>: the days and the hours a business is open on them.</summary>
public sealed record OpeningHours(
    [property: Required, Input(Description = "Days: mon-fri, sat, sun, or a list like mon,wed,fri.")] string Days,
    [property: Required, Input(Description = "Opens at, HH:mm (e.g. 09:00).")] string From,
    [property: Required, Input(Description = "Closes at, HH:mm (e.g. 17:30); before 'from' runs past midnight.")] string To);
