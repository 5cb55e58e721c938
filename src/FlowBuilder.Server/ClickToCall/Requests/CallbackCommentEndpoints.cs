using FlowBuilder.Campaigns.ClickToCall.Comments;
using FlowBuilder.Server.Campaigns;
using FlowBuilder.Server.Companies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FlowBuilder.Server.ClickToCall.Requests;

internal static class CallbackCommentEndpoints
{
    /// <summary>201 with the comment; 422 naming each field at fault (type, text, fields.amount).</summary>
    public static async Task<Results<Created<CallbackCommentView>, ProblemHttpResult>> AddAsync(string id, CommentBody? body,
        [FromServices] CallbackComments comments, ICompanyContext company, CancellationToken cancellationToken)
    {
        if (body is null) return ClickToCallProblems.MissingBody("{ \"type\": \"sale\", \"text\": \"...\", \"fields\": { \"amount\": \"120.50\" } }");
        try
        {
            var comment = await comments.AddAsync(company.CompanyId, id, body.Type, body.Text, CommentFieldInput.FromJson(body.Fields), body.Author, cancellationToken);
            return TypedResults.Created($"/api/click-to-call/requests/{id}", CallbackCommentView.From(comment));
        }
        catch (KeyNotFoundException)
        {
            return ClickToCallProblems.RequestNotFound(id);
        }
        catch (CommentValidationException invalid)
        {
            var errors = new ValidationErrors();
            foreach (var (field, message) in invalid.Errors) errors.Add(field, message);
            return errors.ToProblem("Invalid comment");
        }
    }
}
