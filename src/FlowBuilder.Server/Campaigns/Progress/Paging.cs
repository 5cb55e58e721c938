using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Campaigns.Progress;

/// <summary>offset (0 or more, default 0) and limit (1–500, default 50) of the campaign's list endpoints.</summary>
internal readonly record struct Paging(int Offset, int Limit)
{
    public const int MaxLimit = 500;

    public static ProblemHttpResult? TryRead(int? offset, int? limit, out Paging paging)
    {
        paging = new Paging(offset ?? 0, limit ?? 50);
        if (paging.Offset < 0) return ApiProblems.BadRequest($"offset must be 0 or more; {paging.Offset} is not.", ("path", "offset"));
        if (paging.Limit < 1 || paging.Limit > MaxLimit) return ApiProblems.BadRequest($"limit must be between 1 and {MaxLimit}; {paging.Limit} is not.", ("path", "limit"));
        return null;
    }
}
